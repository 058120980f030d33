/**
 * log, exp and pow from IEEE-754 additions, multiplications and divisions only, which every
 * JavaScript engine rounds the same way. Math.log, Math.exp and `**` are left to each engine:
 * Node 20's V8 and Chromium's differ in the last bit on a few percent of inputs, which is
 * enough to break "same scenario and seed, same numbers, in Node and in Chromium". Accurate
 * to about one unit in the last place; the model needs agreement, not correct rounding.
 */

// One double seen as two 32-bit words; HIGH is the word with sign and exponent, which
// depends on the platform's byte order (a typed array is faster here than a DataView).
const double = new Float64Array(1);
const words = new Uint32Array(double.buffer);
const HIGH = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;

// ln 2 split so that k · LN2_HI is exact for the |k| < 2¹¹ that doubles can reach.
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = Math.LOG2E;
const SQRT2 = Math.SQRT2;
const SMALLEST_NORMAL = 2.2250738585072014e-308;
const TWO_54 = 18014398509481984;

/** 1/(2k + 1) for k = 11 … 0: atanh's series in Horner order (z^12/25 < 2⁻⁵⁵ for |s| < 0.172). */
const ATANH_SERIES = Float64Array.from({ length: 12 }, (_, i) => 1 / (2 * (11 - i) + 1));
/** 1/n! for n = 14 … 0: exp's Taylor series in Horner order (r^15/15! < 2⁻⁵⁵ for |r| ≤ ln2/2). */
const EXP_SERIES = Float64Array.from({ length: 15 }, (_, i) => {
  let factorial = 1;
  for (let n = 2; n <= 14 - i; n++) factorial *= n;
  return 1 / factorial;
});

/** 2^k for whole k in [−1022, 1023], at index k + 1022: doubling and halving are exact. */
const POWERS_OF_TWO = new Float64Array(2046);
POWERS_OF_TWO[1022] = 1;
for (let k = 1; k <= 1023; k++) POWERS_OF_TWO[1022 + k] = POWERS_OF_TWO[1021 + k] * 2;
for (let k = 1; k <= 1022; k++) POWERS_OF_TWO[1022 - k] = POWERS_OF_TWO[1023 - k] / 2;

function powerOfTwo(k: number): number {
  return POWERS_OF_TWO[k + 1022];
}

/** x · 2^k, exact unless the result is subnormal. */
function scale(x: number, k: number): number {
  if (k > 1023) return x * powerOfTwo(1023) * powerOfTwo(k - 1023);
  if (k < -1022) return x * powerOfTwo(-1022) * powerOfTwo(Math.max(k + 1022, -1022));
  return x * powerOfTwo(k);
}

export function exp(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x > 709.782712893384) return Number.POSITIVE_INFINITY;
  if (x < -745.1332191019412) return 0;
  // x = k·ln2 + r with |r| ≤ ln2/2, then exp(r) by its Taylor series.
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let sum = 0;
  for (let i = 0; i < EXP_SERIES.length; i++) sum = sum * r + EXP_SERIES[i];
  return scale(sum, k);
}

export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  let e = 0;
  if (x < SMALLEST_NORMAL) {
    x *= TWO_54;
    e = -54;
  }
  // x = m · 2^e with m in [√½, √2); log m = 2·atanh(s), s = (m − 1)/(m + 1), |s| < 0.172.
  double[0] = x;
  const high = words[HIGH];
  e += (high >>> 20) - 1023;
  words[HIGH] = (high & 0x000fffff) | 0x3ff00000;
  let m = double[0];
  if (m > SQRT2) {
    m /= 2;
    e++;
  }
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  let series = 0;
  for (let i = 0; i < ATANH_SERIES.length; i++) series = ATANH_SERIES[i] + z * series;
  return e * LN2_HI + (2 * s * series + e * LN2_LO);
}

/** log(1 + x), accurate for small x too (Goldberg's correction). */
export function log1p(x: number): number {
  const u = 1 + x;
  if (u === 1) return x;
  if (u === Number.POSITIVE_INFINITY) return u;
  return (log(u) * x) / (u - 1);
}

export function log10(x: number): number {
  return log(x) / Math.LN10;
}

/** x^y for x ≥ 0 (all the model needs). */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x === 0) return y > 0 ? 0 : Number.POSITIVE_INFINITY;
  if (x < 0) return Number.NaN;
  return exp(y * log(x));
}
