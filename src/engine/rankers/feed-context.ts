import type { Random } from "../../deterministic/random.js";
import type { Scenario } from "../../scenario/schema.js";
import type { Population } from "../population.js";
import type { UserMemory } from "../user-memory.js";
import type { VideoStore } from "../videos.js";

/**
 * What a ranker reads to fill a slot, and where it writes why it chose a video. The world
 * owns it; rankers never change counts, only pick.
 */
export interface FeedContext {
  readonly scenario: Scenario;
  readonly pop: Population;
  readonly videos: VideoStore;
  readonly memory: UserMemory;
  readonly random: Random;
  tick: number;
  /** Videos [liveStart, videos.count) are eligible. */
  liveStart: number;
  /** Set by every successful pick: an index into REASONS. */
  reason: number;
  /** The user whose like or share brought the pick, or -1. */
  via: number;
  /** INBOX_LIKE, INBOX_SHARE or INBOX_POST when the pick came from the inbox, else -1. */
  viaKind: number;
}

/** A feed ranker: scores once per tick in `prepare`, then fills one slot per `pick`. */
export interface Ranker {
  prepare(): void;
  /** A video for this user's next slot, or -1 when there is nothing left to show. */
  pick(user: number): number;
  onLike?(video: number): void;
  onImpression?(video: number, liked: boolean): void;
}

/** Draws a ranker makes before giving up on finding a video the user has not seen. */
export const TRIES = 8;

export function visibleLikes(videos: VideoStore, video: number): number {
  return videos.likes[video] + videos.botLikes[video];
}
