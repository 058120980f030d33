/** What an inbox entry says about how a video got there. */
export const INBOX_POST = 0;
export const INBOX_LIKE = 1;
export const INBOX_SHARE = 2;

const CREATOR_SLOTS = 4;

/**
 * Each user's short memory in one world, as fixed-size rings in flat typed arrays: the
 * videos seen lately (never shown again within the window), an inbox of followed creators'
 * posts and friends' likes (newest first; the oldest fall out), the videos liked lately
 * (never liked twice), and a few creators the user keeps liking (for follows).
 *
 * Layout is for the cache: a ring's write position is stored in slot 0 of its own row, and
 * an inbox entry keeps the video beside who sent it and how (`via << 2 | kind`), so one
 * update touches one or two cache lines instead of five.
 */
export class UserMemory {
  readonly seenWindow: number;
  /** Rows of seenWindow + 1: [next, video, video, …]. */
  readonly seen: Int32Array;

  readonly inboxSize: number;
  /** Rows of 2·inboxSize: [video, via << 2 | kind] pairs. */
  readonly inbox: Int32Array;
  /** [head, count] per user. */
  readonly inboxState: Int32Array;

  readonly likeMemory: number;
  /** Rows of likeMemory + 1: [next, video, …]. */
  readonly liked: Int32Array;

  readonly likedCreator: Int32Array;
  readonly likedCreatorCount: Uint16Array;

  constructor(users: number, seenWindow: number, inboxSize: number, likeMemory: number) {
    this.seenWindow = seenWindow;
    this.seen = ringRows(users, seenWindow);
    this.inboxSize = inboxSize;
    this.inbox = new Int32Array(users * inboxSize * 2);
    this.inboxState = new Int32Array(users * 2);
    this.likeMemory = likeMemory;
    this.liked = ringRows(users, likeMemory);
    this.likedCreator = new Int32Array(users * CREATOR_SLOTS).fill(-1);
    this.likedCreatorCount = new Uint16Array(users * CREATOR_SLOTS);
  }

  static bytesPerUser(seenWindow: number, inboxSize: number, likeMemory: number): number {
    return 4 * (seenWindow + 1) + 8 * inboxSize + 8 + 4 * (likeMemory + 1) + 6 * CREATOR_SLOTS;
  }

  hasSeen(user: number, video: number): boolean {
    return ringHas(this.seen, this.seenWindow, user, video);
  }

  markSeen(user: number, video: number): void {
    ringPut(this.seen, this.seenWindow, user, video);
  }

  hasLiked(user: number, video: number): boolean {
    return ringHas(this.liked, this.likeMemory, user, video);
  }

  markLiked(user: number, video: number): void {
    ringPut(this.liked, this.likeMemory, user, video);
  }

  /** Adds to the inbox; a full inbox drops its oldest entry. */
  pushInbox(user: number, video: number, via: number, kind: number): void {
    const size = this.inboxSize;
    const state = this.inboxState;
    const head = state[2 * user];
    const count = state[2 * user + 1];
    let slot: number;
    if (count < size) {
      slot = head + count;
      state[2 * user + 1] = count + 1;
    } else {
      slot = head;
      state[2 * user] = head + 1 === size ? 0 : head + 1;
    }
    if (slot >= size) slot -= size;
    const at = 2 * (user * size + slot);
    this.inbox[at] = video;
    this.inbox[at + 1] = (via << 2) | kind;
  }

  /**
   * Takes the newest inbox entry and returns the index of its pair in `inbox`, or -1 when the
   * inbox is empty. The entry's video is inbox[i], its sender inbox[i + 1] >> 2, its kind
   * inbox[i + 1] & 3.
   */
  popInbox(user: number): number {
    const state = this.inboxState;
    const count = state[2 * user + 1];
    if (count === 0) return -1;
    state[2 * user + 1] = count - 1;
    let slot = state[2 * user] + count - 1;
    if (slot >= this.inboxSize) slot -= this.inboxSize;
    return 2 * (user * this.inboxSize + slot);
  }

  /**
   * Counts one more like of `creator` by `user` and returns the count. A user tracks a few
   * creators; a new one replaces the least liked.
   */
  countCreatorLike(user: number, creator: number): number {
    const from = user * CREATOR_SLOTS;
    let weakest = from;
    for (let i = from; i < from + CREATOR_SLOTS; i++) {
      if (this.likedCreator[i] === creator) return ++this.likedCreatorCount[i];
      if (this.likedCreatorCount[i] < this.likedCreatorCount[weakest]) weakest = i;
    }
    this.likedCreator[weakest] = creator;
    this.likedCreatorCount[weakest] = 1;
    return 1;
  }
}

/** Rings of `width` videos per user, each row led by its write position; -1 marks empty. */
function ringRows(users: number, width: number): Int32Array {
  const rows = new Int32Array(users * (width + 1)).fill(-1);
  for (let u = 0; u < users; u++) rows[u * (width + 1)] = 0;
  return rows;
}

function ringHas(rows: Int32Array, width: number, user: number, video: number): boolean {
  const from = user * (width + 1) + 1;
  const to = from + width;
  for (let i = from; i < to; i++) if (rows[i] === video) return true;
  return false;
}

function ringPut(rows: Int32Array, width: number, user: number, video: number): void {
  if (width === 0) return;
  const row = user * (width + 1);
  const next = rows[row];
  rows[row + 1 + next] = video;
  rows[row] = next + 1 === width ? 0 : next + 1;
}
