import type { Lesson } from "../lesson.js";

export const boughtLikes: Lesson = {
  id: "bought-likes",
  title: "Bought likes",
  scenario: "bought-likes.json",
  question: "What does a block of bought likes buy a creator, and does the ranker decide?",
  prediction: {
    prompt:
      "Under a feed ranked by likes, fifty bought likes on each of one creator's videos will…",
    choices: [
      "make little difference: real viewers judge the videos",
      "multiply the creator's reach two or three times over",
      "backfire: fewer real likes follow",
    ],
    supported: 1,
  },
  arms: {
    a: { label: "no bought likes", set: { "bots.count": 0 } },
    b: { label: "50 bought likes per video", set: { "bots.count": 50 } },
  },
  metrics: ["giniCreators", "qualitySpearman", "likes"],
  lookAt:
    "Creator 0 bought the likes. In the top-video trajectories its videos start at fifty likes and keep climbing with real ones. Likes over the twenty creators became more unequal: Gini {giniCreators.a} without bought likes and {giniCreators.b} with them. The rank correlation between quality and likes was {qualitySpearman.a} against {qualitySpearman.b}, and real likes in all were {likes.a} against {likes.b}: bought likes move attention between creators more than they add to it.",
  look: [
    { view: "trajectories", label: "the top-video trajectories" },
    {
      view: "summary",
      label: "the summary",
      metrics: ["giniCreators", "qualitySpearman", "likes"],
    },
  ],
  why: "The popularity ranker sorts by the visible like count, bots included. A fresh video with fifty likes starts near the top of the list, where attention is highest; real viewers see it, some like it, and it stays on top until it has been seen by nearly every user (nobody sees a video twice, which caps what the bought head start can buy). Under a random feed the same count does not change who sees the video: it can only sway the viewers who happen to see it, through social proof.",
  evidence:
    "test/lessons/bought-likes.test.ts: on 12 seeds, each run with and without bots under the popularity feed and under the random feed, the promoted creator's share of impressions rises more under the popularity feed than under the random feed in every seed (two-sided sign test p < 0.001), more than twofold on average under the popularity feed, and by less than 2 points under the random feed. Over seeds 1..20: 5.4% to 14.8% under the popularity feed, 5.3% to 5.3% under the random feed.",
  caveat:
    "The promoted creator's share of impressions is read from the run's videos, not from a summary metric; the table shows the footprint of the bought reach on inequality over creators.",
};
