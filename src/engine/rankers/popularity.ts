import { REASONS } from "../types.js";
import { type FeedContext, type Ranker, TRIES, visibleLikes } from "./feed-context.js";
import { chosen, unseen } from "./sources.js";

const POPULAR = REASONS.indexOf("popular");

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
      if (unseen(this.ctx, user, video)) return chosen(this.ctx, video, POPULAR);
    }
    return -1;
  }

  onLike(video: number): void {
    this.put(video);
  }
}
