import type { Lesson } from "../lesson.js";

export const validation: Lesson = {
  id: "validation",
  title: "Posting for likes",
  scenario: "validation.json",
  question:
    "Creators post more when their posts are liked and less when they are ignored. Does a feed ranked by likes change how many keep posting, and how much?",
  prediction: {
    prompt: "After ten days, compared with a random feed, a feed ranked by likes leaves…",
    choices: [
      "many creators quitting: the likes go to a few and the rest give up",
      "the same creators posting, but output concentrated: the best-liked post more, the rest less",
      "every creator posting about as much as under the random feed",
    ],
    supported: 1,
  },
  arms: {
    a: { label: "random feed", set: { "feed.ranker": "random" } },
    b: { label: "popularity feed", set: { "feed.ranker": "popularity" } },
  },
  metrics: ["giniCreators", "activeCreators", "giniVideos", "likes"],
  lookAt:
    "Likes over creators had a Gini of {giniCreators.a} under the random feed and {giniCreators.b} under the popularity feed. The active-creators chart is about the same under both feeds ({activeCreators.a} against {activeCreators.b}, counting the creators who joined during the run): hardly anybody quits. The difference is in how much each posts: in the creators table, under the popularity feed a few creators' posts earn far more likes than they expected and they post more, while most earn fewer and post less. Who posts most has more to do with skill than with a lucky first day.",
  look: [
    { view: "creators", label: "the active-creators chart", metrics: ["activeCreators"] },
    { view: "summary", label: "the summary", metrics: ["giniCreators"] },
  ],
  why: "A creator judges each post by its likes against what it expected a post to earn, and posts more or less accordingly. A random feed spreads impressions over every live video; a popularity feed sends most of them to what is already liked, so the best-liked creators' posts keep beating expectations while the others' fall short. Each post is judged on its own, and only after a creator's first three posts, so one bad day does not decide: over ten days the creators whose videos are better come out ahead under either feed, and hardly anybody is discouraged long enough to quit.",
  evidence:
    "test/lessons/validation.test.ts: on 12 seeds, each run under both feeds on the same world, hardly any creator quits: at most 1 in 100 in any run (over seeds 1–48, none under the random feed and one creator in 2 of the 48 runs under the popularity feed); likes over creators are more unequal under the popularity feed in every seed (two-sided sign test p < 0.001); the top 10% of creators make a larger share of the last nine days' posts under the popularity feed (paired t-test, p < 0.001); and under either feed a creator's skill predicts its output over the last nine days better than its first-day likes (the difference of the two Spearman's ρ, one-sided paired t-test at α = 0.005; over seeds 1–48 skill comes out ahead in 45 and 46 of the 48 seeds, not in all). Over seeds 1..20: Gini over creators 0.41 against 0.53, with 108 creators posting at the end under both feeds.",
  caveat:
    "It is often said that engagement-ranked feeds make most creators give up. Here creators judge each post against what they expected, after a grace of three posts, and hardly anyone quits in ten days under either feed (none in most runs; one creator of about a hundred now and then under the popularity feed): the popularity feed changes who posts how much. An earlier version of the model had creators judge themselves tick by tick from the start; most of the creators who 'quit' there had never posted, a start-up artefact rather than the loop.",
};
