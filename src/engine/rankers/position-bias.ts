import { pow } from "../../deterministic/exact-math.js";
import { declareState } from "../state/layout.js";

/**
 * Attention by position: a slot shows the video ranked r (1-based) with weight r^α
 * (T-RECS and Chaney et al. 2018 use α = −0.8). This is where a ranking score becomes
 * visibility: the top of the list is seen most, the tail now and then.
 */
export class PositionBias {
  cumulative = new Float64Array(0);
  /**
   * A guide table (Chen and Asau 1974): guide[k] is the first rank whose cumulative weight
   * exceeds k / perUnit, so a draw starts its search a step or two from its rank.
   */
  guide = new Int32Array(0);
  private perUnit = 0;

  /** Tables of the ranks' weights, the same whenever they are grown: nothing to save. */
  static readonly layout = declareState<PositionBias>({ scratch: ["cumulative", "guide"] });

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
    this.guide = new Int32Array(grown.length);
    this.perUnit = grown.length / sum;
    let rank = 0;
    for (let k = 0; k < this.guide.length; k++) {
      while (rank < grown.length - 1 && grown[rank] <= k / this.perUnit) rank++;
      this.guide[k] = rank;
    }
  }

  /**
   * A rank in [0, count) drawn with weight (rank + 1)^α, from one uniform draw u: the first
   * rank whose cumulative weight exceeds u × the total of the first `count`. The guide only
   * says where to start; the walks make the answer exact, whatever rounding did to it.
   */
  rank(u: number, count: number): number {
    const cumulative = this.cumulative;
    const target = u * cumulative[count - 1];
    let rank = this.guide[Math.min(this.guide.length - 1, Math.floor(target * this.perUnit))];
    while (rank > 0 && cumulative[rank - 1] > target) rank--;
    while (cumulative[rank] <= target) rank++;
    return rank;
  }
}
