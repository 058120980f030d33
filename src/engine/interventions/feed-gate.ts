import type { Random } from "../../deterministic/random.js";
import { TRIES } from "../rankers/feed-context.js";
import type { Pick } from "../rankers/index.js";
import { unseen } from "../rankers/sources.js";
import { declareState } from "../state/layout.js";
import { REASONS } from "../types.js";
import type { World } from "../world.js";

const FRESH = REASONS.indexOf("fresh");
/** Boosted videos a first slot looks through for one the user has not seen. */
const BOOST_SCAN = 8;

function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
  if (array.length >= length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(
    Math.max(length, 2 * array.length),
  );
  bigger.set(array);
  return bigger;
}

/**
 * What the interventions in force do to the feed, between the ranker and the viewer: targets
 * removed or downranked, impressions capped per video or per creator and tick, and new
 * creators' first posts given a guaranteed first audience. While none is in force `active` is
 * false and the sessions loop never calls in here. Its only draws (a downranked video kept or
 * not) come from the world's own `interventions` stream, so the ranking, sessions and
 * behaviour streams are drawn exactly as without it until what it changes changes them.
 */
export class FeedGate {
  /** 1 once any intervention here is in force (a number, so that it is saved like the rest). */
  active = 0;
  /** Downranked or removed targets: each a video (kind 0) or a creator (kind 1), and the chance it is still shown. */
  targetIds = new Int32Array(4);
  targetKinds = new Int32Array(4);
  targetFactors = new Float64Array(4);
  targetCount = 0;
  /** Most impressions per video and per tick (Infinity: no cap). */
  videoCap = Number.POSITIVE_INFINITY;
  creatorCap = Number.POSITIVE_INFINITY;
  /** Each creator's impressions this tick, while a creator cap is in force. */
  creatorTick: Int32Array;
  /** Impressions each boosted video is guaranteed (0: no boost), and for how many first posts. */
  boostAudience = 0;
  boostPosts = 0;
  /** Boosted videos in posting order; [boostHead, boostCount) may still need their audience. */
  boosted = new Int32Array(16);
  boostHead = 0;
  boostCount = 0;
  /** The videos refused in the current slot. */
  readonly refused = new Int32Array(TRIES);

  static readonly layout = declareState<FeedGate>({
    arrays: ["targetIds", "targetKinds", "targetFactors", "creatorTick", "boosted"],
    grows: ["targetIds", "targetKinds", "targetFactors", "boosted"],
    numbers: [
      "active",
      "targetCount",
      "videoCap",
      "creatorCap",
      "boostAudience",
      "boostPosts",
      "boostHead",
      "boostCount",
    ],
    scratch: ["refused"],
  });

  constructor(creators: number) {
    this.creatorTick = new Int32Array(creators);
  }

  /**
   * Lowers the chance a video (`kind` 0) or a creator's videos (`kind` 1) are still shown
   * when they come up; 0 removes them. Two downrankings of one target keep the lower chance.
   */
  downrank(kind: 0 | 1, id: number, factor: number): void {
    this.active = 1;
    for (let i = 0; i < this.targetCount; i++) {
      if (this.targetIds[i] === id && this.targetKinds[i] === kind) {
        this.targetFactors[i] = Math.min(this.targetFactors[i], factor);
        return;
      }
    }
    const n = this.targetCount++;
    this.targetIds = grown(this.targetIds, n + 1);
    this.targetKinds = grown(this.targetKinds, n + 1);
    this.targetFactors = grown(this.targetFactors, n + 1);
    this.targetIds[n] = id;
    this.targetKinds[n] = kind;
    this.targetFactors[n] = factor;
  }

  cap(per: "video" | "creator", max: number): void {
    if (per === "video") this.videoCap = Math.min(this.videoCap, max);
    else this.creatorCap = Math.min(this.creatorCap, max);
    this.active = 1;
  }

  boost(audience: number, posts: number): void {
    this.boostAudience = Math.max(1, audience);
    this.boostPosts = posts;
    this.active = 1;
  }

  /** A creator posted its `posts`-th video: boosted if it is among its first posts. */
  posted(video: number, posts: number): void {
    if (this.boostAudience === 0 || posts > this.boostPosts) return;
    this.boosted = grown(this.boosted, this.boostCount + 1);
    this.boosted[this.boostCount++] = video;
  }

  /** At the start of a tick: creators' impressions start from zero. */
  startTick(): void {
    if (this.creatorCap !== Number.POSITIVE_INFINITY) this.creatorTick.fill(0);
  }

  /**
   * Fills the user's next slot: a boosted video in a session's first slot, else the ranker's
   * pick; a pick the gate refuses is replaced by the ranker's next, up to TRIES times, and
   * the slot stays empty (the session ends) if none passes.
   */
  pick(world: World, user: number, slot: number, out: Pick): void {
    if (slot === 0 && this.boostCount > this.boostHead && this.pickBoosted(world, user, out)) {
      this.count(world, out.video);
      return;
    }
    let refused = 0;
    for (let i = 0; i < TRIES; i++) {
      world.ranker.pick(user, out);
      if (out.video < 0) return;
      // A video refused once stays refused for this slot: no second chance by drawing again.
      if (this.wasRefused(out.video, refused)) continue;
      if (this.admits(world, out.video, world.interventionDraws)) {
        this.count(world, out.video);
        return;
      }
      this.refused[refused++] = out.video;
    }
    out.video = -1;
  }

  private wasRefused(video: number, n: number): boolean {
    for (let i = 0; i < n; i++) if (this.refused[i] === video) return true;
    return false;
  }

  private count(world: World, video: number): void {
    if (this.creatorCap !== Number.POSITIVE_INFINITY)
      this.creatorTick[world.videos.creator[video]]++;
  }

  private pickBoosted(world: World, user: number, out: Pick): boolean {
    const { videos, liveStart } = world;
    while (this.boostHead < this.boostCount) {
      const v = this.boosted[this.boostHead];
      if (v >= liveStart && videos.impressions[v] < this.boostAudience) break;
      this.boostHead++;
    }
    const end = Math.min(this.boostCount, this.boostHead + BOOST_SCAN);
    for (let i = this.boostHead; i < end; i++) {
      const v = this.boosted[i];
      if (videos.impressions[v] >= this.boostAudience || !unseen(world, user, v)) continue;
      if (!this.admits(world, v, world.interventionDraws)) continue;
      out.set(v, FRESH);
      return true;
    }
    return false;
  }

  /** Whether the feed may show `video` now: not removed, kept if downranked, under the caps. */
  admits(world: World, video: number, random: Random): boolean {
    const videos = world.videos;
    if (videos.impressions[video] - videos.impressionsBefore[video] >= this.videoCap) return false;
    const creator = videos.creator[video];
    if (this.creatorTick[creator] >= this.creatorCap) return false;
    let keep = 1;
    for (let i = 0; i < this.targetCount; i++) {
      const id = this.targetKinds[i] === 0 ? video : creator;
      if (this.targetIds[i] === id) keep = Math.min(keep, this.targetFactors[i]);
    }
    if (keep >= 1) return true;
    return keep > 0 && random() < keep;
  }
}
