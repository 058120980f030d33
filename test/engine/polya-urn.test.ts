import { describe, expect, it } from "vitest";
import { randomGamma, stream } from "../../src/deterministic/random.js";
import { gini } from "../../src/metrics/index.js";
import type { ScenarioInput } from "../../src/scenario/schema.js";
import { run } from "./helpers.js";

/**
 * A popularity-proportional feed (chance ∝ likes + 1) where every impression is a like is a
 * Pólya urn started with one ball per item: the items' final shares are Dirichlet(1, …, 1).
 * The engine's Gini over many seeds is compared with the Gini of direct Dirichlet draws by
 * a two-sample Kolmogorov–Smirnov test.
 */
const ITEMS = 10;
const RUNS = 150;

const scenario: ScenarioInput = {
  name: "polya",
  ticks: 20,
  population: {
    users: 200,
    activity: 1,
    activityTail: 100,
    sessionLength: 1,
    creatorShare: ITEMS / 200,
  },
  graph: { kind: "erdos-renyi", meanDegree: 0 },
  content: { catalog: ITEMS, maxAge: 1_000_000 },
  creators: { postRate: 0, churnBelow: 0 },
  feed: { ranker: "popularity", popularity: { mode: "proportional" }, seenWindow: 0 },
  behaviour: { likeModel: "constant", likeProbability: 1, likeMemory: 0, followAfterLikes: 0 },
  metrics: { every: 1000 },
};

function ksStatistic(a: number[], b: number[]): number {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i], y[j]);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

describe("Pólya urn", () => {
  it("every impression is a like and goes to the catalog", () => {
    const s = run(scenario, 20, { seed: 1 }).snapshot();
    expect(s.videos.count).toBe(ITEMS);
    expect(Array.from(s.videos.likes)).toEqual(Array.from(s.videos.impressions));
  });

  it("shares follow Dirichlet(1,…,1): the Gini distributions agree (KS, α = 0.01)", () => {
    const engine = Array.from({ length: RUNS }, (_, seed) =>
      gini(run(scenario, 20, { seed: seed + 1 }).snapshot().videos.likes),
    );
    const random = stream(2024, "metrics", "dirichlet");
    const direct = Array.from({ length: 2000 }, () =>
      gini(Array.from({ length: ITEMS }, () => randomGamma(random, 1))),
    );
    // Critical value of the two-sample KS statistic at α = 0.01: 1.628·sqrt((n + m)/(n·m)).
    const critical = 1.628 * Math.sqrt((RUNS + 2000) / (RUNS * 2000));
    expect(ksStatistic(engine, direct)).toBeLessThan(critical);
  });

  it("the same test rejects a world where every item is picked uniformly", () => {
    const uniform = { ...scenario, feed: { ranker: "random", seenWindow: 0 } } as ScenarioInput;
    const engine = Array.from({ length: RUNS }, (_, seed) =>
      gini(run(uniform, 20, { seed: seed + 1 }).snapshot().videos.likes),
    );
    const random = stream(2024, "metrics", "dirichlet");
    const direct = Array.from({ length: 2000 }, () =>
      gini(Array.from({ length: ITEMS }, () => randomGamma(random, 1))),
    );
    const critical = 1.628 * Math.sqrt((RUNS + 2000) / (RUNS * 2000));
    expect(ksStatistic(engine, direct)).toBeGreaterThan(critical);
  });
});
