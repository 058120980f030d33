import type { Lesson } from "../lesson.js";

export const richGetRicher: Lesson = {
  id: "rich-get-richer",
  title: "The rich get richer",
  scenario: "rich-get-richer.json",
  question:
    "If the feed shows the most liked videos first, do likes end up more unequal than if it showed videos at random?",
  prediction: {
    prompt:
      "Compared with a random feed on the same world, under a feed ranked by likes the inequality of likes over videos (Gini) will be…",
    choices: [
      "about the same: good videos win either way",
      "clearly higher: many more videos are left with few likes",
      "lower: the feed spreads attention to everyone",
    ],
    supported: 1,
  },
  arms: {
    a: { label: "random feed", set: { "feed.ranker": "random" } },
    b: { label: "popularity feed", set: { "feed.ranker": "popularity" } },
  },
  metrics: ["giniVideos", "top1Share", "giniCreators", "qualitySpearman"],
  lookAt:
    "The Lorenz curve: the Gini of likes over videos was {giniVideos.a} under the random feed and {giniVideos.b} under the popularity feed. The top 1% of videos took {top1Share.a:%} of all likes with the random feed and {top1Share.b:%} with the popularity feed: not much more, because each user sees a video once and the hits of the popularity feed are seen by nearly every user, so they cannot grow further. The inequality is in the middle: in the Lorenz curve many more videos are left with few likes. The rank correlation between quality and likes went from {qualitySpearman.a} to {qualitySpearman.b}: under the popularity feed, where a video ends up says less about how good it is.",
  look: [
    { view: "lorenz", label: "the Lorenz curve", metrics: ["giniVideos"] },
    { view: "scatter", label: "quality vs likes", metrics: ["qualitySpearman"] },
    { view: "summary", label: "the summary", metrics: ["top1Share"] },
  ],
  why: "A like moves a video up the popularity list, the top of the list gets most of the slots (attention falls with the position as rank^−0.8), and more views bring more likes. Small early leads, often luck, compound: cumulative advantage. The random feed gives every live video the same chance to be seen, so its likes follow quality and interest alone. The advantage has a ceiling: a video can be seen by each user only once, so a hit stops growing when it has reached its whole audience.",
  evidence:
    "test/lessons/rich-get-richer.test.ts: on 12 seeds, each run under both feeds on the same world, the popularity feed has the higher Gini of likes over videos in every seed (two-sided sign test p < 0.001) and the lower quality–likes correlation on average (one-sided paired t-test, α = 0.025; lower in 45 of seeds 1–48, not in all); under it the most liked video of every seed was seen by over 95% of the users, and the top 1%'s share of likes rose by less than 3 points on average. Over seeds 1..20: Gini 0.55 against 0.71, top-1% share 7.0% against 8.0%.",
  caveat:
    "It is often said that a feed ranked by likes lets a handful of videos take everything. Here a user sees a video at most once, so a hit's audience is capped by the population: the popularity feed leaves many more videos with few likes (a higher Gini), but the very top gains little over the random feed.",
};
