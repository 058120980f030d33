import { describe, expect, it } from "vitest";
import type { StoredSummary } from "../../src/cli/batch/result-line.js";
import { comparePairs, type Pair } from "../../src/cli/compare/paired-comparison.js";
import { finiteValues, meanInterval } from "../../src/cli/stats/mean-interval.js";
import { bootstrapMeanInterval, signTest } from "../../src/cli/stats/paired.js";
import { incompleteBeta, studentTCdf, studentTQuantile } from "../../src/cli/stats/student-t.js";
import { stream } from "../../src/deterministic/random.js";
import { SUMMARY_NAMES } from "../../src/engine/types.js";

describe("Student's t", () => {
  it("matches tabulated 97.5% quantiles", () => {
    // Standard tables (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [5, 2.571],
      [9, 2.262],
      [29, 2.045],
      [100, 1.984],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 3);
  });

  it("is symmetric and inverts its CDF", () => {
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-studentTQuantile(0.975, 7), 9);
    expect(studentTCdf(studentTQuantile(0.9, 3.5), 3.5)).toBeCloseTo(0.9, 9);
    expect(studentTCdf(0, 4)).toBeCloseTo(0.5, 12);
  });

  it("computes the incomplete beta at hand-checked points", () => {
    expect(incompleteBeta(0.5, 1, 1)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 12); // x²
    expect(incompleteBeta(0.3, 1, 2)).toBeCloseTo(1 - 0.49, 12); // 1 − (1 − x)²
  });

  it("refuses probabilities outside (0, 1)", () => {
    expect(() => studentTQuantile(1, 3)).toThrow(/allowed: 0 < p < 1/);
  });
});

describe("meanInterval", () => {
  it("is the mean ± t·s/√n, by hand for 1, 2, 3", () => {
    const m = meanInterval([1, 2, 3]);
    const half = (4.302652729911275 * 1) / Math.sqrt(3);
    expect(m.n).toBe(3);
    expect(m.mean).toBe(2);
    expect(m.low).toBeCloseTo(2 - half, 9);
    expect(m.high).toBeCloseTo(2 + half, 9);
  });

  it("leaves out undefined values and has no interval for one value", () => {
    expect(finiteValues([1, null, Number.NaN, undefined, 3])).toEqual([1, 3]);
    const one = meanInterval([5, null]);
    expect(one).toMatchObject({ n: 1, mean: 5 });
    expect(one.low).toBeNaN();
    expect(meanInterval([]).mean).toBeNaN();
  });
});

describe("signTest", () => {
  it("gives the exact two-sided binomial p-value, ties left out", () => {
    // 9 of 10 positive: 2 · (1 + 10) / 1024.
    expect(signTest([1, 1, 1, 1, 1, 1, 1, 1, 1, -1, 0, 0]).p).toBeCloseTo(22 / 1024, 12);
    expect(signTest([1, -1]).p).toBe(1);
    expect(signTest([]).p).toBe(1);
    expect(signTest([2, 3, -1, 0])).toMatchObject({ positive: 2, negative: 1 });
  });

  it("stays finite for thousands of pairs", () => {
    const p = signTest(Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? -1 : 1))).p;
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThan(1e-50);
  });
});

describe("bootstrapMeanInterval", () => {
  it("is the same for the same stream and contains the sample mean", () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    const a = bootstrapMeanInterval(values, 2000, stream(0, "metrics", "test"));
    const b = bootstrapMeanInterval(values, 2000, stream(0, "metrics", "test"));
    expect(a).toEqual(b);
    expect(a[0]).toBeLessThan(3.9);
    expect(a[1]).toBeGreaterThan(3.9);
  });

  it("covers the true mean about 95% of the time (normal data, 400 trials, 99.9% bounds)", () => {
    // Percentile-bootstrap intervals of n = 30 run a little narrow; with 400 trials the
    // coverage estimate has s.d. ≈ 1.1 points, so [0.89, 0.98] holds with > 99.9% confidence.
    const random = stream(11, "metrics", "coverage");
    let covered = 0;
    for (let trial = 0; trial < 400; trial++) {
      const values = Array.from({ length: 30 }, () => {
        const u = 1 - random();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
      });
      const [low, high] = bootstrapMeanInterval(values, 1000, random);
      if (low <= 0 && 0 <= high) covered++;
    }
    expect(covered / 400).toBeGreaterThan(0.89);
    expect(covered / 400).toBeLessThan(0.98);
  });
});

describe("comparePairs", () => {
  const summary = (likes: number | null, rest = 0): StoredSummary =>
    Object.fromEntries(
      SUMMARY_NAMES.map((n) => [n, n === "likes" ? likes : rest]),
    ) as StoredSummary;

  it("pairs by seed: means, mean difference B − A and its signs", () => {
    const pairs: Pair[] = [
      { seed: 1, a: summary(10), b: summary(13) },
      { seed: 2, a: summary(20), b: summary(21) },
      { seed: 3, a: summary(30), b: summary(29) },
      { seed: 4, a: summary(null), b: summary(100) },
    ];
    const likes = comparePairs(pairs).find((r) => r.metric === "likes")!;
    expect(likes).toMatchObject({ n: 3, meanA: 20, meanB: 21, difference: 1, higher: 2, lower: 1 });
    expect(likes.low).toBeLessThanOrEqual(1);
    expect(likes.high).toBeGreaterThanOrEqual(1);
    expect(likes.p).toBe(1);
  });

  it("finds no difference between identical arms", () => {
    const pairs = [1, 2, 3].map((seed) => ({ seed, a: summary(seed), b: summary(seed) }));
    const likes = comparePairs(pairs).find((r) => r.metric === "likes")!;
    expect(likes).toMatchObject({ difference: 0, low: 0, high: 0, higher: 0, lower: 0, p: 1 });
  });
});
