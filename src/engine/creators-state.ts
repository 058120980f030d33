import { pow } from "../deterministic/exact-math.js";
import type { Scenario } from "../scenario/schema.js";
import { declareState } from "./state/layout.js";

/**
 * Each creator's standing in one world. A creator judges each post once, when it is
 * `creators.judgeAfter` ticks old (or at the end of its life, if sooner), by the likes it
 * earned against what it expected for a post: ratio = (1 + likes) / (1 + expectedLikes). Its
 * satisfaction keeps `decay` of its old value and takes the rest from that ratio (RecSim NG's
 * ecosystem model discounts a creator's clicks in the same way, per step); its motivation, the
 * multiplier on its posting rate, is satisfaction^exponent, capped. Every creator starts
 * satisfied (1). Once `gracePosts` of its posts have been judged, a creator whose motivation
 * stays under `churnBelow` for `churnAfter` ticks quits. Creators who join during the run
 * start posting at their tick in `joinsAt`.
 */
export class CreatorState {
  readonly satisfaction: Float64Array;
  readonly motivation: Float32Array;
  /** 1 while a creator posts: joined and not quit. */
  readonly active: Uint8Array;
  readonly quit: Uint8Array;
  readonly lowTicks: Int32Array;
  readonly judged: Uint32Array;
  readonly likes: Float64Array;
  readonly posts: Uint32Array;

  constructor(
    readonly count: number,
    private readonly joinsAt: Int32Array,
    private readonly settings: Scenario["creators"],
  ) {
    this.satisfaction = new Float64Array(count).fill(1);
    this.motivation = new Float32Array(count).fill(Math.min(1, settings.maxMotivation));
    this.active = new Uint8Array(count);
    this.quit = new Uint8Array(count);
    this.lowTicks = new Int32Array(count);
    this.judged = new Uint32Array(count);
    this.likes = new Float64Array(count);
    this.posts = new Uint32Array(count);
  }

  static readonly layout = declareState<CreatorState>({
    arrays: [
      "satisfaction",
      "motivation",
      "active",
      "quit",
      "lowTicks",
      "judged",
      "likes",
      "posts",
    ],
  });

  /** Creators whose joining tick has come start posting (initial ones at tick 0). */
  join(tick: number): void {
    for (let c = 0; c < this.count; c++) {
      if (this.joinsAt[c] === tick && this.quit[c] === 0) this.active[c] = 1;
    }
  }

  /** A post of `creator` earned `likes` by the time it is judged. */
  judge(creator: number, likes: number): void {
    const s = this.settings;
    const ratio = (1 + likes) / (1 + s.expectedLikes);
    this.satisfaction[creator] = s.decay * this.satisfaction[creator] + (1 - s.decay) * ratio;
    this.motivation[creator] = Math.min(
      pow(this.satisfaction[creator], s.motivationExponent),
      s.maxMotivation,
    );
    this.judged[creator]++;
  }

  /** Counts discouraged ticks and lets creators quit; returns how many creators are active. */
  update(): number {
    const s = this.settings;
    let active = 0;
    for (let c = 0; c < this.count; c++) {
      if (this.active[c] === 0) continue;
      if (this.judged[c] >= s.gracePosts && this.motivation[c] < s.churnBelow) {
        if (++this.lowTicks[c] >= s.churnAfter) {
          this.active[c] = 0;
          this.quit[c] = 1;
          continue;
        }
      } else {
        this.lowTicks[c] = 0;
      }
      active++;
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
