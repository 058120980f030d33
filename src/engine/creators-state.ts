import { pow } from "../deterministic/exact-math.js";
import type { Scenario } from "../scenario/schema.js";

/**
 * Each creator's standing in one world. Validation follows RecSim NG's ecosystem model: a
 * creator remembers its likes discounted by `decay` each tick, and its motivation (the
 * multiplier on its posting rate) is ((1 + remembered) / (1 + expected))^exponent, where
 * `expected` is what steady likes at the expected rate would leave in memory. A creator
 * whose motivation stays under `churnBelow` for `churnAfter` ticks quits.
 */
export class CreatorState {
  readonly remembered: Float64Array;
  readonly motivation: Float32Array;
  readonly active: Uint8Array;
  readonly lowTicks: Int32Array;
  readonly likes: Float64Array;
  readonly likesThisTick: Float64Array;
  readonly posts: Uint32Array;
  private readonly expected: number;

  constructor(
    readonly count: number,
    private readonly settings: Scenario["creators"],
  ) {
    this.expected = settings.expectedLikes / Math.max(1e-9, 1 - settings.decay);
    this.remembered = new Float64Array(count).fill(this.expected);
    this.motivation = new Float32Array(count).fill(Math.min(1, settings.maxMotivation));
    this.active = new Uint8Array(count).fill(1);
    this.lowTicks = new Int32Array(count);
    this.likes = new Float64Array(count);
    this.likesThisTick = new Float64Array(count);
    this.posts = new Uint32Array(count);
  }

  /** Folds this tick's likes into memory and motivation; returns how many creators are active. */
  update(): number {
    const s = this.settings;
    let active = 0;
    for (let c = 0; c < this.count; c++) {
      if (this.active[c] === 0) continue;
      this.remembered[c] = s.decay * this.remembered[c] + this.likesThisTick[c];
      this.likesThisTick[c] = 0;
      const m = pow((1 + this.remembered[c]) / (1 + this.expected), s.motivationExponent);
      this.motivation[c] = Math.min(m, s.maxMotivation);
      if (this.motivation[c] < s.churnBelow) {
        if (++this.lowTicks[c] >= s.churnAfter) this.active[c] = 0;
      } else {
        this.lowTicks[c] = 0;
      }
      active += this.active[c];
    }
    return active;
  }

  meanMotivation(): number {
    let sum = 0;
    let n = 0;
    for (let c = 0; c < this.count; c++) {
      if (this.active[c] === 0) continue;
      sum += this.motivation[c];
      n++;
    }
    return n > 0 ? sum / n : 0;
  }
}
