/**
 * The little linear algebra the perturbation kernel needs: a weighted covariance and a
 * Cholesky factor, on plain arrays (a handful of parameters, so no library is worth it).
 */
export type Matrix = number[][];

/** Weighted mean and covariance Σ w (x − m)(x − m)ᵀ of points, with weights summing to 1. */
export function weightedCovariance(
  points: readonly (readonly number[])[],
  weights: readonly number[],
): { mean: number[]; covariance: Matrix } {
  const d = points[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  points.forEach((x, i) => {
    for (let a = 0; a < d; a++) mean[a] += weights[i] * x[a];
  });
  const covariance = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  points.forEach((x, i) => {
    for (let a = 0; a < d; a++) {
      for (let b = 0; b <= a; b++)
        covariance[a][b] += weights[i] * (x[a] - mean[a]) * (x[b] - mean[b]);
    }
  });
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) covariance[b][a] = covariance[a][b];
  return { mean, covariance };
}

/**
 * The lower-triangular L with L·Lᵀ = A, for a symmetric positive-definite A; undefined when
 * A is not (a zero or negative pivot).
 */
export function cholesky(a: Matrix): Matrix | undefined {
  const d = a.length;
  const l = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > 0)) return undefined;
        l[i][i] = Math.sqrt(sum);
      } else {
        l[i][j] = sum / l[j][j];
      }
    }
  }
  return l;
}

/** y with L·y = b, for a lower-triangular L. */
export function solveLower(l: Matrix, b: readonly number[]): number[] {
  const y = new Array<number>(b.length);
  for (let i = 0; i < b.length; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * y[k];
    y[i] = sum / l[i][i];
  }
  return y;
}
