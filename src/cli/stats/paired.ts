import type { Random } from "../../deterministic/random.js";

/**
 * Percentile bootstrap 95% interval of the mean of `values`: resample with replacement
 * `resamples` times from the seeded `random`, so the same data give the same interval.
 */
export function bootstrapMeanInterval(
  values: readonly number[],
  resamples: number,
  random: Random,
): [number, number] {
  const n = values.length;
  if (n === 0) return [Number.NaN, Number.NaN];
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)];
    means[r] = sum / n;
  }
  means.sort();
  const at = (q: number) =>
    means[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))];
  return [at(0.025), at(0.975)];
}

export interface SignTest {
  /** Pairs where the second arm is higher, and lower; ties are left out. */
  positive: number;
  negative: number;
  /** Two-sided exact binomial p-value under "either arm is as likely to be higher". */
  p: number;
}

/** log(n choose k) by summing logs: exact enough and never overflows. */
function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log(n - k + i) - Math.log(i);
  return sum;
}

export function signTest(differences: readonly number[]): SignTest {
  const positive = differences.filter((d) => d > 0).length;
  const negative = differences.filter((d) => d < 0).length;
  const n = positive + negative;
  const fewer = Math.min(positive, negative);
  let tail = 0;
  for (let k = 0; k <= fewer; k++) tail += Math.exp(logChoose(n, k) - n * Math.LN2);
  return { positive, negative, p: Math.min(1, 2 * tail) };
}
