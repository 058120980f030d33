import { pow } from "../../deterministic/exact-math.js";
import { declareState } from "../state/layout.js";

/**
 * Attention by position: a slot shows the video ranked r (1-based) with weight r^α
 * (T-RECS and Chaney et al. 2018 use α = −0.8). This is where a ranking score becomes
 * visibility: the top of the list is seen most, the tail now and then.
 */
export class PositionBias {
  cumulative = new Float64Array(0);

  /** A table of ranks' weights, the same whenever it is grown: nothing to save. */
  static readonly layout = declareState<PositionBias>({ scratch: ["cumulative"] });

  constructor(private readonly alpha: number) {}

  /** Makes the table reach `length` ranks (growing it by doubling, outside the sessions). */
  fit(length: number): void {
    const old = this.cumulative.length;
    if (length <= old) return;
    const grown = new Float64Array(Math.max(length, 2 * old, 16));
    grown.set(this.cumulative);
    let sum = old > 0 ? this.cumulative[old - 1] : 0;
    for (let r = old; r < grown.length; r++) {
      sum += pow(r + 1, this.alpha);
      grown[r] = sum;
    }
    this.cumulative = grown;
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
