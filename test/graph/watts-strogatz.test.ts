import { describe, expect, it } from "vitest";
import { stream } from "../../src/deterministic/random.js";
import { wattsStrogatz } from "../../src/engine/graph/watts-strogatz.js";
import { defects, degrees } from "./edge-checks.js";

describe("wattsStrogatz", () => {
  it("is the ring lattice at beta = 0: every node has degree exactly k, tied to its k/2 nearest on each side", () => {
    const n = 1_000;
    const edges = wattsStrogatz(n, 6, 0, stream(1, "graph"));
    expect(edges.count).toBe(3_000);
    expect(degrees(edges).every((k) => k === 6)).toBe(true);
    for (let e = 0; e < edges.count; e++) {
      const gap = (edges.dst[e] - edges.src[e] + n) % n;
      expect(gap >= 1 && gap <= 3).toBe(true);
    }
  });

  it("keeps n·k/2 ties, mean degree k, no loops or repeats at any beta", () => {
    for (const beta of [0.1, 0.5, 1]) {
      const edges = wattsStrogatz(2_000, 10, beta, stream(3, "graph"));
      expect(edges.count).toBe(10_000);
      const degree = degrees(edges);
      expect(degree.reduce((a, b) => a + b, 0) / 2_000).toBe(10);
      expect(defects(edges)).toEqual({ selfLoops: 0, duplicates: 0 });
    }
  });

  /* Each of the 50,000 ties is rewired with probability 0.2: SD √(50,000·0.2·0.8) ≈ 89; 4 SD. */
  it("rewires a share beta of the ties", () => {
    const n = 10_000;
    const edges = wattsStrogatz(n, 10, 0.2, stream(4, "graph"));
    let rewired = 0;
    for (let e = 0; e < edges.count; e++) {
      const ringNeighbour = (edges.src[e] + 1 + Math.floor(e / n)) % n;
      if (edges.dst[e] !== ringNeighbour) rewired++;
    }
    expect(Math.abs(rewired - 10_000)).toBeLessThan(4 * Math.sqrt(50_000 * 0.2 * 0.8));
  });

  it("refuses an odd k, k ≥ n and beta outside [0, 1]", () => {
    expect(() => wattsStrogatz(100, 5, 0.1, stream(1, "graph"))).toThrow(/even whole k.*k = 5/);
    expect(() => wattsStrogatz(10, 10, 0.1, stream(1, "graph"))).toThrow(/k < n.*n = 10/);
    expect(() => wattsStrogatz(100, 4, 1.5, stream(1, "graph"))).toThrow(
      /beta in \[0, 1\], got 1.5/,
    );
  });
});
