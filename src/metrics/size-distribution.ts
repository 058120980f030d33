/**
 * The distribution of sizes (cascade sizes, likes per video) as the heavy-tail charts draw
 * it: how many items have each size, and the complementary CDF P(X ≥ x) for a log–log plot.
 */

/**
 * Each distinct size, ascending, with how many items have it. Sizes are read as numbers
 * (whole or not); zeros and negatives are kept, so a log–log chart drops x ≤ 0 itself.
 * Empty input gives empty arrays. NaN sizes throw.
 */
export function cascadeSizeHistogram(sizes: ArrayLike<number>): {
  size: Float64Array;
  count: Float64Array;
} {
  const sorted = new Float64Array(sizes);
  sorted.sort();
  const n = sorted.length;
  if (n > 0 && Number.isNaN(sorted[n - 1])) {
    const index = Array.prototype.findIndex.call(sizes, Number.isNaN);
    throw new RangeError(`cascadeSizeHistogram: sizes[${index}] is NaN; allowed: numbers`);
  }
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const size = new Float64Array(distinct);
  const count = new Float64Array(distinct);
  let j = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) size[++j] = sorted[i];
    count[j]++;
  }
  return { size, count };
}

/**
 * Complementary CDF at each distinct value x, ascending: p = P(X ≥ x), the fraction of
 * values at least x. The first p is 1; p falls to 1/n at the largest value when it is
 * unique. Empty input gives empty arrays.
 */
export function complementaryCdf(values: ArrayLike<number>): { x: Float64Array; p: Float64Array } {
  const { size, count } = cascadeSizeHistogram(values);
  const n = values.length;
  const p = new Float64Array(size.length);
  let atLeast = n;
  for (let j = 0; j < size.length; j++) {
    p[j] = atLeast / n;
    atLeast -= count[j];
  }
  return { x: size, p };
}
