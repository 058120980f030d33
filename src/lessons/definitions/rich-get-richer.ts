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
      "clearly higher: a few videos take most of the likes",
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
    "The Lorenz curve: the Gini of likes over videos was {giniVideos.a} under the random feed and {giniVideos.b} under the popularity feed. The top 1% of videos took {top1Share.a:%} of all likes with the random feed and {top1Share.b:%} with the popularity feed; on the log–log CCDF the popularity feed's tail reaches further right. The rank correlation between quality and likes went from {qualitySpearman.a} to {qualitySpearman.b}: under the popularity feed, where a video ends up says less about how good it is.",
  look: [
    { view: "lorenz", label: "the Lorenz curve", metrics: ["giniVideos"] },
    { view: "ccdf", label: "the log–log CCDF" },
    { view: "scatter", label: "quality vs likes", metrics: ["qualitySpearman"] },
    { view: "summary", label: "the summary", metrics: ["top1Share"] },
  ],
  why: "A like moves a video up the popularity list, the top of the list gets most of the slots (attention falls with the position as rank^−0.8), and more views bring more likes. Small early leads, often luck, compound: cumulative advantage. The random feed gives every live video the same chance to be seen, so its likes follow quality and interest alone.",
  evidence:
    "test/lessons/rich-get-richer.test.ts: on 12 seeds, each run under both feeds on the same world, the popularity feed has the higher Gini of likes over videos, the higher top-1% share and the lower quality–likes correlation in every seed (two-sided sign test p < 0.001 each). Over seeds 1..20: Gini 0.52 against 0.78.",
};
