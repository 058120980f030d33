import { describe, expect, it } from "vitest";
import { stream } from "../../src/deterministic/random.js";
import { kendall, spearman } from "../../src/metrics/rank-correlation.js";

/** Tau-b by its definition, over all n(n − 1)/2 pairs. */
function naiveKendall(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let concordantMinusDiscordant = 0;
  let untiedX = 0;
  let untiedY = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const sx = Math.sign(x[i] - x[j]);
      const sy = Math.sign(y[i] - y[j]);
      concordantMinusDiscordant += sx * sy;
      if (sx !== 0) untiedX++;
      if (sy !== 0) untiedY++;
    }
  }
  return concordantMinusDiscordant / Math.sqrt(untiedX * untiedY);
}

/** Pearson's r of average ranks, each rank found by counting (O(n²)). */
function naiveSpearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const rank = (v: ArrayLike<number>, i: number) => {
    let below = 0;
    let equal = 0;
    for (let j = 0; j < v.length; j++) {
      if (v[j] < v[i]) below++;
      else if (v[j] === v[i]) equal++;
    }
    return below + (equal + 1) / 2;
  };
  const n = x.length;
  const rx = Array.from({ length: n }, (_, i) => rank(x, i));
  const ry = Array.from({ length: n }, (_, i) => rank(y, i));
  const mx = rx.reduce((a, b) => a + b) / n;
  const my = ry.reduce((a, b) => a + b) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Small whole numbers, so that many values tie. */
function tiedSample(seed: number, n: number, levels: number): { x: Float64Array; y: Uint32Array } {
  const random = stream(seed, "metrics", "rank-correlation-test");
  const x = new Float64Array(n);
  const y = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = Math.floor(random() * levels);
    // Correlated with x, plus noise, so tau and rho are far from 0.
    y[i] = Math.floor((x[i] + random() * levels) / 2);
  }
  return { x, y };
}

describe("spearman", () => {
  it("averages the ranks of ties", () => {
    // y = 5,6,7,8,7 ranks 1, 2, 3.5, 5, 3.5; x ranks 1..5; both mean 3.
    // Σdxdy = (−2)(−2) + (−1)(−1) + 0·0.5 + 1·2 + 2·0.5 = 8; Σdx² = 10; Σdy² = 9.5.
    // rho = 8/√95 = 0.8207826816681233 (scipy.stats.spearmanr gives the same).
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 14);
  });

  it("is 1 for any increasing relation and −1 for a decreasing one", () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBeCloseTo(1, 15);
    expect(spearman([1, 2, 3, 4], [9, 4, 1, 0])).toBeCloseTo(-1, 15);
  });

  it("matches the counting definition on random data with ties", () => {
    for (const seed of [1, 2, 3]) {
      const { x, y } = tiedSample(seed, 300, 12);
      expect(spearman(x, y)).toBeCloseTo(naiveSpearman(x, y), 12);
    }
  });

  it("is NaN for fewer than two pairs or a constant sample", () => {
    expect(spearman([], [])).toBeNaN();
    expect(spearman([1], [2])).toBeNaN();
    expect(spearman([1, 2, 3], [4, 4, 4])).toBeNaN();
  });

  it("rejects samples of different lengths and NaN values", () => {
    expect(() => spearman([1, 2], [1])).toThrow(
      /spearman: x has 2 values and y has 1; allowed: samples of equal length/,
    );
    expect(() => spearman([1, 2], [1, Number.NaN])).toThrow(/spearman: y\[1\] is NaN/);
  });
});

describe("kendall", () => {
  it("is tau-b with ties on a hand-counted example", () => {
    // Pairs (x, y): (12,1) (2,4) (1,7) (12,1) (2,0). Of the 10 pairs of pairs:
    // concordant 0-4, 3-4 (2); discordant 0-1, 0-2, 1-2, 1-3, 2-3, 2-4 (6);
    // tied in both 0-3; tied in x only 1-4. Ties: n1 = 2 pairs tied in x, n2 = 1 in y.
    // tau-b = (2 − 6)/√((10 − 2)(10 − 1)) = −4/√72 = −0.4714 (scipy.stats.kendalltau agrees).
    expect(kendall([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-4 / Math.sqrt(72), 14);
  });

  it("is 1 for any increasing relation and −1 for a decreasing one", () => {
    expect(kendall([1, 2, 3, 4], [1, 10, 100, 1000])).toBe(1);
    expect(kendall([1, 2, 3, 4], [9, 4, 1, 0])).toBe(-1);
  });

  it("matches the O(n²) definition on random data with ties", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const levels of [3, 20, 1000]) {
        const { x, y } = tiedSample(seed, 400, levels);
        expect(kendall(x, y)).toBeCloseTo(naiveKendall(x, y), 12);
      }
    }
  });

  it("is NaN for fewer than two pairs or a constant sample", () => {
    expect(kendall([], [])).toBeNaN();
    expect(kendall([3], [1])).toBeNaN();
    expect(kendall([5, 5, 5], [1, 2, 3])).toBeNaN();
  });

  it("rejects samples of different lengths and NaN values", () => {
    expect(() => kendall([1], [1, 2])).toThrow(/kendall: x has 1 values and y has 2/);
    expect(() => kendall([Number.NaN, 1], [1, 2])).toThrow(/kendall: x\[0\] is NaN/);
  });

  it("does not mutate its inputs", () => {
    const x = new Float64Array([3, 1, 2]);
    const y = new Float64Array([1, 3, 2]);
    kendall(x, y);
    spearman(x, y);
    expect([...x]).toEqual([3, 1, 2]);
    expect([...y]).toEqual([1, 3, 2]);
  });
});
