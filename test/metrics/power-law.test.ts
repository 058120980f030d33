import { describe, expect, it } from "vitest";
import { type Random, stream } from "../../src/deterministic/random.js";
import { hurwitzZeta } from "../../src/metrics/hurwitz-zeta.js";
import { powerLawFit } from "../../src/metrics/power-law.js";

const ALPHA = 2.5;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const SAMPLE = 10_000;

/** Inverse transform of a continuous power law from xmin: x = xmin·u^(−1/(α−1)), u in (0, 1]. */
function continuousDraw(random: Random, alpha: number, xmin: number): number {
  return xmin * (1 - random()) ** (-1 / (alpha - 1));
}

/**
 * Inverse transform of the discrete power law P(X ≥ x) = ζ(α, x)/ζ(α, xmin): the x with
 * P(X ≥ x + 1) < u ≤ P(X ≥ x), searched from the continuous approximation (Clauset et al.,
 * appendix D).
 */
function discreteDraw(random: Random, alpha: number, xmin: number): number {
  const u = 1 - random();
  const zetaMin = hurwitzZeta(alpha, xmin);
  const atLeast = (x: number) => hurwitzZeta(alpha, x) / zetaMin;
  let x = Math.max(xmin, Math.floor((xmin - 0.5) * u ** (-1 / (alpha - 1)) + 0.5));
  while (x > xmin && atLeast(x) < u) x--;
  while (atLeast(x + 1) >= u) x++;
  return x;
}

function sample(seed: number, draw: (random: Random) => number): Float64Array {
  const random = stream(seed, "metrics", "power-law-test");
  return Float64Array.from({ length: SAMPLE }, () => draw(random));
}

/** Continuous MLE standard error (α − 1)/√m (Clauset et al. eq. 3.2). */
const continuousError = (alpha: number, m: number) => (alpha - 1) / Math.sqrt(m);

/**
 * Discrete MLE standard error 1/√(m·I), with I = d²/dα² ln ζ(α, xmin), the variance of ln X:
 * at xmin = 1 it is larger than the continuous (α − 1)/√m, which it approaches as xmin grows.
 */
function discreteError(alpha: number, xmin: number, m: number): number {
  const h = 1e-3;
  const lnZeta = (a: number) => Math.log(hurwitzZeta(a, xmin));
  const information = (lnZeta(alpha + h) - 2 * lnZeta(alpha) + lnZeta(alpha - h)) / h ** 2;
  return 1 / Math.sqrt(m * information);
}

/**
 * Recovery over seeds. Per seed |α̂ − α| < 4 standard errors (a 6e−5 chance of a false
 * failure each, for a normal estimate); and the mean over 8 seeds within 4 of its own standard
 * errors, which catches a bias that single seeds would hide.
 */
function expectRecovered(fits: { alpha: number; error: number }[]): void {
  let sum = 0;
  let variance = 0;
  for (const { alpha, error } of fits) {
    expect(Math.abs(alpha - ALPHA)).toBeLessThan(4 * error);
    sum += alpha;
    variance += error ** 2;
  }
  const meanError = Math.sqrt(variance) / fits.length;
  expect(Math.abs(sum / fits.length - ALPHA)).toBeLessThan(4 * meanError);
}

describe("powerLawFit, continuous", () => {
  it("gives the MLE and KS distance of a hand-checked sample", () => {
    // Values 1, e, e² from xmin 1: Σ ln x = 0 + 1 + 2 = 3, α = 1 + 3/3 = 2, CDF 1 − 1/x.
    // At 1: model 0 vs empirical 0 below and 1/3 at → gap 1/3.
    // At e: 1 − 1/e = .632 vs 1/3 and 2/3 → .299, .035. At e²: .865 vs 2/3 and 1 → .198, .135.
    const fit = powerLawFit([1, Math.E, Math.E ** 2], { xmin: 1, discrete: false });
    expect(fit.alpha).toBeCloseTo(2, 14);
    expect(fit.ks).toBeCloseTo(1 / 3, 14);
    expect(fit.tailCount).toBe(3);
    expect(fit.xmin).toBe(1);
  });

  it("recovers α from samples of a known power law", () => {
    const fits = SEEDS.map((seed) => {
      const fit = powerLawFit(sample(seed, (r) => continuousDraw(r, ALPHA, 1)));
      return { alpha: fit.alpha, error: continuousError(ALPHA, fit.tailCount) };
    });
    expectRecovered(fits);
  });

  it("finds where the tail starts above a body that is not a power law", () => {
    // 40% uniform on [1, 10), 60% a power law from 10.
    for (const seed of SEEDS.slice(0, 4)) {
      const values = sample(seed, (r) => (r() < 0.4 ? 1 + 9 * r() : continuousDraw(r, ALPHA, 10)));
      const fit = powerLawFit(values);
      expect(fit.xmin).toBeGreaterThanOrEqual(9);
      expect(fit.xmin).toBeLessThan(25);
      expect(Math.abs(fit.alpha - ALPHA)).toBeLessThan(4 * continuousError(ALPHA, fit.tailCount));
    }
  });
});

describe("powerLawFit, discrete", () => {
  it("is the maximum of the discrete likelihood: d ln ζ(α, xmin)/dα = −mean ln x", () => {
    // Setting the derivative of −m ln ζ(α, xmin) − α Σ ln x to zero (Clauset et al. eq. 3.6).
    const values = [1, 1, 1, 2, 2, 3, 5, 8, 13];
    const fit = powerLawFit(values, { xmin: 1 });
    const h = 1e-5;
    const slope =
      (Math.log(hurwitzZeta(fit.alpha + h, 1)) - Math.log(hurwitzZeta(fit.alpha - h, 1))) / (2 * h);
    const meanLog = values.reduce((s, x) => s + Math.log(x), 0) / values.length;
    expect(slope).toBeCloseTo(-meanLog, 6);
  });

  it("measures the KS distance between the step CDFs at every whole number", () => {
    const values = [2, 2, 3, 4, 4, 4, 7, 9, 15, 40];
    const fit = powerLawFit(values, { xmin: 2 });
    // Brute force: compare the CDFs at every whole x from xmin to the largest value.
    const zetaMin = hurwitzZeta(fit.alpha, 2);
    let model = 0;
    let worst = 0;
    for (let x = 2; x <= 40; x++) {
      model += x ** -fit.alpha / zetaMin;
      const empirical = values.filter((v) => v <= x).length / values.length;
      worst = Math.max(worst, Math.abs(model - empirical));
    }
    // Also just below xmin, where both CDFs are 0, and past the largest value, where the model
    // climbs to 1 as the empirical CDF sits at 1: neither gap exceeds the ones found above.
    expect(fit.ks).toBeCloseTo(worst, 12);
    expect(fit.tailCount).toBe(10);
  });

  it("recovers α from samples of a known discrete power law from 1", () => {
    const fits = SEEDS.map((seed) => {
      const fit = powerLawFit(sample(seed, (r) => discreteDraw(r, ALPHA, 1)));
      return { alpha: fit.alpha, error: discreteError(ALPHA, fit.xmin, fit.tailCount) };
    });
    expectRecovered(fits);
  });

  it("finds where the tail starts above a body that is not a power law", () => {
    // 40% uniform on 1..9, 60% a discrete power law from 10.
    for (const seed of SEEDS.slice(0, 4)) {
      const values = sample(seed, (r) =>
        r() < 0.4 ? 1 + Math.floor(9 * r()) : discreteDraw(r, ALPHA, 10),
      );
      const fit = powerLawFit(values);
      expect(fit.xmin).toBeGreaterThanOrEqual(9);
      expect(fit.xmin).toBeLessThanOrEqual(15);
      const error = discreteError(ALPHA, fit.xmin, fit.tailCount);
      expect(Math.abs(fit.alpha - ALPHA)).toBeLessThan(4 * error);
    }
  });
});

describe("powerLawFit, inputs", () => {
  it("leaves out values below 1", () => {
    const values = [1, 1, 2, 3, 3, 5, 8, 13, 21, 34, 55, 89];
    expect(powerLawFit([0, ...values, 0, 0.5, -2])).toEqual(powerLawFit(values));
  });

  it("treats whole values as discrete unless told otherwise", () => {
    const values = [1, 2, 2, 4, 9];
    expect(powerLawFit(values, { xmin: 1 })).toEqual(
      powerLawFit(values, { xmin: 1, discrete: true }),
    );
    expect(powerLawFit(values, { xmin: 1 }).alpha).not.toBeCloseTo(
      powerLawFit(values, { xmin: 1, discrete: false }).alpha,
      3,
    );
  });

  it("gives NaN without a tail of two distinct values", () => {
    const none = { alpha: Number.NaN, xmin: Number.NaN, tailCount: 0, ks: Number.NaN };
    expect(powerLawFit([])).toEqual(none);
    expect(powerLawFit([0, 0, 0.5])).toEqual(none);
    // Scanning needs a tail of at least 10 values.
    expect(powerLawFit([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual(none);
    expect(powerLawFit([3, 3, 3], { xmin: 1 })).toEqual(none);
  });

  it("rejects NaN and infinite values", () => {
    expect(() => powerLawFit([1, Number.NaN])).toThrow(
      /powerLawFit: values\[1\] is NaN; allowed: finite numbers/,
    );
    expect(() => powerLawFit([Number.POSITIVE_INFINITY])).toThrow(/values\[0\] is Infinity/);
  });

  it("rejects fractional values when told the data are discrete", () => {
    expect(() => powerLawFit([1, 2.5], { discrete: true })).toThrow(
      /powerLawFit: values\[1\] is 2.5 with discrete: true; allowed: whole numbers/,
    );
  });

  it("rejects an xmin below 1, and a fractional xmin for discrete data", () => {
    expect(() => powerLawFit([1, 2], { xmin: 0.5 })).toThrow(
      /powerLawFit: xmin is 0.5; allowed: a finite number ≥ 1, whole when discrete/,
    );
    expect(() => powerLawFit([1, 2], { xmin: 1.5 })).toThrow(/xmin is 1.5/);
    expect(powerLawFit([1.2, 2.5, 3.1], { xmin: 1.5 }).tailCount).toBe(2);
  });
});
