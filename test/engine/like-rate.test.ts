import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../../src/scenario/schema.js";
import { run } from "./helpers.js";

/**
 * With the random ranker and no social terms, a video's like probability is
 * σ(baseline + quality·q): each video's likes are binomial around that. Pearson's
 * chi-square over all videos must fit, on each of several seeds.
 */
const baseline = -2.5;
const qualityWeight = 3;

function scenario(socialProof: number): ScenarioInput {
  return {
    name: "like rate",
    ticks: 20,
    population: { users: 2000, activity: 0.3 },
    content: { catalog: 300, maxAge: 1_000_000 },
    creators: { postRate: 0, churnBelow: 0 },
    feed: { ranker: "random" },
    behaviour: {
      baseline,
      quality: qualityWeight,
      affinity: 0,
      socialProof,
      friendLiked: 0,
      referenceLikes: 10,
    },
    metrics: { every: 1000 },
  };
}

/** Standardised chi-square: (X² − df)/sqrt(2·df), about N(0, 1) for many videos. */
function chiSquareZ(socialProof: number, seed: number): number {
  const { videos } = run(scenario(socialProof), 20, { seed }).snapshot();
  let x2 = 0;
  let df = 0;
  for (let v = 0; v < videos.count; v++) {
    const n = videos.impressions[v];
    const p = 1 / (1 + Math.exp(-(baseline + qualityWeight * videos.quality[v])));
    if (n * p * (1 - p) < 5) continue;
    x2 += (videos.likes[v] - n * p) ** 2 / (n * p * (1 - p));
    df++;
  }
  expect(df).toBeGreaterThan(200);
  return (x2 - df) / Math.sqrt(2 * df);
}

describe("like rate with the random ranker and no social proof", () => {
  it("each video's like rate matches its set probability (chi-square, 5 seeds, each at α = 0.001)", () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(Math.abs(chiSquareZ(0, seed))).toBeLessThan(3.3);
  });

  it("the same test notices social proof when it is switched on", () => {
    expect(chiSquareZ(2, 1)).toBeGreaterThan(3.3);
  });
});
