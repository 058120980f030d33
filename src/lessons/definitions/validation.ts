import type { Lesson } from "../lesson.js";

export const validation: Lesson = {
  id: "validation",
  title: "Posting for likes",
  scenario: "validation.json",
  question:
    "Creators keep posting when their videos are liked and give up when they are ignored. Does the feed decide how many keep going?",
  prediction: {
    prompt: "After ten days, compared with a random feed, a feed ranked by likes leaves…",
    choices: [
      "more creators posting: the popular ones are motivated",
      "fewer creators posting: the likes go to a few and the rest give up",
      "about the same number of creators posting",
    ],
    supported: 1,
  },
  arms: {
    a: { label: "random feed", set: { "feed.ranker": "random" } },
    b: { label: "popularity feed", set: { "feed.ranker": "popularity" } },
  },
  metrics: ["activeCreators", "giniCreators", "giniVideos", "likes"],
  lookAt:
    "In the active-creators chart, {activeCreators.a} of 100 creators were still posting at the end under the random feed and {activeCreators.b} under the popularity feed. Likes over creators had a Gini of {giniCreators.a} against {giniCreators.b}. Mean motivation is averaged over the creators still posting, so it hides the ones who quit. Who is still posting has more to do with a good first day than with skill.",
  look: [
    { view: "creators", label: "the active-creators chart", metrics: ["activeCreators"] },
    { view: "summary", label: "the summary", metrics: ["giniCreators"] },
  ],
  why: "A creator's motivation is the likes it remembers against the likes it expects. A random feed spreads impressions over every live video, so most creators get some likes. A popularity feed sends most impressions to what is already liked: creators whose first videos caught on post more, and each new video starts with a following; the others see their likes dry up, post less, and quit. Under either feed a creator's first-day likes, partly luck, feed its motivation and so its output: early luck decides who stays more than skill does.",
  evidence:
    "test/lessons/validation.test.ts: on 12 seeds, each run under both feeds on the same world, fewer creators are active at the end under the popularity feed, and likes over creators are more unequal, in every seed (two-sided sign test p < 0.001 each); under either feed, first-day likes separate survivors from quitters better than skill in every seed (Mann–Whitney AUC about 0.84 against 0.62). Over seeds 1..20: 71 against 54 active creators of 100.",
};
