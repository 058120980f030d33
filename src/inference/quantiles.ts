/**
 * Quantiles of plain and of weighted samples: the figures of a run (a quantile of likes per
 * video) and the summaries of a weighted ABC population (median, 90% interval).
 */

/**
 * The q-quantile of values sorted ascending, interpolating linearly between order
 * statistics (Hyndman and Fan's type 7, R's default): position (n − 1)·q. NaN when empty.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const below = Math.floor(h);
  const above = Math.min(n - 1, below + 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

/** Indices that sort `values` ascending, ties kept in index order. */
export function sortedOrder(values: ArrayLike<number>): number[] {
  return Array.from({ length: values.length }, (_, i) => i).sort(
    (a, b) => values[a] - values[b] || a - b,
  );
}

/**
 * The q-quantile of a weighted sample: the smallest value whose cumulative normalised
 * weight reaches q (the inverse of the weighted empirical CDF). Weights need not sum to 1.
 */
export function weightedQuantile(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  q: number,
): number {
  const order = sortedOrder(values);
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i];
  if (order.length === 0 || !(total > 0)) return Number.NaN;
  let cumulative = 0;
  for (const i of order) {
    cumulative += weights[i] / total;
    // A hair of slack, so that q = 0.5 of two equal weights picks the first value.
    if (cumulative >= q - 1e-12) return values[i];
  }
  return values[order[order.length - 1]];
}
