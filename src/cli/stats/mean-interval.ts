import { studentTQuantile } from "./student-t.js";

/** A mean with its 95% confidence interval; the interval is NaN with fewer than 2 values. */
export interface MeanInterval {
  n: number;
  mean: number;
  low: number;
  high: number;
}

/** Only the finite values count: a metric undefined for a run (null, NaN) is left out. */
export function finiteValues(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
}

/** Mean ± t(0.975, n − 1) · s/√n: the usual interval for a mean of independent runs. */
export function meanInterval(values: readonly (number | null | undefined)[]): MeanInterval {
  const xs = finiteValues(values);
  const n = xs.length;
  if (n === 0) return { n, mean: Number.NaN, low: Number.NaN, high: Number.NaN };
  const mean = xs.reduce((sum, x) => sum + x, 0) / n;
  if (n < 2) return { n, mean, low: Number.NaN, high: Number.NaN };
  const variance = xs.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1);
  const half = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return { n, mean, low: mean - half, high: mean + half };
}
