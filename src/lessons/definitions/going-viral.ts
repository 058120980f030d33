import type { Lesson } from "../lesson.js";

export const goingViral: Lesson = {
  id: "going-viral",
  title: "Going viral: the cascade threshold",
  scenario: "going-viral.json",
  question:
    "Every viewer who likes a video passes it on to all their followers. How does a video's reach depend on the chance that a viewer passes it on?",
  prediction: {
    prompt:
      "Each user has about 10 followers. Raising the chance a viewer passes a video on from 8% to 15% will make the largest cascade…",
    choices: [
      "about twice as large",
      "jump from a small corner of the network to more than half of all users",
      "no larger: cascades always die out",
    ],
    supported: 1,
  },
  arms: {
    a: { label: "p = 0.08 (p·⟨k⟩ = 0.8)", set: { "behaviour.likeProbability": 0.08 } },
    b: { label: "p = 0.15 (p·⟨k⟩ = 1.5)", set: { "behaviour.likeProbability": 0.15 } },
  },
  metrics: ["viralCount", "likes", "impressions", "giniVideos"],
  lookAt:
    "Viral videos (liked by 5% of users): {viralCount.a} of 40 below the threshold, {viralCount.b} of 40 above it. Views in all: {impressions.a} against {impressions.b}; likes {likes.a} against {likes.b}. In the likes-over-time chart the cascades above the threshold rise, spread through the graph and stop when they run out of new viewers; below it they fizzle within a few steps. Each viewer decides once, so a giant cascade is seen by more than half of the users but liked by only about one in seven of those who see it.",
  look: [
    { view: "summary", label: "the summary", metrics: ["viralCount", "impressions", "likes"] },
    { view: "engagement", label: "the likes-over-time chart" },
  ],
  why: "Each like reaches about 10 followers, each of whom sees the video once and passes it on with probability p, so a like begets p·10 likes on average. Below 1 every generation is smaller than the last and a cascade dies out after a few steps; above 1 a cascade that survives its first steps keeps growing until every user next to one of its likers has seen it: a share S of all users with S = 1 − exp(−p·⟨k⟩·S), 58% at p·⟨k⟩ = 1.5, of whom p liked it. Whether a given video takes off is still luck: about two in five fizzle in their first steps (1 − S).",
  evidence:
    "test/lessons/going-viral.test.ts: on 6 seeds (240 cascades per arm), below the threshold no cascade goes viral and none is seen by a fifth of the users; above it the giant cascades are seen by S = 58% ± 3% of users on average and liked by p·S = 8.7% ± 0.5%, the largest is seen by more than half of the users in every seed, no cascade ends between 5% and 30% of users, and the share of giant cascades matches S within 3.5 binomial standard errors. Over seeds 1..20: 0 against 21.7 viral videos of 40.",
  caveat:
    "A viewer gets one chance to pass a video on, however many friends liked it (a view is a lasting state), so the cascade is site percolation rather than the bond percolation of textbook epidemic models: the threshold p·⟨k⟩ = 1 and the share who see a giant cascade are the same, but only p of those viewers like it.",
};
