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
export interface MetricComparison<M extends string = LineMetric> extends PairedStatistic {
  metric: M;
}

/** Paired statistics of one quantity: arms' means, mean difference with its interval, sign test. */
export interface PairedStatistic {
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
 * Paired statistics of b − a over seeds (NaN pairs left out). Resampling draws from a stream
 * keyed by `name`, so the same runs always print the same intervals.
 */
export function pairedStatistic(
  name: string,
  a: readonly number[],
  b: readonly number[],
  resamples = BOOTSTRAP_RESAMPLES,
): PairedStatistic {
  const kept = a.flatMap((x, i) => (Number.isFinite(x) && Number.isFinite(b[i]) ? [i] : []));
  const differences = kept.map((i) => b[i] - a[i]);
  const [low, high] = bootstrapMeanInterval(
    differences,
    resamples,
    stream(0, "metrics", "compare", name),
  );
  const sign = signTest(differences);
  return {
    n: kept.length,
    meanA: mean(kept.map((i) => a[i])),
    meanB: mean(kept.map((i) => b[i])),
    difference: mean(differences),
    low,
    high,
    higher: sign.positive,
    lower: sign.negative,
    p: sign.p,
  };
}

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
  const value = (values: PairedValues, metric: LineMetric) => values[metric] ?? Number.NaN;
  return metrics.map((metric) => ({
    metric,
    ...pairedStatistic(
      metric,
      pairs.map((pair) => value(pair.a, metric)),
      pairs.map((pair) => value(pair.b, metric)),
      resamples,
    ),
  }));
}
