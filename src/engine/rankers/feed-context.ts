import type { Random } from "../../deterministic/random.js";
import type { Scenario } from "../../scenario/schema.js";
import type { Population } from "../population.js";
import type { HasLayout } from "../state/layout.js";
import type { UserMemory } from "../user-memory.js";
import type { VideoStore } from "../videos.js";

/**
 * What a ranker reads to fill a slot. The world owns it; rankers never change counts, only
 * pick: a ranker writes its own state (through `prepare` and the hooks), the `Pick` the
 * sessions loop hands it, and the read marks of the inbox entries it serves or passes over
 * (which can never be served again), nothing else.
 */
export interface FeedContext {
  readonly scenario: Scenario;
  readonly pop: Population;
  readonly videos: VideoStore;
  readonly memory: UserMemory;
  /** The world's `ranking` stream: every draw a ranker makes. */
  readonly ranking: Random;
  readonly tick: number;
  /** Videos [liveStart, videos.count) are eligible. */
  readonly liveStart: number;
}

/** One slot's choice, owned by the sessions loop and filled by `Ranker.pick`. */
export class Pick {
  /** The video for the slot, or -1 when the ranker has nothing left to show. */
  video = -1;
  /** Why it was chosen: an index into REASONS. */
  reason = 0;
  /** The user whose post, like or share put it in the inbox, or -1 when it did not come from there. */
  via = -1;

  /** Fills the pick from a ranker's own choice (not the inbox). */
  set(video: number, reason: number): void {
    this.video = video;
    this.reason = reason;
    this.via = -1;
  }
}

/**
 * A feed ranker: scores once per tick in `prepare`, then fills one slot per `pick`. The
 * hooks tell it what happened to a pick, for the state only it keeps (trend, stages, the
 * interests it learns).
 */
export interface Ranker extends HasLayout {
  prepare(): void;
  /** Fills `out` with a video for this user's next slot, or sets `out.video` to -1. */
  pick(user: number, out: Pick): void;
  /** A user liked `video` (after its impression was counted). */
  onLike?(video: number): void;
  /** An intervention took `likes` of `video`'s likes away (docs/model.md, "Interventions"). */
  onLikesRemoved?(video: number, likes: number): void;
  /**
   * Reads the ranker's own per-user rows once as the user's session starts, so their cache
   * misses overlap with the others' (see warmUser in sessions.ts); returns what it read.
   */
  warm?(user: number): number;
  /** Every impression, once the user's response is known. */
  onImpression?(user: number, video: number, liked: boolean, notInterested: boolean): void;
}

/** Draws a ranker makes before giving up on finding a video the user has not seen. */
export const TRIES = 8;

export function visibleLikes(videos: VideoStore, video: number): number {
  return videos.likes[video] + videos.botLikes[video];
}
