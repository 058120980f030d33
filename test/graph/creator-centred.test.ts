import { describe, expect, it } from "vitest";
import { randomSubset, stream } from "../../src/deterministic/random.js";
import {
  type CreatorCentredOptions,
  creatorCentred,
} from "../../src/engine/graph/creator-centred.js";
import type { EdgeList } from "../../src/engine/graph/csr.js";
import { spearman } from "../../src/metrics/rank-correlation.js";
import { defects } from "./edge-checks.js";

const creatorsOf = (seed: number, n: number, count: number) =>
  randomSubset(stream(seed, "population"), n, count);

/** A graph on n users of whom `creatorCount` (drawn from the seed) are creators. */
function generate(seed: number, n: number, creatorCount: number, options: CreatorCentredOptions) {
  const creators = creatorsOf(seed, n, creatorCount);
  const isCreator = new Uint8Array(n);
  for (const c of creators) isCreator[c] = 1;
  const edges = creatorCentred(n, creators, options, stream(seed, "graph"));
  return { creators, isCreator, edges };
}

function outDegrees(edges: EdgeList): Int32Array {
  const degree = new Int32Array(edges.nodeCount);
  for (let e = 0; e < edges.count; e++) degree[edges.src[e]]++;
  return degree;
}

/** Follows with no follow back: "u v" keys of the list, then the ones whose reverse is missing. */
function oneWay(edges: EdgeList): [number, number][] {
  const keys = new Set<number>();
  const n = edges.nodeCount;
  for (let e = 0; e < edges.count; e++) keys.add(edges.src[e] * n + edges.dst[e]);
  const out: [number, number][] = [];
  for (let e = 0; e < edges.count; e++) {
    if (!keys.has(edges.dst[e] * n + edges.src[e])) out.push([edges.src[e], edges.dst[e]]);
  }
  return out;
}

describe("creatorCentred", () => {
  it("has each user follow ⌊f⌋ or ⌈f⌉ distinct creators, never itself, f on average", () => {
    const n = 20_000;
    const options = { follows: 2.5, attractiveness: 0.3, friends: 0 };
    const { isCreator, edges } = generate(2, n, 1_000, options);
    expect(edges.directed).toBe(true);
    expect(defects(edges)).toEqual({ selfLoops: 0, duplicates: 0 });
    expect(edges.dst.filter((v) => isCreator[v] === 0)).toHaveLength(0);
    const degree = outDegrees(edges);
    expect(degree.every((d) => d === 2 || d === 3)).toBe(true);
    // Each user draws its third follow with probability 0.5: the mean's standard error is 0.5/√n.
    expect(Math.abs(edges.count / n - 2.5)).toBeLessThan((4 * 0.5) / Math.sqrt(n));
  });

  it("makes friend ties mutual and about `friends` per user, follows the only one-way ties", () => {
    const n = 20_000;
    const friendsOnly = generate(3, n, 1_000, {
      follows: 0,
      attractiveness: 0.3,
      friends: 6,
    }).edges;
    expect(oneWay(friendsOnly)).toEqual([]);
    expect(defects(friendsOnly)).toEqual({ selfLoops: 0, duplicates: 0 });
    // Ties ~ Binomial(n(n − 1)/2, 6/(n − 1)): the mean degree 2·ties/n has s.e. ≈ √(2·6/n).
    expect(Math.abs(friendsOnly.count / n - 6)).toBeLessThan(4 * Math.sqrt(12 / n));

    const { isCreator, edges: both } = generate(3, n, 1_000, {
      follows: 4,
      attractiveness: 0.3,
      friends: 6,
    });
    expect(defects(both)).toEqual({ selfLoops: 0, duplicates: 0 });
    const single = oneWay(both);
    expect(single.filter(([, v]) => isCreator[v] === 0)).toEqual([]);
    // n·4 follows; the few that a creator returns or that coincide with a friend tie are not one-way.
    expect(single.length).toBeGreaterThan(0.97 * 4 * n);
    expect(single.length).toBeLessThanOrEqual(4 * n);
  });

  it("favours no user id: creators' follower counts do not follow their ids", () => {
    const n = 50_000;
    const options = { follows: 3, attractiveness: 0.3, friends: 0 };
    const { creators, edges } = generate(4, n, 5_000, options);
    const followers = new Int32Array(n);
    for (let e = 0; e < edges.count; e++) followers[edges.dst[e]]++;
    const counts = Float64Array.from(creators, (c) => followers[c]);
    // Under independence Spearman's rho has standard error ≈ 1/√(creators − 1) = 0.014.
    expect(Math.abs(spearman(Float64Array.from(creators), counts))).toBeLessThan(
      4 / Math.sqrt(creators.length - 1),
    );
  });

  /*
   * Price's model with creators as the only targets: the share of creators with k followers
   * tends to p_k = B(k + a, 2 + α)/B(a, 1 + α), a = α·⟨k⟩, computed by its recurrence
   * p_0 = (1 + α)/(1 + α + a), p_k = p_{k−1}(k − 1 + a)/(k + a + 1 + α). Pooling two seeds
   * (40,000 creators, ⟨k⟩ = 10, α = 0.5) the share of degree-k creators has binomial standard
   * error √(P(1 − P)/40,000), 0.9% of P at k = 0 and 2.7% at k = 11; over 20 seeds
   * (400,000 creators, measured) every share from k = 0 to 15 and the tail shares below were
   * within 2.3 standard errors of the law (at most 2.2% of P), so no finite-size bias shows at
   * that precision. Bound: 4 standard errors (two-sided p ≈ 6·10^-5 each) plus 1% of P.
   */
  it("has the follower law of Price's model, p_k = B(k + a, 2 + α)/B(a, 1 + α)", () => {
    const n = 100_000;
    const creatorCount = 20_000;
    const follows = 2;
    const alpha = 0.5;
    const a = (alpha * follows * n) / creatorCount;
    const law = new Float64Array(200);
    law[0] = (1 + alpha) / (1 + alpha + a);
    for (let k = 1; k < law.length; k++) law[k] = (law[k - 1] * (k - 1 + a)) / (k + a + 1 + alpha);
    const atLeast = (k: number) => 1 - law.subarray(0, k).reduce((s, p) => s + p, 0);

    const seeds = [21, 22];
    const shares = new Float64Array(12);
    const tails = [30, 60, 120];
    const tailShares = new Float64Array(tails.length);
    for (const seed of seeds) {
      const options = { follows, attractiveness: alpha, friends: 0 };
      const { creators, edges } = generate(seed, n, creatorCount, options);
      const followers = new Int32Array(n);
      for (let e = 0; e < edges.count; e++) followers[edges.dst[e]]++;
      for (const c of creators) {
        if (followers[c] < shares.length) shares[followers[c]]++;
        tails.forEach((k, i) => {
          if (followers[c] >= k) tailShares[i]++;
        });
      }
    }
    const total = creatorCount * seeds.length;
    const within = (observed: number, expected: number): void => {
      expect(Math.abs(observed / total - expected)).toBeLessThan(
        4 * Math.sqrt((expected * (1 - expected)) / total) + 0.01 * expected,
      );
    };
    for (let k = 0; k < shares.length; k++) within(shares[k], law[k]);
    tails.forEach((k, i) => {
      within(tailShares[i], atLeast(k));
    });
  });

  it("refuses settings it cannot build, naming the setting and what is allowed", () => {
    const creators = creatorsOf(5, 100, 10);
    const build =
      (options: { follows?: number; attractiveness?: number; friends?: number }) => () =>
        creatorCentred(
          100,
          creators,
          { follows: 3, attractiveness: 0.3, friends: 2, ...options },
          stream(5, "graph"),
        );
    expect(build({ follows: -1 })).toThrow(
      /follows is -1; allowed: 0 to the number of creators − 1 \(9\)/,
    );
    expect(build({ follows: 9.5 })).toThrow(/follows is 9.5; allowed: 0 to .* \(9\)/);
    expect(build({ follows: Number.NaN })).toThrow(/follows is NaN/);
    expect(build({ attractiveness: 0 })).toThrow(
      /attractiveness is 0; allowed: a finite number > 0/,
    );
    expect(build({ attractiveness: Number.POSITIVE_INFINITY })).toThrow(
      /attractiveness is Infinity/,
    );
    expect(build({ friends: 100 })).toThrow(/friends is 100; allowed: 0 to n − 1 \(99\)/);
    expect(() =>
      creatorCentred(
        100,
        [3, 3],
        { follows: 0, attractiveness: 1, friends: 0 },
        stream(5, "graph"),
      ),
    ).toThrow(/creators\[1\] is 3; allowed: distinct user ids in \[0, 100\)/);
    expect(() =>
      creatorCentred(100, [100], { follows: 0, attractiveness: 1, friends: 0 }, stream(5, "graph")),
    ).toThrow(/creators\[0\] is 100/);
  });
});
