import { log } from "../deterministic/exact-math.js";

/**
 * Shannon entropy of counts, in nats (natural log), and the feed-diversity measure built on
 * it: how evenly each user's impressions spread over topics.
 */

/** c · ln c for small whole counts, filled as met: feed diversity takes 10⁶ of them at 10⁵ users. */
const TABLE_SIZE = 4096;
const cLogC = new Float64Array(TABLE_SIZE).fill(Number.NaN);

function timesLog(c: number): number {
  if (c < TABLE_SIZE && Number.isInteger(c)) {
    let value = cLogC[c];
    if (Number.isNaN(value)) {
      value = c * log(c);
      cLogC[c] = value;
    }
    return value;
  }
  return c * log(c);
}

/**
 * Entropy H = −Σ p_i ln p_i of the counts counts[offset .. offset + length), with
 * p_i = c_i / Σc. In nats, 0 when one entry holds every count, ln k when k entries share
 * them equally. NaN when the slice is empty or all zero (no distribution to measure).
 * Counts must be finite and ≥ 0 (they need not be whole).
 */
export function entropy(counts: ArrayLike<number>, offset = 0, length?: number): number {
  const end = length === undefined ? counts.length : offset + length;
  if (!(Number.isInteger(offset) && offset >= 0 && offset <= end && end <= counts.length)) {
    throw new RangeError(
      `entropy: offset ${offset} and length ${length} do not fit in ${counts.length} counts; ` +
        "allowed: whole numbers with 0 ≤ offset ≤ offset + length ≤ counts.length",
    );
  }
  // H = ln T − (1/T) Σ c ln c: one pass, no division per entry.
  let total = 0;
  let weighted = 0;
  for (let i = offset; i < end; i++) {
    const c = counts[i];
    if (!(c >= 0 && c < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`entropy: counts[${i}] is ${c}; allowed: finite counts ≥ 0`);
    }
    if (c > 0) {
      total += c;
      weighted += timesLog(c);
    }
  }
  if (total === 0) return Number.NaN;
  // Rounding can leave −1e−16 for a single nonzero entry; entropy is never negative.
  return Math.max(0, log(total) - weighted / total);
}

/**
 * Feed diversity: the mean, over rows with at least one count, of the row's entropy divided
 * by ln(cols), its largest possible value. `counts` is a rows × cols matrix in row-major
 * order (row = user, column = topic). Unitless in [0, 1]: 1 when every such row spreads
 * evenly over all columns. NaN when no row has a count; 0 when cols is 1 (a single topic
 * leaves no room for diversity).
 */
export function meanNormalizedEntropy(
  counts: Uint32Array | Float64Array,
  rows: number,
  cols: number,
): number {
  if (!(Number.isInteger(rows) && rows >= 0 && Number.isInteger(cols) && cols >= 1)) {
    throw new RangeError(
      `meanNormalizedEntropy: rows ${rows}, cols ${cols}; allowed: whole numbers, rows ≥ 0, cols ≥ 1`,
    );
  }
  if (counts.length < rows * cols) {
    throw new RangeError(
      `meanNormalizedEntropy: counts has ${counts.length} entries; allowed: at least rows × cols = ${rows * cols}`,
    );
  }
  const maximum = log(cols);
  let sum = 0;
  let measured = 0;
  for (let r = 0; r < rows; r++) {
    const h = entropy(counts, r * cols, cols);
    if (Number.isNaN(h)) continue;
    sum += cols === 1 ? 0 : h / maximum;
    measured++;
  }
  return measured === 0 ? Number.NaN : sum / measured;
}
