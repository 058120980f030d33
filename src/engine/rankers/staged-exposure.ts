import { pow } from "../../deterministic/exact-math.js";
import { REASONS } from "../types.js";
import { type FeedContext, type Pick, type Ranker, TRIES } from "./feed-context.js";
import { pickUniform, unseen } from "./sources.js";
import { VideoColumn } from "./video-column.js";

const TEST_POOL = REASONS.indexOf("test-pool");
const FALLBACK = REASONS.indexOf("fallback");
const NO_POOL = REASONS.indexOf("no-pool");
/** Stage value of a video that failed its pool and is no longer distributed. */
export const RETIRED = 255;

/**
 * Staged exposure as short-video platforms describe it: every new video is shown to a small
 * test pool; when the pool is used up, a like rate above the bar promotes it to a pool
 * `growth` times larger, otherwise it stops being distributed. Slots go to open pools in
 * proportion to the impressions they still need.
 */
export class StagedExposureRanker implements Ranker {
  private open = new Int32Array(256);
  private cumulative = new Float64Array(256);
  private openCount = 0;
  /** Each video's stage (RETIRED once it failed), and its impressions and likes there. */
  private readonly stage = new VideoColumn(Uint8Array);
  private readonly stageImpressions = new VideoColumn(Uint32Array);
  private readonly stageLikes = new VideoColumn(Uint32Array);

  constructor(private readonly ctx: FeedContext) {}

  private poolSize(stage: number): number {
    const { staged } = this.ctx.scenario.feed;
    return Math.max(
      1,
      Math.round(staged.testPool * this.ctx.pop.users * pow(staged.growth, stage)),
    );
  }

  /** The stage a video is in (0 for its test pool), or RETIRED. */
  stageOf(video: number): number {
    return this.stage.values[video];
  }

  prepare(): void {
    const { videos, liveStart } = this.ctx;
    const stage = this.stage.fit(videos.count);
    const impressions = this.stageImpressions.fit(videos.count);
    this.stageLikes.fit(videos.count);
    const live = videos.count - liveStart;
    if (this.open.length < live) {
      this.open = new Int32Array(live * 2);
      this.cumulative = new Float64Array(live * 2);
    }
    let sum = 0;
    this.openCount = 0;
    for (let v = liveStart; v < videos.count; v++) {
      if (stage[v] === RETIRED) continue;
      const remaining = this.poolSize(stage[v]) - impressions[v];
      if (remaining <= 0) continue;
      sum += remaining;
      this.open[this.openCount] = v;
      this.cumulative[this.openCount++] = sum;
    }
  }

  pick(user: number, out: Pick): void {
    const n = this.openCount;
    if (n === 0) {
      pickUniform(this.ctx, user, NO_POOL, out);
      return;
    }
    const total = this.cumulative[n - 1];
    for (let i = 0; i < TRIES; i++) {
      const target = this.ctx.ranking() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cumulative[mid] > target) hi = mid;
        else lo = mid + 1;
      }
      const video = this.open[lo];
      if (this.stage.values[video] !== RETIRED && unseen(this.ctx, user, video)) {
        out.set(video, TEST_POOL);
        return;
      }
    }
    pickUniform(this.ctx, user, FALLBACK, out);
  }

  onImpression(_user: number, video: number, liked: boolean): void {
    const stage = this.stage.values;
    const s = stage[video];
    if (s === RETIRED) return;
    const seen = ++this.stageImpressions.values[video];
    if (liked) this.stageLikes.values[video]++;
    if (seen < this.poolSize(s)) return;
    const { staged } = this.ctx.scenario.feed;
    const promoted =
      this.stageLikes.values[video] / seen >= staged.likeRateBar && s < staged.maxStage;
    stage[video] = promoted ? s + 1 : RETIRED;
    this.stageImpressions.values[video] = 0;
    this.stageLikes.values[video] = 0;
  }
}
