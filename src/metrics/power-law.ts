import { exp, log } from "../deterministic/exact-math.js";
import { hurwitzZeta } from "./hurwitz-zeta.js";

// Power-law tail fit by the method of Clauset, Shalizi and Newman (2009, "Power-law
// distributions in empirical data"): for each candidate x_min, fit α to the values ≥ x_min by
// maximum likelihood, measure the Kolmogorov–Smirnov distance between the tail and the fitted
// law, and keep the x_min with the smallest distance.
//
// - Continuous data: the exact MLE α = 1 + m / Σ ln(x_i / x_min) (their eq. 3.1), with
//   P(X ≤ x) = 1 − (x / x_min)^(1−α).
// - Discrete data: the exact MLE, maximising −m·ln ζ(α, x_min) − α·Σ ln x_i (their eq. 3.5)
//   by golden-section search over α in (1, 20], with P(X ≥ x) = ζ(α, x)/ζ(α, x_min). Not their
//   approximation 3.7, α ≈ 1 + m / Σ ln(x_i / (x_min − ½)): like counts often have a tail
//   from x_min of 1 to 5, where 3.7 is biased. For a true α of 2.5 it tends to 2.02 at
//   x_min = 1, 2.37 at x_min = 2 and 2.48 at x_min = 5 (its expectation under the exact law).

export interface PowerLawFit {
  /** Exponent of P(x) ∝ x^−α; NaN when there is no tail to fit. */
  alpha: number;
  /** Where the power-law tail starts, in the data's units. */
  xmin: number;
  /** How many values are ≥ xmin: the sample the fit rests on. */
  tailCount: number;
  /** KS distance between the tail's empirical CDF and the fitted one, in [0, 1]. */
  ks: number;
}

export interface PowerLawOptions {
  /** Fix x_min (≥ 1) instead of choosing it by KS distance. */
  xmin?: number;
  /** Treat values as whole counts. Default: discrete exactly when every value ≥ 1 is whole. */
  discrete?: boolean;
}

/** Fewest tail values a scanned x_min may leave: below this the KS distance is noise. */
const MIN_TAIL = 10;
/** Most x_min candidates scanned; beyond this they are thinned to evenly spaced ranks. */
const MAX_CANDIDATES = 200;
/** Upper end of the discrete search for α; no tail in this model is steeper. */
const ALPHA_MAX = 20;

/** The values ≥ 1 sorted ascending, their logs, and suffix sums of the logs. */
interface Sample {
  sorted: Float64Array;
  logs: Float64Array;
  /** suffixLog[p] = Σ_{i ≥ p} ln sorted[i]. */
  suffixLog: Float64Array;
  discrete: boolean;
}

/**
 * Fits a power-law tail to the values ≥ 1 (values below 1, such as videos without likes, are
 * left out). Candidates for x_min are the distinct values that leave at least 10 values in the
 * tail, thinned to at most 200 evenly spaced by rank. NaN alpha, xmin and ks (tailCount 0)
 * when no candidate leaves a tail with two distinct values. The standard error of α is about
 * (α − 1)/√tailCount for continuous data and for discrete data with a large x_min.
 * Allocates three n-long arrays.
 */
export function powerLawFit(values: ArrayLike<number>, options: PowerLawOptions = {}): PowerLawFit {
  const sample = prepare(values, options.discrete);
  const { sorted } = sample;
  const n = sorted.length;
  if (options.xmin !== undefined) {
    const xmin = options.xmin;
    if (!(xmin >= 1 && Number.isFinite(xmin) && (!sample.discrete || Number.isInteger(xmin)))) {
      throw new RangeError(
        `powerLawFit: xmin is ${xmin}; allowed: a finite number ≥ 1, whole when discrete`,
      );
    }
    let p = 0;
    while (p < n && sorted[p] < xmin) p++;
    return fitTail(sample, p, xmin) ?? noFit();
  }
  let best = noFit();
  const last = n - MIN_TAIL;
  const step = Math.max(1, Math.ceil((last + 1) / MAX_CANDIDATES));
  let nextAllowed = 0;
  for (let p = 0; p <= last; p++) {
    if (p < nextAllowed || (p > 0 && sorted[p] === sorted[p - 1])) continue;
    nextAllowed = p + step;
    const fit = fitTail(sample, p, sorted[p]);
    if (fit && !(fit.ks >= best.ks)) best = fit;
  }
  return best;
}

function noFit(): PowerLawFit {
  return { alpha: Number.NaN, xmin: Number.NaN, tailCount: 0, ks: Number.NaN };
}

function prepare(values: ArrayLike<number>, discrete: boolean | undefined): Sample {
  let n = 0;
  let whole = true;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY) {
      throw new RangeError(`powerLawFit: values[${i}] is ${x}; allowed: finite numbers`);
    }
    if (x < 1) continue;
    n++;
    if (!Number.isInteger(x)) {
      if (discrete === true) {
        throw new RangeError(
          `powerLawFit: values[${i}] is ${x} with discrete: true; allowed: whole numbers`,
        );
      }
      whole = false;
    }
  }
  const sorted = new Float64Array(n);
  for (let i = 0, j = 0; i < values.length; i++) if (values[i] >= 1) sorted[j++] = values[i];
  sorted.sort();
  const logs = new Float64Array(n);
  for (let i = 0; i < n; i++) logs[i] = log(sorted[i]);
  const suffixLog = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) suffixLog[i] = suffixLog[i + 1] + logs[i];
  return { sorted, logs, suffixLog, discrete: discrete ?? whole };
}

/** The fit of the tail sorted[p..], or undefined when it has fewer than two distinct values. */
function fitTail(sample: Sample, p: number, xmin: number): PowerLawFit | undefined {
  const { sorted, suffixLog, discrete } = sample;
  const n = sorted.length;
  const m = n - p;
  if (m < 2 || sorted[p] === sorted[n - 1]) return undefined;
  const alpha = discrete
    ? discreteAlpha(xmin, suffixLog[p] / m)
    : 1 + m / (suffixLog[p] - m * log(xmin));
  return { alpha, xmin, tailCount: m, ks: ksDistance(sample, p, xmin, alpha) };
}

/**
 * The α that minimises ln ζ(α, x_min) + α·(mean ln x), the discrete negative log-likelihood
 * per value. It is convex in α (ln ζ is a log-sum-exp in α), so golden-section search finds
 * its one minimum.
 */
function discreteAlpha(xmin: number, meanLog: number): number {
  const cost = (alpha: number) => log(hurwitzZeta(alpha, xmin)) + alpha * meanLog;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = 1 + 1e-6;
  let hi = ALPHA_MAX;
  let c = hi - ratio * (hi - lo);
  let d = lo + ratio * (hi - lo);
  let costC = cost(c);
  let costD = cost(d);
  while (hi - lo > 1e-8) {
    if (costC < costD) {
      hi = d;
      d = c;
      costD = costC;
      c = hi - ratio * (hi - lo);
      costC = cost(c);
    } else {
      lo = c;
      c = d;
      costC = costD;
      d = lo + ratio * (hi - lo);
      costD = cost(d);
    }
  }
  return (lo + hi) / 2;
}

/**
 * Largest gap between the tail's empirical CDF and the fitted CDF. Both are step functions
 * between the distinct values (the model's only in the discrete case), so it is enough to
 * compare just below and at each distinct value v: the model's P(X < v) with the fraction of
 * the tail below v, and P(X ≤ v) with the fraction at most v.
 */
function ksDistance(sample: Sample, p: number, xmin: number, alpha: number): number {
  const { sorted, logs, discrete } = sample;
  const n = sorted.length;
  const m = n - p;
  const zetaMin = discrete ? hurwitzZeta(alpha, xmin) : 1;
  const logXmin = log(xmin);
  let worst = 0;
  let i = p;
  while (i < n) {
    const v = sorted[i];
    let j = i + 1;
    while (j < n && sorted[j] === v) j++;
    let below: number;
    let atMost: number;
    if (discrete) {
      below = 1 - hurwitzZeta(alpha, v) / zetaMin;
      atMost = below + exp(-alpha * logs[i]) / zetaMin;
    } else {
      // (v / x_min)^(1−α) through the logs already taken: exp is cheaper than pow.
      below = 1 - exp((1 - alpha) * (logs[i] - logXmin));
      atMost = below;
    }
    worst = Math.max(worst, Math.abs(below - (i - p) / m), Math.abs(atMost - (j - p) / m));
    i = j;
  }
  return worst;
}
