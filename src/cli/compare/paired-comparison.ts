import { stream } from "../../deterministic/random.js";
import { SUMMARY_NAMES } from "../../engine/types.js";
import type { LineMetric } from "../result-groups.js";
import { bootstrapMeanInterval, signTest } from "../stats/paired.js";

/** One arm's metrics for a seed: the summary's, and the extended ones with --extended. */
export type PairedValues = Partial<Record<LineMetric, number | null>>;

/** The two arms' metrics for one seed. */
export interface Pair {
  seed: number;
  a: PairedValues;
  b: PairedValues;
}

/** One metric compared across arms, over the seeds where both arms define it. */
export interface MetricComparison {
  metric: LineMetric;
  n: number;
  meanA: number;
  meanB: number;
  /** Mean of b − a over seeds. */
  difference: number;
  /** 95% percentile-bootstrap interval of that mean. */
  low: number;
  high: number;
  /** Seeds where b > a and b < a, and the exact two-sided sign-test p-value. */
  higher: number;
  lower: number;
  p: number;
}

export const BOOTSTRAP_RESAMPLES = 2000;

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? Number.NaN : xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * Paired statistics per metric (by default every summary metric). Resampling draws from a
 * stream keyed by the metric, so a comparison of the same runs always prints the same
 * intervals.
 */
export function comparePairs(
  pairs: readonly Pair[],
  metrics: readonly LineMetric[] = SUMMARY_NAMES,
  resamples = BOOTSTRAP_RESAMPLES,
): MetricComparison[] {
  return metrics.map((metric) => {
    const both = pairs.filter(
      (pair) => Number.isFinite(pair.a[metric]) && Number.isFinite(pair.b[metric]),
    ) as { a: Record<LineMetric, number>; b: Record<LineMetric, number> }[];
    const differences = both.map((pair) => pair.b[metric] - pair.a[metric]);
    const [low, high] = bootstrapMeanInterval(
      differences,
      resamples,
      stream(0, "metrics", "compare", metric),
    );
    const sign = signTest(differences);
    return {
      metric,
      n: both.length,
      meanA: mean(both.map((pair) => pair.a[metric])),
      meanB: mean(both.map((pair) => pair.b[metric])),
      difference: mean(differences),
      low,
      high,
      higher: sign.positive,
      lower: sign.negative,
      p: sign.p,
    };
  });
}
