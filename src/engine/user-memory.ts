import type { Scenario } from "../scenario/schema.js";
import { SeenFilter } from "./seen-filter.js";
import { declareState } from "./state/layout.js";

/** What an inbox entry says about how a video got there. */
export const INBOX_POST = 0;
export const INBOX_LIKE = 1;
export const INBOX_SHARE = 2;
/** Meta bit of an entry whose video the user has watched. */
const READ = 4;
const KIND = 3;

const CREATOR_SLOTS = 4;

/**
 * The impressions a user with chance `activity` of opening the app is expected to make while
 * one generation of the seen filter fills (`content.maxAge` ticks, or the run if shorter),
 * but no more than the videos expected to be posted in that time: no one sees more distinct
 * videos than there are.
 */
export function expectedViews(scenario: Scenario, activity: number): number {
  const { population, content, creators } = scenario;
  const ticks = Math.min(content.maxAge, scenario.ticks);
  const creatorCount = Math.max(1, Math.round(population.creatorShare * population.users));
  const videos = content.catalog + creatorCount * creators.postRate * ticks;
  return Math.min(activity * population.sessionLength * ticks, videos);
}

/**
 * Each user's memory in one world, in flat typed arrays: the live videos it has watched
 * (never shown again while live, see SeenFilter), an inbox of followed creators' posts and
 * friends' likes, and a few creators the user keeps liking (for follows).
 *
 * The inbox keeps the last `inboxSize` arrivals per user in a ring, read or not: a feed
 * serves the newest unread one, and the like decision counts the friends' likes of a video
 * among them. An entry is its video in `inboxVideo` and `via << 3 | read | kind` in
 * `inboxMeta` (via: the user whose post, like or share put it there), so counting a video's
 * entries scans one compact row of video ids. An entry is marked read when a feed serves it
 * or passes over it because its video is gone or seen, which can never make it servable
 * again.
 */
export class UserMemory {
  readonly seen: SeenFilter;
  readonly inboxSize: number;
  /** Rows of inboxSize video ids; an empty slot's is -1. */
  readonly inboxVideo: Int32Array;
  /** Rows of inboxSize entries via << 3 | read | kind, beside inboxVideo. */
  readonly inboxMeta: Int32Array;
  /** Where each user's next arrival goes. */
  readonly inboxNext: Int32Array;
  /**
   * At least the unread entries per user (an arrival that overwrites an unread one counts
   * again, and the next serve that finds nothing sets it right), so an inbox with nothing
   * unread is known without a scan.
   */
  readonly inboxUnread: Int32Array;
  readonly likedCreator: Int32Array;
  readonly likedCreatorCount: Uint16Array;
  /** Set by `view`: the friends' likes and shares of the video just viewed, among the arrivals kept. */
  friendLikes = 0;
  friendShares = 0;

  /** `expectedViews[u]`: the impressions user u is expected to make while a video is live. */
  constructor(expectedViews: ArrayLike<number>, inboxSize: number) {
    const users = expectedViews.length;
    this.seen = new SeenFilter(expectedViews);
    this.inboxSize = inboxSize;
    this.inboxVideo = new Int32Array(users * inboxSize).fill(-1);
    this.inboxMeta = new Int32Array(users * inboxSize);
    this.inboxNext = new Int32Array(users);
    this.inboxUnread = new Int32Array(users);
    this.likedCreator = new Int32Array(users * CREATOR_SLOTS).fill(-1);
    this.likedCreatorCount = new Uint16Array(users * CREATOR_SLOTS);
  }

  static readonly layout = declareState<UserMemory>({
    arrays: [
      "inboxVideo",
      "inboxMeta",
      "inboxNext",
      "inboxUnread",
      "likedCreator",
      "likedCreatorCount",
    ],
    parts: { seen: SeenFilter.layout },
  });

  static bytesPerUser(expectedViews: number, inboxSize: number): number {
    return SeenFilter.bytesPerUser(expectedViews) + 8 * inboxSize + 8 + 6 * CREATOR_SLOTS;
  }

  hasSeen(user: number, video: number): boolean {
    return this.seen.has(user, video);
  }

  /**
   * The user watches `video`: it is seen from now on. With `countFriends`, `friendLikes` and
   * `friendShares` say how many of its inbox entries are friends' likes and shares.
   */
  view(user: number, video: number, countFriends: boolean): void {
    this.seen.add(user, video);
    this.friendLikes = 0;
    this.friendShares = 0;
    if (!countFriends) return;
    const ids = this.inboxVideo;
    const from = user * this.inboxSize;
    const to = from + this.inboxSize;
    let likes = 0;
    let shares = 0;
    for (let i = from; i < to; i++) {
      if (ids[i] !== video) continue;
      const kind = this.inboxMeta[i] & KIND;
      if (kind === INBOX_LIKE) likes++;
      else if (kind === INBOX_SHARE) shares++;
    }
    this.friendLikes = likes;
    this.friendShares = shares;
  }

  /** Adds an arrival to the inbox; a full inbox overwrites its oldest entry. */
  pushInbox(user: number, video: number, via: number, kind: number): void {
    const next = this.inboxNext[user];
    const at = user * this.inboxSize + next;
    this.inboxVideo[at] = video;
    this.inboxMeta[at] = (via << 3) | kind;
    if (this.inboxUnread[user] < this.inboxSize) this.inboxUnread[user]++;
    this.inboxNext[user] = next + 1 === this.inboxSize ? 0 : next + 1;
  }

  /**
   * Serves the newest unread entry whose video is live (id ≥ liveStart) and unseen: returns
   * its index (video inboxVideo[i], sender inboxMeta[i] >> 3, kind inboxMeta[i] & 3), or -1.
   * It and the entries passed over on the way are marked read.
   */
  serve(user: number, liveStart: number): number {
    if (this.inboxUnread[user] === 0) return -1;
    const size = this.inboxSize;
    const from = user * size;
    let slot = this.inboxNext[user];
    for (let i = 0; i < size; i++) {
      slot = slot === 0 ? size - 1 : slot - 1;
      const at = from + slot;
      const meta = this.inboxMeta[at];
      const video = this.inboxVideo[at];
      if ((meta & READ) !== 0 || video < 0) continue;
      this.inboxMeta[at] = meta | READ;
      if (--this.inboxUnread[user] === 0) {
        return video >= liveStart && !this.seen.has(user, video) ? at : -1;
      }
      if (video >= liveStart && !this.seen.has(user, video)) return at;
    }
    this.inboxUnread[user] = 0;
    return -1;
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
