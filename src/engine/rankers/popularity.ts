import { declareState } from "../state/layout.js";
import { REASONS } from "../types.js";
import { type FeedContext, type Pick, type Ranker, visibleLikes } from "./feed-context.js";
import { pickAmong } from "./sources.js";

const POPULAR = REASONS.indexOf("popular");

/**
 * A Pólya urn: each eligible video is in the urn once plus once per visible like, so a
 * uniform draw picks it with chance ∝ likes + 1, and every like is seen by the next draw.
 */
export class ProportionalPopularity implements Ranker {
  /** Rebuilt from the like counts at every `prepare`. */
  urn = new Int32Array(1024);
  private size = 0;
  readonly layout = declareState<ProportionalPopularity>({ scratch: ["urn"] });

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

  /** Draws from the urn until a video the user has not seen comes up; no fallback after TRIES. */
  pick(user: number, out: Pick): void {
    pickAmong(this.ctx, user, this.urn, this.size, POPULAR, out);
  }

  onLike(video: number): void {
    this.put(video);
  }
}
