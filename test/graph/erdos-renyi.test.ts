import { describe, expect, it } from "vitest";
import { stream } from "../../src/deterministic/random.js";
import { erdosRenyi } from "../../src/engine/graph/erdos-renyi.js";
import { defects, degrees } from "./edge-checks.js";

function mean(values: ArrayLike<number>, from = 0, to = values.length): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i];
  return sum / (to - from);
}

describe("erdosRenyi", () => {
  /*
   * n = 20,000, mean degree 8: the tie count is binomial with SD ≈ √80,000 ≈ 283, so the
   * mean degree 2·ties/n has SD 0.028 (directed, ties/n: SD 0.02). Bound: 4 SD.
   */
  it("has the asked mean degree, undirected and directed, without loops or repeats", () => {
    for (const seed of [1, 2, 3]) {
      const undirected = erdosRenyi(20_000, 8, false, stream(seed, "graph"));
      expect(undirected.directed).toBe(false);
      expect(Math.abs((2 * undirected.count) / 20_000 - 8)).toBeLessThan(4 * 0.028);
      expect(defects(undirected)).toEqual({ selfLoops: 0, duplicates: 0 });

      const directed = erdosRenyi(20_000, 8, true, stream(seed, "graph"));
      expect(directed.directed).toBe(true);
      expect(Math.abs(directed.count / 20_000 - 8)).toBeLessThan(4 * 0.02);
      expect(defects(directed)).toEqual({ selfLoops: 0, duplicates: 0 });
    }
  });

  /*
   * Independent pairs give Poisson-like degrees: variance ≈ 8 (SE of the sample variance
   * √((μ4 − σ⁴)/n) = √(136/20,000) ≈ 0.08), and no drift along the pair order (the two
   * halves' mean degrees differ by SD √(2·8/10,000) = 0.04). Bound: 4 SE each.
   */
  it("ties pairs independently and uniformly: Poisson variance, the same density early and late", () => {
    const degree = degrees(erdosRenyi(20_000, 8, false, stream(5, "graph")));
    const m = mean(degree);
    let squares = 0;
    for (const k of degree) squares += (k - m) ** 2;
    expect(Math.abs(squares / (degree.length - 1) - 8)).toBeLessThan(4 * 0.083);
    expect(Math.abs(mean(degree, 0, 10_000) - mean(degree, 10_000))).toBeLessThan(4 * 0.04);
  });

  it("gives no ties at mean degree 0 and every pair at n − 1", () => {
    expect(erdosRenyi(100, 0, false, stream(1, "graph")).count).toBe(0);
    expect(erdosRenyi(30, 29, false, stream(1, "graph")).count).toBe(435);
    expect(erdosRenyi(30, 29, true, stream(1, "graph")).count).toBe(870);
  });

  it("refuses a mean degree above n − 1", () => {
    expect(() => erdosRenyi(5, 8, false, stream(1, "graph"))).toThrow(
      /meanDegree ≤ n − 1 = 4, got 8/,
    );
  });
});
