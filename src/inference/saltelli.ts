import type { Random } from "../deterministic/random.js";
import { allRows, bootstrapIntervals } from "./bootstrap.js";

/**
 * Sobol' variance-based indices (Sobol' 1993) by Saltelli's scheme (Saltelli et al. 2010,
 * Computer Physics Communications 181:259): two independent N × k samples A and B of the
 * unit cube, and for each parameter i the matrix A_B^(i), A with its column i taken from B;
 * N·(k + 2) runs in all. With V the variance of f over A and B together, Jansen's (1999)
 * estimators give
 *   first order  Sᵢ  = 1 − Σⱼ (f(B)ⱼ − f(A_B^(i))ⱼ)² / (2N·V)
 *   total        Sₜᵢ = Σⱼ (f(A)ⱼ − f(A_B^(i))ⱼ)² / (2N·V),
 * with percentile-bootstrap intervals over the N rows. A and B are plain seeded uniform
 * draws, not a quasi-random sequence: the rows are then independent, which is what the
 * bootstrap assumes.
 */
export interface SaltelliDesign {
  parameters: number;
  samples: number;
  /** Row j's points: A_j, B_j, then A_B^(i)_j for each i; row after row. */
  points: number[][];
}

export function saltelliDesign(
  parameters: number,
  samples: number,
  random: Random,
): SaltelliDesign {
  const points: number[][] = [];
  for (let j = 0; j < samples; j++) {
    const a = Array.from({ length: parameters }, () => random());
    const b = Array.from({ length: parameters }, () => random());
    points.push(a, b);
    for (let i = 0; i < parameters; i++) points.push(a.map((value, c) => (c === i ? b[i] : value)));
  }
  return { parameters, samples, points };
}

export interface SobolIndex {
  value: number;
  low: number;
  high: number;
}

export interface SobolIndices {
  first: SobolIndex[];
  total: SobolIndex[];
}

/** [S₁…S_k, Sₜ₁…Sₜ_k] on the rows taken; rows whose outputs are not all finite are left out. */
function estimates(outputs: readonly number[], k: number, taken: Int32Array): number[] {
  const stride = k + 2;
  const rows = Array.from(taken).filter((j) => {
    for (let c = 0; c < stride; c++) if (!Number.isFinite(outputs[j * stride + c])) return false;
    return true;
  });
  const n = rows.length;
  if (n < 2) return new Array<number>(2 * k).fill(Number.NaN);
  let sum = 0;
  for (const j of rows) sum += outputs[j * stride] + outputs[j * stride + 1];
  const mean = sum / (2 * n);
  let variance = 0;
  for (const j of rows) {
    const a = outputs[j * stride] - mean;
    const b = outputs[j * stride + 1] - mean;
    variance += a * a + b * b;
  }
  variance /= 2 * n - 1;
  const first: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < k; i++) {
    let firstSum = 0;
    let totalSum = 0;
    for (const j of rows) {
      const fa = outputs[j * stride];
      const fb = outputs[j * stride + 1];
      const fab = outputs[j * stride + 2 + i];
      firstSum += (fb - fab) * (fb - fab);
      totalSum += (fa - fab) * (fa - fab);
    }
    first.push(1 - firstSum / (2 * n * variance));
    total.push(totalSum / (2 * n * variance));
  }
  return [...first, ...total];
}

export function sobolIndices(
  design: SaltelliDesign,
  outputs: readonly number[],
  resamples: number,
  random: Random,
): SobolIndices {
  const k = design.parameters;
  const point = estimates(outputs, k, allRows(design.samples));
  const intervals = bootstrapIntervals(
    design.samples,
    (taken) => estimates(outputs, k, taken),
    resamples,
    random,
  );
  const index = (c: number): SobolIndex => ({
    value: point[c],
    low: intervals[c]?.low ?? Number.NaN,
    high: intervals[c]?.high ?? Number.NaN,
  });
  return {
    first: Array.from({ length: k }, (_, i) => index(i)),
    total: Array.from({ length: k }, (_, i) => index(k + i)),
  };
}
