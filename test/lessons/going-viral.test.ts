import { describe, expect, it } from "vitest";
import { armScenario } from "../../src/lessons/arm-overrides.js";
import { goingViral as lesson } from "../../src/lessons/definitions/going-viral.js";
import { runArm, scenarioInput, seedsUpTo } from "./helpers.js";

/**
 * The scenario is an independent cascade on an Erdős–Rényi graph (see its header and
 * test/engine/independent-cascade.test.ts): each catalog video is one cascade, and the
 * share of users it reaches is its likers plus the creator who posted it. Below
 * p·⟨k⟩ = 1 cascades die out; above, a cascade is giant with probability S and then
 * reaches a share S of users, where S = 1 − exp(−p·⟨k⟩·S).
 */
const SEEDS = seedsUpTo(6);

function reachedShares(arm: "a" | "b", seed: number): number[] {
  const simulation = runArm(lesson, arm, seed);
  const { videos } = simulation.snapshot();
  const users = simulation.scenario.population.users;
  return Array.from(videos.likes, (likes) => (likes + 1) / users);
}

function giantShare(c: number): number {
  let s = 0.5;
  for (let i = 0; i < 200; i++) s = 1 - Math.exp(-c * s);
  return s;
}

/** p·⟨k⟩ of an arm: the expected number of likes each like begets. */
function branching(arm: "a" | "b"): number {
  const scenario = armScenario(scenarioInput(lesson), lesson.arms[arm]);
  if (scenario.graph.kind !== "erdos-renyi") throw new Error("going-viral needs an ER graph");
  return scenario.behaviour.likeProbability * scenario.graph.meanDegree;
}

describe("lesson: going viral (the cascade threshold)", () => {
  const below = SEEDS.map((seed) => reachedShares("a", seed));
  const above = SEEDS.map((seed) => reachedShares("b", seed));
  const s = giantShare(branching("b"));

  it("below the threshold (p·⟨k⟩ = 0.8) no cascade reaches 5% of users", () => {
    expect(branching("a")).toBeCloseTo(0.8, 9);
    for (const shares of below) expect(Math.max(...shares)).toBeLessThan(0.05);
  });

  it("above it (p·⟨k⟩ = 1.5) the largest cascade reaches S ≈ 58% of users in every seed", () => {
    expect(branching("b")).toBeCloseTo(1.5, 9);
    expect(s).toBeCloseTo(0.583, 3);
    // The giant cluster's size fluctuates by O(1/√n) ≈ 0.015 at n = 5,000, plus finite-size
    // bias of the same order: ±0.05 is more than 3 sd.
    for (const shares of above) expect(Math.abs(Math.max(...shares) - s)).toBeLessThan(0.05);
  });

  it("above it a cascade goes giant with probability S, so whether a video takes off is luck", () => {
    const all = above.flat();
    const giants = all.filter((share) => share > 0.05).length;
    // 240 cascades: binomial sd = √(S(1 − S)/240) ≈ 0.032; 3.5 sd is two-sided α ≈ 0.0005.
    expect(Math.abs(giants / all.length - s)).toBeLessThan(
      3.5 * Math.sqrt((s * (1 - s)) / all.length),
    );
    // Between small and giant cascades there is a gap: none is between 5% and 40%.
    expect(all.filter((share) => share > 0.05 && share < 0.4)).toEqual([]);
  });
});
