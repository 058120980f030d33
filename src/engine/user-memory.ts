/** What an inbox entry says about how a video got there. */
export const INBOX_POST = 0;
export const INBOX_LIKE = 1;
export const INBOX_SHARE = 2;

const CREATOR_SLOTS = 4;

/**
 * Each user's short memory in one world, as fixed-size rings in flat typed arrays:
 * the videos seen lately (never shown again within the window), an inbox of followed
 * creators' posts and friends' likes (newest first; the oldest fall out), the videos liked
 * lately (never liked twice), and a few creators the user keeps liking (for follows).
 */
export class UserMemory {
  readonly seenWindow: number;
  readonly seen: Int32Array;
  readonly seenNext: Int32Array;

  readonly inboxSize: number;
  readonly inboxVideo: Int32Array;
  readonly inboxVia: Int32Array;
  readonly inboxKind: Uint8Array;
  readonly inboxHead: Int32Array;
  readonly inboxCount: Int32Array;

  readonly likeMemory: number;
  readonly liked: Int32Array;
  readonly likedNext: Int32Array;

  readonly likedCreator: Int32Array;
  readonly likedCreatorCount: Uint16Array;

  constructor(users: number, seenWindow: number, inboxSize: number, likeMemory: number) {
    this.seenWindow = seenWindow;
    this.seen = new Int32Array(users * seenWindow).fill(-1);
    this.seenNext = new Int32Array(users);
    this.inboxSize = inboxSize;
    this.inboxVideo = new Int32Array(users * inboxSize);
    this.inboxVia = new Int32Array(users * inboxSize);
    this.inboxKind = new Uint8Array(users * inboxSize);
    this.inboxHead = new Int32Array(users);
    this.inboxCount = new Int32Array(users);
    this.likeMemory = likeMemory;
    this.liked = new Int32Array(users * likeMemory).fill(-1);
    this.likedNext = new Int32Array(users);
    this.likedCreator = new Int32Array(users * CREATOR_SLOTS).fill(-1);
    this.likedCreatorCount = new Uint16Array(users * CREATOR_SLOTS);
  }

  static bytesPerUser(seenWindow: number, inboxSize: number, likeMemory: number): number {
    return 4 * seenWindow + 4 + 9 * inboxSize + 8 + 4 * likeMemory + 4 + 6 * CREATOR_SLOTS;
  }

  hasSeen(user: number, video: number): boolean {
    const w = this.seenWindow;
    const seen = this.seen;
    const from = user * w;
    for (let i = from; i < from + w; i++) if (seen[i] === video) return true;
    return false;
  }

  markSeen(user: number, video: number): void {
    const w = this.seenWindow;
    if (w === 0) return;
    const next = this.seenNext[user];
    this.seen[user * w + next] = video;
    this.seenNext[user] = next + 1 === w ? 0 : next + 1;
  }

  hasLiked(user: number, video: number): boolean {
    const m = this.likeMemory;
    const liked = this.liked;
    const from = user * m;
    for (let i = from; i < from + m; i++) if (liked[i] === video) return true;
    return false;
  }

  markLiked(user: number, video: number): void {
    const m = this.likeMemory;
    if (m === 0) return;
    const next = this.likedNext[user];
    this.liked[user * m + next] = video;
    this.likedNext[user] = next + 1 === m ? 0 : next + 1;
  }

  /** Adds to the inbox; a full inbox drops its oldest entry. */
  pushInbox(user: number, video: number, via: number, kind: number): void {
    const size = this.inboxSize;
    const count = this.inboxCount[user];
    let slot: number;
    if (count < size) {
      slot = this.inboxHead[user] + count;
      this.inboxCount[user] = count + 1;
    } else {
      slot = this.inboxHead[user];
      this.inboxHead[user] = slot + 1 === size ? 0 : slot + 1;
    }
    if (slot >= size) slot -= size;
    const at = user * size + slot;
    this.inboxVideo[at] = video;
    this.inboxVia[at] = via;
    this.inboxKind[at] = kind;
  }

  /** Takes the newest inbox entry and returns its flat index, or -1 when the inbox is empty. */
  popInbox(user: number): number {
    const count = this.inboxCount[user];
    if (count === 0) return -1;
    this.inboxCount[user] = count - 1;
    let slot = this.inboxHead[user] + count - 1;
    if (slot >= this.inboxSize) slot -= this.inboxSize;
    return user * this.inboxSize + slot;
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
