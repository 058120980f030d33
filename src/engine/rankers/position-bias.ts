import { pow } from "../../deterministic/exact-math.js";

/**
 * Attention by position: a slot shows the video ranked r (1-based) with weight r^α
 * (T-RECS and Chaney et al. 2018 use α = −0.8). This is where a ranking score becomes
 * visibility: the top of the list is seen most, the tail now and then.
 */
export class PositionBias {
  private readonly cumulative: Float64Array;

  constructor(length: number, alpha: number) {
    this.cumulative = new Float64Array(Math.max(1, length));
    let sum = 0;
    for (let r = 0; r < this.cumulative.length; r++) {
      sum += pow(r + 1, alpha);
      this.cumulative[r] = sum;
    }
  }

  /** A rank in [0, count) drawn with weight (rank + 1)^α, from one uniform draw u. */
  rank(u: number, count: number): number {
    const cumulative = this.cumulative;
    const target = u * cumulative[count - 1];
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
