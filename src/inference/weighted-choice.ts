/**
 * Drawing an index by weight: the running sums once, then a binary search per draw. Used to
 * pick ancestors of ABC proposals and the particles of a posterior check.
 */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    sums[i] = sum;
  });
  return sums;
}

/** The index whose cumulative interval holds u ∈ [0, 1) of the total weight. */
export function pickByWeight(cumulative: Float64Array, u: number): number {
  const target = u * cumulative[cumulative.length - 1];
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid] > target) high = mid;
    else low = mid + 1;
  }
  return low;
}
