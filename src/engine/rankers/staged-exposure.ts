import { pow } from "../../deterministic/exact-math.js";
import { REASONS } from "../types.js";
import { type FeedContext, type Ranker, TRIES } from "./feed-context.js";
import { chosen, pickUniform, unseen } from "./sources.js";

const TEST_POOL = REASONS.indexOf("test-pool");
const EXPLORATION = REASONS.indexOf("exploration");
/** Stage value of a video that failed its pool and is no longer distributed. */
const RETIRED = 255;

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

  constructor(private readonly ctx: FeedContext) {}

  private poolSize(stage: number): number {
    const { staged } = this.ctx.scenario.feed;
    return Math.max(
      1,
      Math.round(staged.testPool * this.ctx.pop.users * pow(staged.growth, stage)),
    );
  }

  prepare(): void {
    const { videos, liveStart } = this.ctx;
    const live = videos.count - liveStart;
    if (this.open.length < live) {
      this.open = new Int32Array(live * 2);
      this.cumulative = new Float64Array(live * 2);
    }
    let sum = 0;
    this.openCount = 0;
    for (let v = liveStart; v < videos.count; v++) {
      if (videos.stage[v] === RETIRED) continue;
      const remaining = this.poolSize(videos.stage[v]) - videos.stageImpressions[v];
      if (remaining <= 0) continue;
      sum += remaining;
      this.open[this.openCount] = v;
      this.cumulative[this.openCount++] = sum;
    }
  }

  pick(user: number): number {
    const n = this.openCount;
    if (n > 0) {
      const total = this.cumulative[n - 1];
      for (let i = 0; i < TRIES; i++) {
        const target = this.ctx.random() * total;
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (this.cumulative[mid] > target) hi = mid;
          else lo = mid + 1;
        }
        const video = this.open[lo];
        if (this.ctx.videos.stage[video] !== RETIRED && unseen(this.ctx, user, video))
          return chosen(this.ctx, video, TEST_POOL);
      }
    }
    return pickUniform(this.ctx, user, EXPLORATION);
  }

  onImpression(video: number, liked: boolean): void {
    const videos = this.ctx.videos;
    const stage = videos.stage[video];
    if (stage === RETIRED) return;
    const seen = ++videos.stageImpressions[video];
    if (liked) videos.stageLikes[video]++;
    if (seen < this.poolSize(stage)) return;
    const { staged } = this.ctx.scenario.feed;
    const promoted =
      videos.stageLikes[video] / seen >= staged.likeRateBar && stage < staged.maxStage;
    videos.stage[video] = promoted ? stage + 1 : RETIRED;
    videos.stageImpressions[video] = 0;
    videos.stageLikes[video] = 0;
  }
}
