/**
 * Inequality of non-negative amounts (likes per video, likes per creator): the Gini
 * coefficient, the Lorenz curve and the share held by the top items. All three read the
 * amounts sorted ascending; `sortedAmounts` makes that copy once for callers that want
 * several of them (`giniSorted`, `topShareSorted`).
 *
 * Conventions shared by all three:
 * - Amounts must be finite and ≥ 0. A negative like count is a bug upstream, and letting it
 *   through would give a Gini outside [0, 1], so it throws instead.
 * - No amounts at all gives NaN (or empty curves): inequality of nobody is undefined.
 * - Amounts that are all zero count as perfect equality (Gini 0, top share k/n, the Lorenz
 *   diagonal), so the first ticks of a run, before any like, read as equal rather than as
 *   gaps in the series.
 */

/** An ascending copy of the amounts; the input is left untouched. Throws on a bad amount. */
export function sortedAmounts(values: ArrayLike<number>, caller = "sortedAmounts"): Float64Array {
  const sorted = new Float64Array(values);
  sorted.sort();
  // After sorting, NaN sits at the end and negatives at the start: two reads check it all.
  const n = sorted.length;
  if (n > 0 && !(sorted[0] >= 0 && Number.isFinite(sorted[n - 1]))) {
    for (let i = 0; i < values.length; i++) {
      const x = values[i];
      if (!(x >= 0) || !Number.isFinite(x)) throw badAmount(caller, i, x);
    }
  }
  return sorted;
}

/**
 * Gini coefficient of the amounts: G = Σ(2i − n − 1)·x_i / (n·Σx) over the amounts sorted
 * ascending, i = 1..n. Unitless, 0 when all are equal, (n − 1)/n when one item holds
 * everything (the population Gini, without the n/(n − 1) small-sample correction).
 * NaN for no amounts, 0 when all are zero. Allocates one sorted copy.
 */
export function gini(values: ArrayLike<number>): number {
  return giniSorted(sortedAmounts(values, "gini"));
}

/** `gini` for amounts the caller has already sorted ascending (checked). */
export function giniSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const total = sortedTotal(sorted, "giniSorted");
  if (total === 0) return 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (2 * i + 1 - n) * sorted[i];
  return weighted / (n * total);
}

/**
 * Lorenz curve: after sorting the amounts ascending, point k (k = 0..n) is the share of
 * items x_k = k/n against their share of the total y_k = (x_1 + … + x_k)/Σx. Starts at
 * (0, 0), ends at (1, 1). With `points` (≥ 2) it keeps that many points, evenly spaced in
 * k and still including both ends; with fewer amounts than that it keeps all n + 1.
 * Empty input gives empty arrays; all zeros give the diagonal.
 */
export function lorenz(
  values: ArrayLike<number>,
  points?: number,
): { x: Float64Array; y: Float64Array } {
  if (points !== undefined && !(Number.isInteger(points) && points >= 2)) {
    throw new RangeError(`lorenz: points is ${points}; allowed: a whole number ≥ 2`);
  }
  const sorted = sortedAmounts(values, "lorenz");
  const n = sorted.length;
  if (n === 0) return { x: new Float64Array(0), y: new Float64Array(0) };
  const total = sortedTotal(sorted, "lorenz");
  const count = points === undefined ? n + 1 : Math.min(points, n + 1);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  let k = 0;
  let cumulative = 0;
  for (let j = 0; j < count; j++) {
    const target = Math.round((j * n) / (count - 1));
    while (k < target) cumulative += sorted[k++];
    x[j] = k / n;
    y[j] = total === 0 ? k / n : cumulative / total;
  }
  return { x, y };
}

/**
 * Share of the total held by the top ceil(fraction·n) items (at least one): top1Share is
 * fraction 0.01. Unitless in [k/n, 1]. NaN for no amounts, k/n when all are zero.
 * `fraction` must be in (0, 1].
 */
export function topShare(values: ArrayLike<number>, fraction: number): number {
  checkFraction(fraction);
  return topShareSorted(sortedAmounts(values, "topShare"), fraction);
}

/** `topShare` for amounts the caller has already sorted ascending. */
export function topShareSorted(sorted: ArrayLike<number>, fraction: number): number {
  checkFraction(fraction);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  // 0.07 * 100 is 7.000000000000001 in floating point; without the nudge it would take 8.
  const k = Math.max(1, Math.ceil(fraction * n - 1e-9));
  const total = sortedTotal(sorted, "topShareSorted");
  let top = 0;
  for (let i = n - k; i < n; i++) top += sorted[i];
  return total === 0 ? k / n : top / total;
}

/** Σ of amounts sorted ascending, checking that the first is ≥ 0, each next one ≥ the one before and the sum finite. */
function sortedTotal(sorted: ArrayLike<number>, caller: string): number {
  let total = 0;
  let previous = 0;
  for (let i = 0; i < sorted.length; i++) {
    const x = sorted[i];
    if (!(x >= previous)) throw outOfOrder(caller, i, x);
    total += x;
    previous = x;
  }
  if (!Number.isFinite(total))
    throw badAmount(caller, sorted.length - 1, sorted[sorted.length - 1]);
  return total;
}

function checkFraction(fraction: number): void {
  if (!(fraction > 0 && fraction <= 1)) {
    throw new RangeError(`topShare: fraction is ${fraction}; allowed: a number in (0, 1]`);
  }
}

function badAmount(caller: string, index: number, value: number): RangeError {
  return new RangeError(
    `${caller}: values[${index}] is ${value}; allowed: finite amounts ≥ 0 (counts, likes)`,
  );
}

/** A sorted caller's check: the first amount must be ≥ 0, each next one ≥ the one before. */
function outOfOrder(caller: string, index: number, value: number): RangeError {
  if (index === 0) return badAmount(caller, index, value);
  return new RangeError(
    `${caller}: values[${index}] is ${value}, below the value before it (or NaN); ` +
      "allowed: amounts sorted ascending (use sortedAmounts)",
  );
}
