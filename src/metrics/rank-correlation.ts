/**
 * Rank correlation between two paired samples (a video's quality and its likes): Spearman's
 * rho with average ranks for ties, and Kendall's tau-b. Both are unitless in [−1, 1], NaN for
 * fewer than two pairs or when either sample is constant (a constant has no order), and
 * throw on NaN values or samples of different lengths.
 */

/**
 * Spearman's rho: Pearson's correlation of the ranks, where tied values share the average of
 * the ranks they span. O(n log n); allocates a few n-long typed arrays.
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = pairCount(x, y, "spearman");
  if (n < 2) return Number.NaN;
  const rankX = averageRanks(sortWithOrder(x, "x", "spearman"));
  const rankY = averageRanks(sortWithOrder(y, "y", "spearman"));
  // Average ranks always sum to n(n + 1)/2, so their mean is (n + 1)/2 whatever the ties.
  const meanRank = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rankX[i] - meanRank;
    const dy = rankY[i] - meanRank;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/**
 * Kendall's tau-b: (concordant − discordant pairs) / √((n0 − n1)(n0 − n2)), where n0 = n(n−1)/2
 * and n1, n2 count the pairs tied in x and in y. Knight's algorithm, O(n log n): order the
 * pairs by x then y, and the discordant pairs are the inversions of y in that order, counted
 * here with a Fenwick tree over y's ranks rather than by merge sort (the same count).
 * Allocates a few n-long typed arrays.
 */
export function kendall(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = pairCount(x, y, "kendall");
  if (n < 2) return Number.NaN;
  if (n > MAX_KENDALL_PAIRS) {
    throw new RangeError(`kendall: ${n} pairs; allowed: at most ${MAX_KENDALL_PAIRS}`);
  }
  const byX = sortWithOrder(x, "x", "kendall");
  const byY = sortWithOrder(y, "y", "kendall");
  const rankX = runStarts(byX);
  const rankY = runStarts(byY);
  // Each pair as one number, x's rank then y's rank: the native sort orders by x, then y.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = rankX[i] * n + rankY[i];
  keys.sort();
  const seen = new Int32Array(n + 1);
  let discordant = 0;
  for (let j = 0; j < n; j++) {
    const r = keys[j] % n;
    let atMost = 0;
    for (let k = r + 1; k > 0; k -= k & -k) atMost += seen[k];
    discordant += j - atMost;
    for (let k = r + 1; k <= n; k += k & -k) seen[k]++;
  }
  const pairs = (n * (n - 1)) / 2;
  const tiedX = tiedPairs(byX.sorted);
  const tiedY = tiedPairs(byY.sorted);
  const tiedBoth = tiedPairs(keys);
  const denominator = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
  if (denominator === 0) return Number.NaN;
  return (pairs - tiedX - tiedY + tiedBoth - 2 * discordant) / denominator;
}

/** Keys rank_x·n + rank_y must stay exact integers in a double: n² < 2^53. */
const MAX_KENDALL_PAIRS = Math.floor(Math.sqrt(Number.MAX_SAFE_INTEGER + 1));

/** Runs shorter than this are sorted by insertion before merging. */
const INSERTION_RUN = 16;

/** A sample sorted ascending, and order[k] = the index in the sample of sorted[k]. */
interface SortedSample {
  sorted: Float64Array;
  order: Uint32Array;
}

function pairCount(x: ArrayLike<number>, y: ArrayLike<number>, caller: string): number {
  if (x.length !== y.length) {
    throw new RangeError(
      `${caller}: x has ${x.length} values and y has ${y.length}; allowed: samples of equal length`,
    );
  }
  return x.length;
}

/**
 * Merge sort of the values carrying their indices along (the order among equal values does
 * not matter: ties share a rank). Keys and indices move in
 * parallel arrays so that every pass reads memory in order; sorting indices through a
 * comparator reads the values at random and measured two to three times slower on 10^5.
 */
function sortWithOrder(values: ArrayLike<number>, name: string, caller: string): SortedSample {
  const n = values.length;
  let sorted = new Float64Array(values);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(sorted[i])) {
      throw new RangeError(`${caller}: ${name}[${i}] is NaN; allowed: numbers`);
    }
    order[i] = i;
  }
  for (let lo = 0; lo < n; lo += INSERTION_RUN) {
    const hi = Math.min(lo + INSERTION_RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const key = sorted[i];
      const index = order[i];
      let j = i - 1;
      for (; j >= lo && sorted[j] > key; j--) {
        sorted[j + 1] = sorted[j];
        order[j + 1] = order[j];
      }
      sorted[j + 1] = key;
      order[j + 1] = index;
    }
  }
  let nextSorted = new Float64Array(n);
  let nextOrder = new Uint32Array(n);
  for (let width = INSERTION_RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      for (let k = lo; k < hi; k++) {
        const fromLeft = b >= hi || (a < mid && sorted[a] <= sorted[b]);
        const from = fromLeft ? a++ : b++;
        nextSorted[k] = sorted[from];
        nextOrder[k] = order[from];
      }
    }
    [sorted, nextSorted] = [nextSorted, sorted];
    [order, nextOrder] = [nextOrder, order];
  }
  return { sorted, order };
}

/** Each value's 1-based rank, ties sharing the average of the ranks they span. */
function averageRanks({ sorted, order }: SortedSample): Float64Array {
  const n = sorted.length;
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    const average = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) ranks[order[k]] = average;
    i = j;
  }
  return ranks;
}

/** Each value's 0-based rank, ties sharing the lowest rank of their run: an order-keeping integer. */
function runStarts({ sorted, order }: SortedSample): Uint32Array {
  const n = sorted.length;
  const ranks = new Uint32Array(n);
  for (let k = 0, start = 0; k < n; k++) {
    if (sorted[k] !== sorted[start]) start = k;
    ranks[order[k]] = start;
  }
  return ranks;
}

/** Σ t(t − 1)/2 over the runs of equal values of a sorted array. */
function tiedPairs(sorted: Float64Array): number {
  let total = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    total += ((j - i) * (j - i - 1)) / 2;
    i = j;
  }
  return total;
}
