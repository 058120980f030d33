import { pow } from "../deterministic/exact-math.js";

/**
 * The Hurwitz zeta function ζ(s, q) = Σ_{k≥0} (q + k)^−s, for s > 1 and q > 0: the
 * normalising constant of a discrete power law from q, P(X = x) = x^−α / ζ(α, q).
 *
 * Euler–Maclaurin summation: add the first terms directly until a = q + N ≥ max(15, 2s), then
 * the tail as an integral plus Bernoulli corrections,
 *   Σ_{k≥N} (q + k)^−s ≈ a^(1−s)/(s−1) + a^−s/2 + Σ_j B_2j/(2j)! · s(s+1)…(s+2j−2) · a^(−s−2j+1).
 * With a that large each correction is at most a few percent of the one before, so six of
 * them leave a relative error below 1e−13 (checked against known values in the tests).
 */
export function hurwitzZeta(s: number, q: number): number {
  if (!(s > 1 && q > 0 && Number.isFinite(s) && Number.isFinite(q))) {
    throw new RangeError(`hurwitzZeta: s = ${s}, q = ${q}; allowed: finite s > 1 and q > 0`);
  }
  let sum = 0;
  let a = q;
  const threshold = Math.max(15, 2 * s);
  while (a < threshold) {
    sum += pow(a, -s);
    a += 1;
  }
  const aPowS = pow(a, -s);
  sum += (a * aPowS) / (s - 1) + aPowS / 2;
  const inverseSquare = 1 / (a * a);
  let term = (s * aPowS) / a;
  for (let j = 0; j < BERNOULLI_OVER_FACTORIAL.length; j++) {
    sum += BERNOULLI_OVER_FACTORIAL[j] * term;
    term *= (s + 2 * j + 1) * (s + 2 * j + 2) * inverseSquare;
  }
  return sum;
}

/** B_2j / (2j)! for j = 1..6: 1/12, −1/720, 1/30240, −1/1209600, 1/47900160, −691/1307674368000. */
const BERNOULLI_OVER_FACTORIAL = [
  1 / 12,
  -1 / 720,
  1 / 30240,
  -1 / 1209600,
  1 / 47900160,
  -691 / 1307674368000,
];
