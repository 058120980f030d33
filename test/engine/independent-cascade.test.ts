import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../../src/scenario/schema.js";
import { run } from "./helpers.js";

/**
 * The engine reduced to an independent cascade on an Erdős–Rényi graph: a following-only
 * feed (chronological), a constant like probability p, every like putting the video once in
 * each follower's inbox, no memory of seen videos (so each exposure is a fresh trial) and a
 * like memory longer than the catalog (so nobody likes twice). Each catalog video is one
 * cascade started by its creator's post. That is bond percolation with occupation p.
 */
const USERS = 20_000;
const MEAN_DEGREE = 10;
const CASCADES = 40;

function cascadeScenario(p: number): ScenarioInput {
  return {
    name: "independent cascade",
    ticks: 80,
    population: {
      users: USERS,
      activity: 1,
      activityTail: 100,
      sessionLength: 1000,
      creatorShare: CASCADES / USERS,
    },
    graph: { kind: "erdos-renyi", meanDegree: MEAN_DEGREE },
    content: { catalog: CASCADES, maxAge: 1_000_000 },
    creators: { postRate: 0, churnBelow: 0 },
    feed: { ranker: "chronological", seenWindow: 0, inboxSize: 1024 },
    behaviour: { likeModel: "constant", likeProbability: p, followAfterLikes: 0, likeMemory: 64 },
    metrics: { every: 1000 },
  };
}

/** Fraction of users reached by each cascade: the likers plus the creator who started it. */
function reachedFractions(p: number, seed: number): number[] {
  const snapshot = run(cascadeScenario(p), 80, { seed }).snapshot();
  return Array.from(snapshot.videos.likes, (likes) => (likes + 1) / USERS);
}

/** Root of S = 1 − exp(−c·S) above the threshold c = p⟨k⟩ > 1, by fixed-point iteration. */
function giantFraction(c: number): number {
  let s = 0.5;
  for (let i = 0; i < 200; i++) s = 1 - Math.exp(-c * s);
  return s;
}

describe("independent cascade on Erdős–Rényi (bond percolation)", () => {
  it("the closed form gives the textbook roots", () => {
    expect(giantFraction(2)).toBeCloseTo(0.797, 3);
    expect(giantFraction(1.5)).toBeCloseTo(0.583, 3);
  });

  it.each([2, 1.5])("above the threshold (p⟨k⟩ = %s) giant cascades reach S of the users", (c) => {
    const s = giantFraction(c);
    const fractions = [1, 2].flatMap((seed) => reachedFractions(c / MEAN_DEGREE, seed));
    const giants = fractions.filter((f) => f > 0.1);
    // Between giant and small cascades there is a wide gap (small ones stay under ~0.5%).
    expect(fractions.filter((f) => f > 0.01 && f <= 0.1)).toEqual([]);
    // A cascade is giant when its seed's cluster is the giant one: probability S each.
    // 80 cascades: binomial sd = sqrt(S(1−S)/80) ≤ 0.056; allow 3.5 sd (two-sided α ≈ 0.0005).
    expect(Math.abs(giants.length / fractions.length - s)).toBeLessThan(
      3.5 * Math.sqrt((s * (1 - s)) / fractions.length),
    );
    // Each giant covers the giant cluster, whose size fluctuates by O(1/√n) ≈ 0.007 of n at
    // n = 20,000, plus finite-size bias of the same order: 0.02 is about 3 sd.
    const mean = giants.reduce((a, b) => a + b, 0) / giants.length;
    expect(Math.abs(mean - s)).toBeLessThan(0.02);
  });

  it("below the threshold (p⟨k⟩ = 0.5) cascades stay small", () => {
    const fractions = [1, 2].flatMap((seed) => reachedFractions(0.5 / MEAN_DEGREE, seed));
    const sizes = fractions.map((f) => f * USERS);
    expect(Math.max(...sizes)).toBeLessThan(0.005 * USERS);
    // Mean cluster size below the threshold is 1 / (1 − p⟨k⟩) = 2; with 80 cascades of
    // variance ≈ 4 the mean's sd is ≈ 0.25: [1.25, 2.75] is 3 sd.
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(1.25);
    expect(mean).toBeLessThan(2.75);
  });
});
