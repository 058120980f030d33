import type { Lesson } from "../lesson.js";

export const testAudience: Lesson = {
  id: "test-audience",
  title: "The test audience",
  scenario: "test-audience.json",
  question:
    "If every new video is first shown to a small test audience and only promoted when enough of them like it, how often is a good video buried by a bad start?",
  prediction: {
    prompt:
      "A video whose true like rate is 1.5 times the bar is tested on 30 viewers. The chance that it fails its test is about…",
    choices: ["almost never (under 1%)", "roughly one in ten", "about one in two"],
    supported: 1,
  },
  arms: {
    a: { label: "30 test viewers", set: { "feed.staged.testPool": 0.01 } },
    b: { label: "300 test viewers", set: { "feed.staged.testPool": 0.1 } },
  },
  metrics: ["qualitySpearman", "giniVideos", "viralCount", "likeRate"],
  lookAt:
    "In the quality-vs-likes scatter of the 30-viewer run, look right (good videos) and low (few likes): those were buried at their test, and a few poor videos high up were promoted by luck. The rank correlation between quality and likes was {qualitySpearman.a} with 30 test viewers and {qualitySpearman.b} with 300; the Gini of likes was {giniVideos.a} against {giniVideos.b}: with 300 test viewers the videos that pass are promoted to pools of 900 and 2,700, most of the platform, so the likes gather on fewer videos.",
  look: [
    { view: "scatter", label: "the quality-vs-likes scatter", metrics: ["qualitySpearman"] },
    { view: "summary", label: "the summary", metrics: ["giniVideos"] },
  ],
  why: "A test is a small sample. With a true like rate of 15%, 30 viewers give fewer than 3 likes (under the 10% bar) about 15% of the time, from binomial luck alone, and the video is never shown again; 300 viewers fall under the bar less than 1% of the time. Larger pools judge better, but each test then costs ten times the impressions, so fewer new videos get through their test before they expire, and the few promoted videos take most of the platform's attention: the likes become more unequal, and track quality only a little more closely.",
  evidence:
    "test/lessons/test-audience.test.ts: over 4 seeds per pool size, the share of good videos (true like rate ≥ 1.5 × the bar) buried at their first test is 13% with 10 viewers, 7.5% with 30 (99.9% Wilson interval within 4%–20%), 2.1% with 100 and 2 of 526 with 300; it falls at every step (30 against 300: one-sided two-proportion test p < 0.001), and at every pool size it matches what binomial luck predicts for those videos' qualities (|z| < 3.29). The price: with 300 viewers about two thirds as many new videos finish their test before they expire as with 30 (asserted: fewer than 90% as many, in every seed).",
  caveat:
    "Larger test pools are often taken to make a fairer feed. Here they do judge each video better, but the videos that pass are then shown to most of the platform (pools of 900 and 2,700 of the 3,000 users), so the likes end up more unequal (Gini 0.41 with 30 test viewers against 0.55 with 300, seeds 1..20), and quality predicts likes only slightly better.",
};
