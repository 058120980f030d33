import { type Random, randomNormal } from "../deterministic/random.js";
import { cholesky, type Matrix, solveLower, weightedCovariance } from "./linear-algebra.js";

/**
 * The move of ABC-SMC from one generation to the next: a multivariate normal around a
 * particle of the previous population, with twice that population's weighted covariance
 * (Beaumont, Cornuet, Marin & Robert 2009, Biometrika 96:983, which shows this factor
 * minimises the Kullback–Leibler divergence to the next target). It works in the priors'
 * flat coordinates (log for log-uniform priors).
 */
export class PerturbationKernel {
  private constructor(private readonly lower: Matrix) {}

  /**
   * Fits the kernel to a weighted population. A small ridge (10⁻⁸ of each prior range,
   * squared) keeps the covariance positive-definite when the population has collapsed
   * along some direction, and grows until the factorisation succeeds.
   */
  static fit(
    points: readonly (readonly number[])[],
    weights: readonly number[],
    ranges: readonly (readonly [number, number])[],
  ): PerturbationKernel {
    const { covariance } = weightedCovariance(points, weights);
    for (let ridge = 1e-16; ; ridge *= 100) {
      const doubled = covariance.map((row, a) => {
        const span = ranges[a][1] - ranges[a][0];
        return row.map((value, b) => 2 * value + (a === b ? ridge * span * span : 0));
      });
      const lower = cholesky(doubled);
      if (lower) return new PerturbationKernel(lower);
    }
  }

  /** A draw around `center`. */
  sample(center: readonly number[], random: Random): number[] {
    const d = center.length;
    const xi = Array.from({ length: d }, () => randomNormal(random));
    return center.map((c, i) => {
      let offset = 0;
      for (let k = 0; k <= i; k++) offset += this.lower[i][k] * xi[k];
      return c + offset;
    });
  }

  /**
   * L⁻¹x, where L·Lᵀ is the kernel's covariance: in these coordinates the kernel is a
   * standard normal, so its log density at x around c is −½‖L⁻¹x − L⁻¹c‖² plus a constant
   * shared by every centre. Whitening each point once makes the O(N²) weights cheap.
   */
  whiten(x: readonly number[]): number[] {
    return solveLower(this.lower, x);
  }
}
