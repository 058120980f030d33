import { declareState } from "./state/layout.js";

/** Filter bits per impression a user is expected to make while one generation is filled. */
export const BITS_PER_IMPRESSION = 10;
/** Bits set and tested per video in the hashed part of a row, all in one 64-bit block. */
export const HASHES = 4;
/** Fewest words in a user's row (one 64-bit block); rows are whole blocks. */

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
  /** Row u of a generation is words [offset[u], offset[u + 1]). */
  readonly offset: Int32Array;
  /** The two generations' bits, and the first video id each takes. */
  newestBits: Int32Array;
  olderBits: Int32Array;
  newestStart = 0;
  olderStart = 0;
  /** Set by `locate`. */
  private found: Int32Array;
  private word = 0;
  private mask = 0;
  private positions = -1;

  /** `expected[u]`: the impressions user u is expected to make while a generation fills. */
  constructor(expected: ArrayLike<number>) {
    const users = expected.length;
    this.offset = new Int32Array(users + 1);
    let words = 0;
    for (let u = 0; u < users; u++) {
      this.offset[u] = words;
      words += rowWords(expected[u]);
      if (words > 0x7fffffff) throw new RangeError("seen filter: more than 2³¹ words");
    }
    this.offset[users] = words;
    this.newestBits = new Int32Array(words);
    this.olderBits = new Int32Array(words);
    this.found = this.newestBits;
  }

  static readonly layout = declareState<SeenFilter>({
    arrays: ["offset", "newestBits", "olderBits"],
    numbers: ["newestStart", "olderStart"],
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
    const cleared = this.olderBits;
    cleared.fill(0);
    this.olderBits = this.newestBits;
    this.olderStart = this.newestStart;
    this.newestBits = cleared;
    this.newestStart = count;
  }

  /**
   * Finds where a video's bits are in a user's row: sets `found`, `word` and `mask` for a
   * video with its own bit, or `found`, `word` (the block's first word) and `positions` (−1
   * otherwise) for a hashed one. Fields, not a returned object: nothing is allocated.
   */
  private locate(user: number, video: number): void {
    let bits = this.newestBits;
    let offset = video - this.newestStart;
    if (offset < 0) {
      bits = this.olderBits;
      offset = video - this.olderStart;
    }
    this.found = bits;
    const row = this.offset[user];
    const words = this.offset[user + 1] - row;
    if (offset < words << 5) {
      this.word = row + (offset >>> 5);
      this.mask = 1 << (offset & 31);
      this.positions = -1;
      return;
    }
    const h = hash(user, video);
    this.word = row + 2 * Math.floor((h * (words >>> 1)) / 4294967296);
    this.positions = rehash(h) & 0xffffff;
  }

  has(user: number, video: number): boolean {
    this.locate(user, video);
    const bits = this.found;
    if (this.positions < 0) return (bits[this.word] & this.mask) !== 0;
    let positions = this.positions;
    for (let i = 0; i < HASHES; i++) {
      const p = positions & 63;
      if ((bits[this.word + (p >>> 5)] & (1 << (p & 31))) === 0) return false;
      positions >>>= 6;
    }
    return true;
  }

  add(user: number, video: number): void {
    this.locate(user, video);
    const bits = this.found;
    if (this.positions < 0) {
      bits[this.word] |= this.mask;
      return;
    }
    let positions = this.positions;
    for (let i = 0; i < HASHES; i++) {
      const p = positions & 63;
      bits[this.word + (p >>> 5)] |= 1 << (p & 31);
      positions >>>= 6;
    }
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
