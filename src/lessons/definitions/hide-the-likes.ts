import type { Lesson } from "../lesson.js";

/** The tick the counts disappear; the lesson's scenario runs 96. */
const AT = 24;

export const hideTheLikes: Lesson = {
  id: "hide-the-likes",
  title: "Hide the likes",
  scenario: "hide-the-likes.json",
  question:
    "If a platform stops showing like counts, as Instagram tried in 2019–2021, do different videos win, or do the same ones win more slowly?",
  prediction: {
    prompt:
      "From tick 24 on, viewers no longer see like counts (the feed still ranks by them). Then…",
    choices: [
      "nothing much changes: people like what they like",
      "everything slows, and the winner changes only among videos still rising",
      "the winners become entirely different videos",
    ],
    supported: 1,
  },
  arms: {
    a: { label: "counts shown", set: { interventions: [] } },
    b: {
      label: `counts hidden from tick ${AT}`,
      set: { interventions: [{ at: AT, do: "hideLikeCounts" }] },
    },
  },
  metrics: ["likes", "viralCount", "giniVideos", "qualitySpearman"],
  lookAt:
    "Both runs are the same world and the same run up to tick 24; after it, the hidden-counts run had {likes.b} likes against {likes.a}, and {viralCount.b} videos past the viral bar against {viralCount.a}. The Gini of likes over videos went from {giniVideos.a} to {giniVideos.b}, and the rank correlation between quality and likes from {qualitySpearman.a} to {qualitySpearman.b}. In the top-video trajectories, follow the video that won with the counts shown: if it had taken off before tick 24 it is usually still on top; if it was still rising, another video often took its place.",
  look: [
    { view: "summary", label: "the summary", metrics: ["likes", "viralCount"] },
    { view: "lorenz", label: "the Lorenz curve", metrics: ["giniVideos"] },
    { view: "scatter", label: "quality vs likes", metrics: ["qualitySpearman"] },
    { view: "trajectories", label: "the top-video trajectories" },
  ],
  why: "Viewers read the count only through social proof: a visible count of many likes makes a like more likely, more so for conformist viewers. Hiding it takes that push away from every video, so every video gathers likes more slowly. The for-you ranker still reads the counts, so a video already far ahead keeps being shown and keeps its lead; among videos still climbing, the small pushes that decided which one pulled ahead are gone, and a different one may pull ahead instead.",
  evidence:
    "test/lessons/hide-the-likes.test.ts: on 12 seeds, each run forked at tick 24 into counts shown and counts hidden, the hidden counts give fewer likes in every seed (two-sided sign test p < 0.001), fewer viral videos in at least 11 (p < 0.01), a lower Gini on average (one-sided paired t-test, α = 0.025; lower in 42 of 48 seeds tested over seeds 1–64, not in all), and the rank correlation of the videos' likes between the two futures is above 0.8 in every seed. Over seeds 1..32 the winner with counts shown stays on top with counts hidden in 12 of the 19 seeds where it had crossed the viral bar before tick 24 and in 1 of the 13 where it had not (one-sided Fisher exact test, asked p < 0.01; over seeds 1..64: 30 of 40 against 1 of 24). Over seeds 1..16: 26% fewer likes, 91 against 70 viral videos, Gini 0.584 against 0.566, rank correlation 0.87 to 0.94.",
  caveat:
    "Hiding counts is not the same as removing their effect: the ranker still ranks by them, so the counts keep shaping who is seen. A platform that also stopped ranking by likes would be a different experiment (try switchRanker).",
};
