import { declareState } from "./state/layout.js";
import type { FeedTrace, LikeEvents } from "./types.js";

const TRACE_LENGTH = 64;
const LIKE_EVENTS_PER_TICK = 4096;

/** The last impressions of one chosen user, kept in a ring for the feed view. */
export class FeedTraceRecorder {
  readonly video = new Int32Array(TRACE_LENGTH);
  readonly reason = new Uint8Array(TRACE_LENGTH);
  readonly liked = new Uint8Array(TRACE_LENGTH);
  readonly tick = new Int32Array(TRACE_LENGTH);
  next = 0;
  count = 0;

  static readonly layout = declareState<FeedTraceRecorder>({
    arrays: ["video", "reason", "liked", "tick"],
    numbers: ["next", "count", "user"],
  });

  constructor(public user: number) {}

  record(video: number, reason: number, liked: boolean, tick: number): void {
    const i = this.next;
    this.video[i] = video;
    this.reason[i] = reason;
    this.liked[i] = liked ? 1 : 0;
    this.tick[i] = tick;
    this.next = (i + 1) % TRACE_LENGTH;
    if (this.count < TRACE_LENGTH) this.count++;
  }

  /** Copies, oldest first. */
  copy(): FeedTrace {
    const n = this.count;
    const out: FeedTrace = {
      user: this.user,
      count: n,
      video: new Int32Array(n),
      reason: new Uint8Array(n),
      liked: new Uint8Array(n),
      tick: new Int32Array(n),
    };
    const start = (this.next - n + TRACE_LENGTH) % TRACE_LENGTH;
    for (let k = 0; k < n; k++) {
      const i = (start + k) % TRACE_LENGTH;
      out.video[k] = this.video[i];
      out.reason[k] = this.reason[i];
      out.liked[k] = this.liked[i];
      out.tick[k] = this.tick[i];
    }
    return out;
  }
}

/** The likes of the current tick, up to a bound, for the network view's pulses. */
export class LikeEventRecorder {
  readonly liker = new Int32Array(LIKE_EVENTS_PER_TICK);
  readonly video = new Int32Array(LIKE_EVENTS_PER_TICK);
  readonly via = new Int32Array(LIKE_EVENTS_PER_TICK);
  count = 0;

  static readonly layout = declareState<LikeEventRecorder>({
    arrays: ["liker", "video", "via"],
    numbers: ["count"],
  });

  clear(): void {
    this.count = 0;
  }

  record(liker: number, video: number, via: number): void {
    if (this.count === LIKE_EVENTS_PER_TICK) return;
    this.liker[this.count] = liker;
    this.video[this.count] = video;
    this.via[this.count++] = via;
  }

  copy(): LikeEvents {
    return {
      count: this.count,
      liker: this.liker.slice(0, this.count),
      video: this.video.slice(0, this.count),
      via: this.via.slice(0, this.count),
    };
  }
}
