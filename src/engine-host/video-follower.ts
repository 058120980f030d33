import type { LikeEvents } from "../engine/types.js";

/** Who liked the followed video since the last report (world 0). */
export interface FollowReport {
  video: number;
  likers: Int32Array;
}

/**
 * Collects, tick by tick, the users who like one chosen video, so that the network view can
 * light up wherever it spreads. It reads each tick's like events, so it sees the likes from
 * the moment it starts following, not before.
 */
export class VideoFollower {
  private followed: number | null = null;
  private likers: number[] = [];

  get video(): number | null {
    return this.followed;
  }

  follow(video: number | null): void {
    this.followed = video;
    this.likers = [];
  }

  /** Reads the like events of the tick just run. */
  observe(events: LikeEvents): void {
    for (let i = 0; i < events.count; i++) {
      if (events.video[i] === this.followed) this.likers.push(events.liker[i]);
    }
  }

  /** The likers seen since the last report, or nothing when no video is followed. */
  report(): FollowReport | undefined {
    if (this.followed === null) return undefined;
    const report = { video: this.followed, likers: Int32Array.from(this.likers) };
    this.likers = [];
    return report;
  }
}
