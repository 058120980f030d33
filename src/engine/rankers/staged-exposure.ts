import { pow } from "../../deterministic/exact-math.js";
import { declareState } from "../state/layout.js";
import { REASONS } from "../types.js";
import { type FeedContext, type Pick, type Ranker, TRIES } from "./feed-context.js";
import { pickUniform, unseen } from "./sources.js";
import { VideoColumn } from "./video-column.js";
import { WeightTree } from "./weight-tree.js";

const TEST_POOL = REASONS.indexOf("test-pool");
const FALLBACK = REASONS.indexOf("fallback");
const NO_POOL = REASONS.indexOf("no-pool");
/** Stage value of a video that failed its pool and is no longer distributed. */
export const RETIRED = 255;

/**
 * Staged exposure as short-video platforms describe it: every new video is shown to a test
 * pool of `testPool × users` viewers; when the pool is used up, a like rate at or above the
 * bar promotes it to a pool `growth` times larger, otherwise it stops being distributed.
 * Slots go to open pools in proportion to the impressions they still need, counted as they
 * happen: a promotion or a retirement changes the video's share of the very next slot.
 */
export class StagedExposureRanker implements Ranker {
  /** Each video's stage (RETIRED once it failed), and its impressions and likes there. */
  readonly stage = new VideoColumn(Uint8Array);
  readonly stageImpressions = new VideoColumn(Uint32Array);
  readonly stageLikes = new VideoColumn(Uint32Array);
  /** Impressions each live video's pool still needs, slot v − liveStart. */
  readonly needs = new WeightTree();
  scratch = new Float64Array(1024);
  /** The stages persist; the pools' needs are rebuilt from them every tick. */
  readonly layout = declareState<StagedExposureRanker>({
    scratch: ["scratch"],
    parts: {
      stage: VideoColumn.layout,
      stageImpressions: VideoColumn.layout,
      stageLikes: VideoColumn.layout,
      needs: WeightTree.layout,
    },
  });
  private liveStart = 0;
  private liveEnd = 0;

  constructor(private readonly ctx: FeedContext) {}

  /** The impressions of a pool at `stage`: a share of all users, at least one. */
  poolSize(stage: number): number {
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

  /** Impressions the video's open pool still needs (0 when retired). */
  remaining(video: number): number {
    const s = this.stage.values[video];
    return s === RETIRED ? 0 : this.poolSize(s) - this.stageImpressions.values[video];
  }

  prepare(): void {
    const { videos, liveStart } = this.ctx;
    this.stage.fit(videos.count);
    this.stageImpressions.fit(videos.count);
    this.stageLikes.fit(videos.count);
    const live = videos.count - liveStart;
    if (this.scratch.length < live) this.scratch = new Float64Array(2 * live);
    for (let i = 0; i < live; i++) this.scratch[i] = Math.max(0, this.remaining(liveStart + i));
    this.needs.reset(this.scratch, live);
    this.liveStart = liveStart;
    this.liveEnd = videos.count;
  }

  pick(user: number, out: Pick): void {
    const total = this.needs.total();
    if (total <= 0) {
      pickUniform(this.ctx, user, NO_POOL, out);
      return;
    }
    for (let i = 0; i < TRIES; i++) {
      const video = this.liveStart + this.needs.find(this.ctx.ranking() * total);
      if (unseen(this.ctx, user, video)) {
        out.set(video, TEST_POOL);
        return;
      }
    }
    pickUniform(this.ctx, user, FALLBACK, out);
  }

  /** Likes taken away no longer count toward the video's stage. */
  onLikesRemoved(video: number, likes: number): void {
    const values = this.stageLikes.values;
    if (video < values.length) values[video] = Math.max(0, values[video] - likes);
  }

  /** Every impression counts toward the video's pool, whatever brought it. */
  onImpression(_user: number, video: number, liked: boolean): void {
    const stage = this.stage.values;
    const s = stage[video];
    if (s === RETIRED || video < this.liveStart || video >= this.liveEnd) return;
    const slot = video - this.liveStart;
    const seen = ++this.stageImpressions.values[video];
    if (liked) this.stageLikes.values[video]++;
    const size = this.poolSize(s);
    if (seen < size) {
      this.needs.add(slot, -1);
      return;
    }
    const { staged } = this.ctx.scenario.feed;
    const promoted =
      this.stageLikes.values[video] / seen >= staged.likeRateBar && s < staged.maxStage;
    stage[video] = promoted ? s + 1 : RETIRED;
    this.stageImpressions.values[video] = 0;
    this.stageLikes.values[video] = 0;
    // The last needed impression is in; the next pool, if any, opens now.
    this.needs.add(slot, -1 + (promoted ? this.poolSize(s + 1) : 0));
  }
}
