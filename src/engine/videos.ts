import { log1p } from "../deterministic/exact-math.js";
import { type Column, declareState, fieldsOf } from "./state/layout.js";

/** The per-video columns, declared once: growth, save and restore and the byte count read them. */
const VIDEO_COLUMNS = [
  "creator",
  "topic",
  "quality",
  "postedAt",
  "impressions",
  "likes",
  "botLikes",
  "logLikes",
  "shares",
  "comments",
  "negatives",
  "socialLikes",
  "viralAt",
  "impressionsBefore",
] as const satisfies readonly (keyof VideoStore)[];

/** log(1 + n) for the like counts most videos have, computed once (the same values, no log per like). */
const LOG_TABLE = Float32Array.from({ length: 4096 }, (_, n) => log1p(n));

/**
 * Every video ever posted in one world, as structs of arrays indexed by video id. Ids are
 * given in posting order, so the videos still eligible for feeds are one contiguous range.
 * Arrays grow by doubling: memory grows with the videos posted, and with nothing else. What
 * only one ranker reads (trend, stages) is kept by that ranker.
 */
export class VideoStore {
  count = 0;
  capacity: number;
  creator: Int32Array;
  topic: Uint8Array;
  quality: Float32Array;
  postedAt: Int32Array;
  impressions: Uint32Array;
  likes: Uint32Array;
  botLikes: Uint32Array;
  /** log(1 + visible likes), kept current so the like decision need not take a log per view. */
  logLikes: Float32Array;
  shares: Uint32Array;
  comments: Uint32Array;
  negatives: Uint32Array;
  socialLikes: Uint32Array;
  viralAt: Int32Array;
  /** Impressions at the start of the tick, to measure where this tick's went. */
  impressionsBefore: Uint32Array;

  constructor(capacity = 1024) {
    this.capacity = capacity;
    this.creator = new Int32Array(capacity);
    this.topic = new Uint8Array(capacity);
    this.quality = new Float32Array(capacity);
    this.postedAt = new Int32Array(capacity);
    this.impressions = new Uint32Array(capacity);
    this.likes = new Uint32Array(capacity);
    this.botLikes = new Uint32Array(capacity);
    this.logLikes = new Float32Array(capacity);
    this.shares = new Uint32Array(capacity);
    this.comments = new Uint32Array(capacity);
    this.negatives = new Uint32Array(capacity);
    this.socialLikes = new Uint32Array(capacity);
    this.viralAt = new Int32Array(capacity);
    this.impressionsBefore = new Uint32Array(capacity);
  }

  add(creator: number, topic: number, quality: number, tick: number): number {
    if (this.count === this.capacity) this.grow();
    const v = this.count++;
    this.creator[v] = creator;
    this.topic[v] = topic;
    this.quality[v] = quality;
    this.postedAt[v] = tick;
    this.viralAt[v] = -1;
    return v;
  }

  /** Keeps `logLikes` in step after likes or bot likes change. */
  updateLogLikes(video: number): void {
    const n = this.likes[video] + this.botLikes[video];
    this.logLikes[video] = n < LOG_TABLE.length ? LOG_TABLE[n] : log1p(n);
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const fields = fieldsOf(this);
    for (const name of VIDEO_COLUMNS) {
      const old = this[name];
      const grown = new (old.constructor as new (n: number) => Column)(capacity);
      grown.set(old);
      fields[name] = grown;
    }
    this.capacity = capacity;
  }

  static readonly layout = declareState<VideoStore>({
    arrays: VIDEO_COLUMNS,
    grows: VIDEO_COLUMNS,
    numbers: ["count", "capacity"],
  });

  /** Bytes per video, for the memory budget. */
  static readonly BYTES_PER_VIDEO = ((store) =>
    VIDEO_COLUMNS.reduce((sum, name) => sum + store[name].BYTES_PER_ELEMENT, 0))(new VideoStore(1));
}
