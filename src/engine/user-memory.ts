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

/** A user's inbox head: where the next arrival goes, then the unread count. */
const NEXT = 0;
const UNREAD = 1;
const HEAD = 2;

/**
 * Each user's memory in one world, in flat typed arrays: the live videos it has watched
 * (never shown again while live, see SeenFilter), an inbox of followed creators' posts and
 * friends' likes, and a few creators the user keeps liking (for follows).
 *
 * The inbox keeps the last `inboxSize` arrivals per user in a ring, read or not: a feed
 * serves the newest unread one, and the like decision counts the friends' likes of a video
 * among them. A user's inbox is one row of `inbox`, per entry its video and
 * `via << 3 | read | kind` side by side (via: the user whose post, like or share put it
 * there), and a head of two words in `inboxHeads`: where the next arrival goes and a count of
 * unread entries. The heads are 8 bytes a user, apart from the rows, so they stay in cache
 * (800 kB at 100,000 users): an arrival, pushed to a follower whose row is not in cache,
 * reads a cached head and stores one entry, instead of waiting for the row's first line to
 * know where to write. An entry is marked read when a feed serves it or passes over it
 * because its video is gone or seen, which can never make it servable again.
 */
export class UserMemory {
  readonly seen: SeenFilter;
  readonly inboxSize: number;
  /** Words per user in `inbox`: two per entry. */
  private readonly stride: number;
  /** Per user, inboxSize entries of a video id (-1 for an empty slot) and its meta word. */
  readonly inbox: Int32Array;
  /**
   * Per user: the ring position of the next arrival; at least the unread entries (an arrival
   * that overwrites an unread one counts again, and the next serve that finds nothing sets it
   * right), so an inbox with nothing unread is known without a scan.
   */
  readonly inboxHeads: Int32Array;
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
    this.stride = 2 * inboxSize;
    this.inbox = new Int32Array(users * this.stride);
    for (let at = 0; at < this.inbox.length; at += 2) this.inbox[at] = -1;
    this.inboxHeads = new Int32Array(users * HEAD);
    this.likedCreator = new Int32Array(users * CREATOR_SLOTS).fill(-1);
    this.likedCreatorCount = new Uint16Array(users * CREATOR_SLOTS);
  }

  static readonly layout = declareState<UserMemory>({
    arrays: ["inbox", "inboxHeads", "likedCreator", "likedCreatorCount"],
    parts: { seen: SeenFilter.layout },
  });

  static bytesPerUser(expectedViews: number, inboxSize: number): number {
    return SeenFilter.bytesPerUser(expectedViews) + 4 * (HEAD + 2 * inboxSize) + 6 * CREATOR_SLOTS;
  }

  /**
   * Reads the user's seen-filter rows and inbox row once, a word per cache line, at the
   * start of its session. The user is a random one (random order), so these rows are
   * usually not in cache; read here together, their misses overlap, instead of arriving one
   * at a time behind the session's branches on what they hold. Measured at 100,000 users:
   * about 5% more impressions per CPU-second. Returns the OR of what it read (meaningless), for
   * the caller to keep so that the reads are not optimised away.
   */
  warm(user: number): number {
    const inbox = this.inbox;
    const from = user * this.stride;
    const to = from + this.stride;
    let any = this.seen.touch(user) | inbox[to - 1] | this.inboxHeads[user * HEAD];
    for (let i = from; i < to; i += 16) any |= inbox[i];
    const creators = user * CREATOR_SLOTS;
    return any | this.likedCreator[creators] | this.likedCreatorCount[creators];
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
    const inbox = this.inbox;
    const from = user * this.stride;
    const to = from + this.stride;
    let likes = 0;
    let shares = 0;
    for (let i = from; i < to; i += 2) {
      if (inbox[i] !== video) continue;
      const kind = inbox[i + 1] & KIND;
      if (kind === INBOX_LIKE) likes++;
      else if (kind === INBOX_SHARE) shares++;
    }
    this.friendLikes = likes;
    this.friendShares = shares;
  }

  /** Adds an arrival to the inbox; a full inbox overwrites its oldest entry. */
  pushInbox(user: number, video: number, via: number, kind: number): void {
    const inbox = this.inbox;
    const heads = this.inboxHeads;
    const head = user * HEAD;
    const next = heads[head + NEXT];
    const at = user * this.stride + 2 * next;
    inbox[at] = video;
    inbox[at + 1] = (via << 3) | kind;
    if (heads[head + UNREAD] < this.inboxSize) heads[head + UNREAD]++;
    heads[head + NEXT] = next + 1 === this.inboxSize ? 0 : next + 1;
  }

  /** The video of the inbox entry at `at` (as `serve` returns it). */
  entryVideo(at: number): number {
    return this.inbox[at];
  }

  /** The meta word of the inbox entry at `at`: sender `>> 3`, kind `& 3`. */
  entryMeta(at: number): number {
    return this.inbox[at + 1];
  }

  /**
   * Serves the newest unread entry whose video is live (id ≥ liveStart) and unseen: returns
   * its index (see `entryVideo`, `entryMeta`), or -1. It and the entries passed over on the
   * way are marked read.
   */
  serve(user: number, liveStart: number): number {
    const inbox = this.inbox;
    const heads = this.inboxHeads;
    const head = user * HEAD;
    if (heads[head + UNREAD] === 0) return -1;
    const size = this.inboxSize;
    const from = user * this.stride;
    let slot = heads[head + NEXT];
    for (let i = 0; i < size; i++) {
      slot = slot === 0 ? size - 1 : slot - 1;
      const at = from + 2 * slot;
      const meta = inbox[at + 1];
      const video = inbox[at];
      if ((meta & READ) !== 0 || video < 0) continue;
      inbox[at + 1] = meta | READ;
      if (--heads[head + UNREAD] === 0) {
        return video >= liveStart && !this.seen.has(user, video) ? at : -1;
      }
      if (video >= liveStart && !this.seen.has(user, video)) return at;
    }
    heads[head + UNREAD] = 0;
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
