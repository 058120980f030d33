import type { Random } from "../deterministic/random.js";
import { quantileSorted } from "./quantiles.js";

/**
 * Percentile bootstrap intervals (Efron) for statistics of independent rows: the
 * trajectories of a Morris design, the rows of a Saltelli design. Each resample draws
 * `rows` row indices with replacement from the seeded `random`, so the same data give the
 * same intervals. `statistic` returns several values at once (every parameter's index),
 * all computed on the same resample.
 */
export interface Interval {
  low: number;
  high: number;
}

export function bootstrapIntervals(
  rows: number,
  statistic: (rowsTaken: Int32Array) => number[],
  resamples: number,
  random: Random,
  level = 0.95,
): Interval[] {
  const draws: number[][] = [];
  const taken = new Int32Array(rows);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < rows; i++) taken[i] = Math.floor(random() * rows);
    statistic(taken).forEach((value, k) => {
      draws[k] ??= [];
      if (Number.isFinite(value)) draws[k].push(value);
    });
  }
  const tail = (1 - level) / 2;
  return draws.map((values) => {
    const sorted = Float64Array.from(values).sort();
    return { low: quantileSorted(sorted, tail), high: quantileSorted(sorted, 1 - tail) };
  });
}

/** Every row once, in order: the statistic on the data themselves. */
export function allRows(rows: number): Int32Array {
  return Int32Array.from({ length: rows }, (_, i) => i);
}
