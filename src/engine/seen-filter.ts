import { declareState } from "./state/layout.js";

/** Filter bits per impression a user is expected to make while one generation is filled. */
export const BITS_PER_IMPRESSION = 10;
/** Bits set and tested per video in the hashed part of a row, all in one 64-bit block. */
export const HASHES = 4;
/** 32-bit words in a 64-byte cache line. */
const WORDS_PER_LINE = 16;

/** Words in a user's row: whole 64-bit blocks, at least one. */
function rowWords(expected: number): number {
  return 2 * Math.max(1, Math.ceil((BITS_PER_IMPRESSION * expected) / 64));
}

/**
 * Which live videos each user has watched, so that no live video is shown to a user twice.
 * It never forgets a video while the video is live (no false negatives): a repeat view, and
 * so a repeat like, cannot happen. It may wrongly say "seen" for a video the user has not
 * watched (a false positive), which hides that video from the user; docs/model.md gives the
 * measured share.
 *
 * Video ids are given in posting order and the live videos are the range [liveStart, count),
 * so the filter keeps two generations of bits per user: the newest takes the videos posted
 * since it was started, the older one the videos posted before. When every video of the older
 * generation has aged out, it is cleared and becomes the newest (`rotate`), so each
 * generation holds about `content.maxAge` ticks of videos.
 *
 * A user's row has room for BITS_PER_IMPRESSION bits per impression it is expected to make in
 * that time (its activity × the mean session length × the ticks, or the videos expected to be
 * posted if fewer). A video whose offset in its generation is below the row's bit count has
 * its own bit (exact: small worlds and catalogs never hide anything); beyond, it sets HASHES
 * bits of one 64-bit block of the row, the block and the bits chosen by hashing: a blocked
 * Bloom filter (Putze, Sanders and Singler 2007), which touches one cache line per question
 * instead of HASHES.
 */
export class SeenFilter {
  /** Row u of a generation has offset[u + 1] − offset[u] words. */
  readonly offset: Int32Array;
  /**
   * Both generations' rows of a user side by side: user u's words start at 2 × offset[u],
   * generation slot 0 first, then slot 1. One place per user, so a session's questions fall
   * in a few adjacent cache lines (and one memory page) instead of two arrays far apart.
   */
  bits: Int32Array;
  /** The slot (0 or 1) of the newest generation; the older one has the other. */
  newestSlot = 0;
  newestStart = 0;
  olderStart = 0;
  /** Set by `locate`: the bits to test or set are `mask` of bits[word] and `nextMask` of bits[word + 1]. */
  private word = 0;
  private mask = 0;
  private nextMask = 0;
  /** The user and video `locate` last found, so that the add after a has does not search again. */
  private lastUser = -1;
  private lastVideo = -1;

  /** `expected[u]`: the impressions user u is expected to make while a generation fills. */
  constructor(expected: ArrayLike<number>) {
    const users = expected.length;
    this.offset = new Int32Array(users + 1);
    let words = 0;
    for (let u = 0; u < users; u++) {
      this.offset[u] = words;
      words += rowWords(expected[u]);
      if (2 * words > 0x7fffffff) throw new RangeError("seen filter: more than 2³¹ words");
    }
    this.offset[users] = words;
    this.bits = new Int32Array(2 * words);
  }

  /**
   * The place `locate` last found (lastUser, lastVideo, word, masks) is a cache, not state: a
   * restored filter is a new one, whose cache starts empty.
   */
  static readonly layout = declareState<SeenFilter>({
    arrays: ["offset", "bits"],
    numbers: ["newestSlot", "newestStart", "olderStart"],
  });

  /** Bytes per user for `expected` impressions, for the memory budget. */
  static bytesPerUser(expected: number): number {
    return 2 * 4 * (rowWords(expected) + 1) + 4;
  }

  /**
   * Called once a tick after the live range moved: when the older generation holds no live
   * video any more and videos were posted since the newest began, the older one is cleared
   * and takes the videos from `count` on.
   */
  rotate(liveStart: number, count: number): void {
    if (liveStart < this.newestStart || count <= this.newestStart) return;
    const cleared = 1 - this.newestSlot;
    const { offset, bits } = this;
    for (let u = 0; u < offset.length - 1; u++) {
      const words = offset[u + 1] - offset[u];
      const from = 2 * offset[u] + cleared * words;
      bits.fill(0, from, from + words);
    }
    this.olderStart = this.newestStart;
    this.newestSlot = cleared;
    this.newestStart = count;
    this.lastUser = -1;
  }

  /**
   * Finds where a video's bits are in a user's row: `word` and `mask` for a video with its
   * own bit (`nextMask` 0); for a hashed one the block's first word, and the HASHES bits as
   * masks of its two words. Fields, not a returned object: nothing is allocated.
   */
  private locate(user: number, video: number): void {
    if (video === this.lastVideo && user === this.lastUser) return;
    this.lastUser = user;
    this.lastVideo = video;
    let slot = this.newestSlot;
    let offset = video - this.newestStart;
    if (offset < 0) {
      slot = 1 - slot;
      offset = video - this.olderStart;
    }
    const words = this.offset[user + 1] - this.offset[user];
    const row = 2 * this.offset[user] + slot * words;
    if (offset < words << 5) {
      this.word = row + (offset >>> 5);
      this.mask = 1 << (offset & 31);
      this.nextMask = 0;
      return;
    }
    const h = hash(user, video);
    this.word = row + 2 * Math.floor((h * (words >>> 1)) / 4294967296);
    let positions = rehash(h);
    let mask = 0;
    let nextMask = 0;
    for (let i = 0; i < HASHES; i++) {
      const p = positions & 63;
      if (p < 32) mask |= 1 << p;
      else nextMask |= 1 << (p - 32);
      positions >>>= 6;
    }
    this.mask = mask;
    this.nextMask = nextMask;
  }

  /**
   * Reads one word per cache line of the user's rows in both generations and returns their
   * OR (meaningless; see UserMemory.warm).
   */
  touch(user: number): number {
    const from = 2 * this.offset[user];
    const to = 2 * this.offset[user + 1];
    const bits = this.bits;
    let any = bits[to - 1];
    for (let i = from; i < to; i += WORDS_PER_LINE) any |= bits[i];
    return any;
  }

  has(user: number, video: number): boolean {
    this.locate(user, video);
    const bits = this.bits;
    const { word, mask, nextMask } = this;
    return (
      (bits[word] & mask) === mask && (nextMask === 0 || (bits[word + 1] & nextMask) === nextMask)
    );
  }

  add(user: number, video: number): void {
    this.locate(user, video);
    const bits = this.bits;
    bits[this.word] |= this.mask;
    if (this.nextMask !== 0) bits[this.word + 1] |= this.nextMask;
  }
}

/**
 * MurmurHash3's 32-bit finaliser over (user, video): integer arithmetic, the same everywhere.
 * A row's block is floor(hash × blocks / 2³²) (Lemire's range reduction: exact in doubles,
 * and no division by a variable).
 */
function hash(user: number, video: number): number {
  let h = Math.imul(video, 0xcc9e2d51) ^ Math.imul(user + 1, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A second, independent hash: its low 24 bits give the HASHES bit positions in the block. */
function rehash(h: number): number {
  let x = Math.imul(h ^ 0x5bd1e995, 0x27d4eb2f);
  x ^= x >>> 15;
  x = Math.imul(x, 0x165667b1);
  x ^= x >>> 13;
  return x >>> 0;
}
