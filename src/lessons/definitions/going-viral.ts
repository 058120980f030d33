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
      "jump from about 1% of users to more than half of them",
      "no larger: cascades always die out",
    ],
    supported: 1,
  },
  arms: {
    a: { label: "p = 0.08 (p·⟨k⟩ = 0.8)", set: { "behaviour.likeProbability": 0.08 } },
    b: { label: "p = 0.15 (p·⟨k⟩ = 1.5)", set: { "behaviour.likeProbability": 0.15 } },
  },
  metrics: ["viralCount", "likes", "giniVideos", "top1Share"],
  lookAt:
    "Viral videos (liked by 5% of users): {viralCount.a} of 40 below the threshold, {viralCount.b} of 40 above it. Likes in all: {likes.a} against {likes.b}. In the likes-over-time chart the cascades above the threshold rise, spread through the graph and stop when they run out of new viewers; below it they fizzle within a few steps.",
  look: [
    { view: "summary", label: "the summary", metrics: ["viralCount", "likes"] },
    { view: "engagement", label: "the likes-over-time chart" },
  ],
  why: "Each like reaches about 10 followers, each of whom passes it on with probability p, so a like begets p·10 likes on average. Below 1 every generation is smaller than the last and a cascade dies out after a few steps; above 1 a cascade that survives its first steps keeps growing until it has reached a share S of all users with S = 1 − exp(−p·⟨k⟩·S): 58% at p·⟨k⟩ = 1.5. Whether a given video takes off is still luck: about two in five fizzle in their first steps (1 − S).",
  evidence:
    "test/lessons/going-viral.test.ts: on 6 seeds (240 cascades per arm), below the threshold no cascade reaches 5% of users; above it the largest cascade reaches 58% ± 5% of users in every seed, no cascade ends between 5% and 40%, and the share of giant cascades matches S within 3.5 binomial standard errors. Over seeds 1..20: 0 against 24 viral videos of 40.",
};
