import { REASONS } from "../types.js";
import { type FeedContext, type Ranker, TRIES, visibleLikes } from "./feed-context.js";
import { PositionBias } from "./position-bias.js";
import { RankedList } from "./ranked-list.js";
import { pickUniform, unseen } from "./sources.js";

const POPULAR = REASONS.indexOf("popular");
const EXPLORATION = REASONS.indexOf("exploration");

/** Most liked first: the visible like count ranks, and position bias turns rank into views. */
export class RankedPopularity implements Ranker {
  private readonly list: RankedList;
  private readonly bias: PositionBias;

  constructor(private readonly ctx: FeedContext) {
    this.list = new RankedList(ctx.scenario.feed.candidates);
    this.bias = new PositionBias(ctx.scenario.feed.candidates, ctx.scenario.feed.positionBias);
  }

  prepare(): void {
    const { videos, liveStart } = this.ctx;
    this.list.clear();
    for (let v = liveStart; v < videos.count; v++) this.list.offer(v, visibleLikes(videos, v));
    this.list.finish();
  }

  pick(user: number): number {
    const video = this.list.pick(this.ctx, user, this.bias, POPULAR);
    return video >= 0 ? video : pickUniform(this.ctx, user, EXPLORATION);
  }
}

/**
 * A Pólya urn: each eligible video is in the urn once plus once per visible like, so a
 * uniform draw picks it with chance ∝ likes + 1, and every like is seen by the next draw.
 */
export class ProportionalPopularity implements Ranker {
  private urn = new Int32Array(1024);
  private size = 0;

  constructor(private readonly ctx: FeedContext) {}

  private put(video: number): void {
    if (this.size === this.urn.length) {
      const grown = new Int32Array(this.urn.length * 2);
      grown.set(this.urn);
      this.urn = grown;
    }
    this.urn[this.size++] = video;
  }

  prepare(): void {
    const { videos, liveStart } = this.ctx;
    this.size = 0;
    for (let v = liveStart; v < videos.count; v++) {
      for (let k = visibleLikes(videos, v); k >= 0; k--) this.put(v);
    }
  }

  pick(user: number): number {
    if (this.size === 0) return -1;
    for (let i = 0; i < TRIES; i++) {
      const video = this.urn[Math.floor(this.ctx.random() * this.size)];
      if (unseen(this.ctx, user, video)) {
        this.ctx.reason = POPULAR;
        this.ctx.via = -1;
        this.ctx.viaKind = -1;
        return video;
      }
    }
    return -1;
  }

  onLike(video: number): void {
    this.put(video);
  }
}
