import { describe, expect, it } from "vitest";
import { stream } from "../../src/deterministic/random.js";
import { morrisDesign, morrisIndices } from "../../src/inference/morris.js";
import { saltelliDesign, sobolIndices } from "../../src/inference/saltelli.js";

/** Ishigami & Homma (1990) on [−π, π]³ from the unit cube, a = 7, b = 0.1. */
function ishigami(u: readonly number[]): number {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v);
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
}

/**
 * The exact indices (Sobol' & Levitan 1999): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2,
 * V₁ = (1 + bπ⁴/5)²/2, V₂ = a²/8, V₁₃ = b²π⁸(1/18 − 1/50), V₃ = 0.
 */
const pi4 = Math.PI ** 4;
const V = 49 / 8 + (0.1 * pi4) / 5 + (0.01 * pi4 * pi4) / 18 + 0.5;
const V1 = (1 + (0.1 * pi4) / 5) ** 2 / 2;
const V2 = 49 / 8;
const V13 = 0.01 * pi4 * pi4 * (1 / 18 - 1 / 50);
const FIRST = [V1 / V, V2 / V, 0];
const TOTAL = [(V1 + V13) / V, V2 / V, V13 / V];

describe("Sobol' indices by Saltelli sampling and Jansen's estimators", () => {
  it("match the exact indices of the Ishigami function", () => {
    expect(FIRST.map((s) => s.toFixed(3))).toEqual(["0.314", "0.442", "0.000"]);
    expect(TOTAL.map((s) => s.toFixed(3))).toEqual(["0.558", "0.442", "0.244"]);
    const design = saltelliDesign(3, 8000, stream(1, "inference", "test-saltelli"));
    expect(design.points).toHaveLength(8000 * 5);
    const outputs = design.points.map(ishigami);
    const indices = sobolIndices(design, outputs, 400, stream(1, "inference", "test-bootstrap"));
    const all = [
      ...indices.first.map((index, i) => ({ index, exact: FIRST[i] })),
      ...indices.total.map((index, i) => ({ index, exact: TOTAL[i] })),
    ];
    for (const { index, exact } of all) {
      // The 95% bootstrap half-width is 1.96 standard errors. The estimate must lie within
      // two of them of the truth (about four standard errors: an unbiased estimator misses
      // that about once in 15,000 tries). At N = 8,000 the half-widths are 0.01–0.03, but
      // 0.04 for S₁ of x₃, whose large interaction with x₁ enters the variance of Jansen's
      // first-order estimator; bounding them by 0.05 keeps the check sharp (an error of at
      // most 0.1) whatever the design's seed.
      const half = (index.high - index.low) / 2;
      expect(half).toBeGreaterThan(0);
      expect(half).toBeLessThan(0.05);
      expect(Math.abs(index.value - exact)).toBeLessThan(2 * half);
      expect(index.low).toBeLessThanOrEqual(index.value);
      expect(index.high).toBeGreaterThanOrEqual(index.value);
    }
  });

  it("give the same indices for the same design and outputs (seeded bootstrap)", () => {
    const design = saltelliDesign(3, 200, stream(2, "inference", "test-saltelli"));
    const outputs = design.points.map(ishigami);
    const once = sobolIndices(design, outputs, 100, stream(2, "inference", "b"));
    const again = sobolIndices(design, outputs, 100, stream(2, "inference", "b"));
    expect(again).toEqual(once);
  });

  it("leave out rows with an undefined output instead of returning NaN", () => {
    const design = saltelliDesign(3, 500, stream(3, "inference", "test-saltelli"));
    const outputs = design.points.map((p, n) => (n === 7 ? Number.NaN : ishigami(p)));
    const indices = sobolIndices(design, outputs, 50, stream(3, "inference", "b"));
    for (const index of [...indices.first, ...indices.total])
      expect(Number.isFinite(index.value)).toBe(true);
  });
});

describe("Morris elementary effects", () => {
  it("are exact for a linear function, and zero for a parameter it ignores", () => {
    const design = morrisDesign(4, 12, 4, stream(4, "inference", "test-morris"));
    expect(design.delta).toBeCloseTo(2 / 3, 15);
    expect(design.points).toHaveLength(12 * 5);
    for (const point of design.points) for (const u of point) expect(u >= 0 && u <= 1).toBe(true);
    const slopes = [3, -2, 0.5, 0];
    const outputs = design.points.map((u) => u.reduce((s, v, i) => s + slopes[i] * v, 0));
    const indices = morrisIndices(design, outputs, 200, stream(4, "inference", "b"));
    indices.forEach((index, i) => {
      expect(index.muStar).toBeCloseTo(Math.abs(slopes[i]), 10);
      expect(index.mu).toBeCloseTo(slopes[i], 10);
      expect(index.sigma).toBeCloseTo(0, 10);
      expect(index.effects).toBe(12);
    });
  });

  it("move each parameter exactly once per trajectory, by ±Δ on the grid", () => {
    const design = morrisDesign(5, 30, 6, stream(5, "inference", "test-morris"));
    const grid = (u: number) => Math.abs(u * 5 - Math.round(u * 5)) < 1e-12;
    design.steps.forEach((steps, t) => {
      expect(steps.map((s) => s.parameter).sort()).toEqual([0, 1, 2, 3, 4]);
      steps.forEach(({ parameter, sign }, j) => {
        const before = design.points[t * 6 + j];
        const after = design.points[t * 6 + j + 1];
        expect(after[parameter] - before[parameter]).toBeCloseTo(sign * design.delta, 12);
        for (const u of after) expect(grid(u)).toBe(true);
      });
    });
  });

  it("rank the Ishigami inputs and see x₃ act only through its interaction", () => {
    const design = morrisDesign(3, 200, 4, stream(6, "inference", "test-morris"));
    const indices = morrisIndices(
      design,
      design.points.map(ishigami),
      300,
      stream(6, "inference", "b"),
    );
    // x₃ has no first-order effect (μ near 0) but a large σ: an interaction, as Morris reads it.
    expect(Math.abs(indices[2].mu)).toBeLessThan(indices[2].sigma / 2);
    expect(indices[2].muStar).toBeGreaterThan(1);
    for (const index of indices) {
      expect(index.muStarLow).toBeLessThanOrEqual(index.muStar);
      expect(index.muStarHigh).toBeGreaterThanOrEqual(index.muStar);
      expect(index.muStarHigh - index.muStarLow).toBeLessThan(index.muStar);
    }
  });
});
