/**
 * MusicLab unpredictability (Salganik, Dodds and Watts, 2006): how much an item's success
 * differs between worlds that start the same and differ only in chance. If the same items
 * win in every world, U is 0; the more outcomes depend on which world you are in, the larger.
 */

/**
 * Market shares m_i = c_i / Σc of counts (downloads, likes). When every count is zero the
 * shares are all 1/n, the same "perfect equality" reading as gini's, so that worlds with no
 * likes yet compare as identical. Empty input gives an empty array. Counts must be finite
 * and ≥ 0.
 */
export function marketShares(counts: ArrayLike<number>): Float64Array {
  const n = counts.length;
  const shares = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const c = counts[i];
    if (!(c >= 0 && c < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`marketShares: counts[${i}] is ${c}; allowed: finite counts ≥ 0`);
    }
    total += c;
  }
  for (let i = 0; i < n; i++) shares[i] = total === 0 ? 1 / n : counts[i] / total;
  return shares;
}

/**
 * U = mean over items i of the mean over unordered pairs of worlds {j, k} of |m_ij − m_ik|,
 * where shares[w][i] is item i's market share in world w. A share difference (a fraction), ≥ 0.
 * NaN with fewer than two worlds or no items. Every world must list the same items.
 */
export function unpredictability(shares: Float64Array[]): number {
  const worlds = shares.length;
  if (worlds < 2) return Number.NaN;
  const items = shares[0].length;
  for (let w = 1; w < worlds; w++) {
    if (shares[w].length !== items) {
      throw new RangeError(
        `unpredictability: world ${w} has ${shares[w].length} items and world 0 has ${items}; ` +
          "allowed: the same items in every world",
      );
    }
  }
  if (items === 0) return Number.NaN;
  // Every item has the same number of pairs, so the mean of means is one mean over all terms.
  let sum = 0;
  for (let j = 0; j < worlds; j++) {
    const a = shares[j];
    for (let k = j + 1; k < worlds; k++) {
      const b = shares[k];
      for (let i = 0; i < items; i++) sum += Math.abs(a[i] - b[i]);
    }
  }
  const pairs = (worlds * (worlds - 1)) / 2;
  return sum / (pairs * items);
}
