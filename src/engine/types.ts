import type { Scenario } from "../scenario/schema.js";
import type { InterventionChange } from "../scenario/sections/interventions.js";
import type { EdgeList } from "./graph/csr.js";
import type { SimulationState } from "./state/simulation-state.js";

export interface SimulationOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** The parsed network when `graph.kind` is "file"; the engine reads no files itself. */
  network?: EdgeList;
  /** Refuse scenarios whose arrays would need more than this (default 4 GiB). */
  memoryLimitBytes?: number;
  /** The user whose feed is recorded for the feed view (default: the most active user). */
  traceUser?: number;
  /**
   * Build only these of the scenario's worlds, by index in increasing order (default: all).
   * A thread that runs part of a run's worlds builds only its own; each world draws from
   * its own streams, so world w is the same whichever others are built beside it.
   */
  worlds?: readonly number[];
}

/** The stable names of the per-run summary metrics (docs/model.md explains each). */
export const SUMMARY_NAMES = [
  "impressions",
  "likes",
  "likeRate",
  "giniVideos",
  "giniCreators",
  "top1Share",
  "activeCreators",
  "qualitySpearman",
  "qualityKendall",
  "feedDiversity",
  "homophily",
  "modularity",
  "viralCount",
  "unpredictability",
] as const;
export type SummaryName = (typeof SUMMARY_NAMES)[number];
/** Summary metrics; a value that is undefined for the run (U with one world) is NaN. */
export type Summary = Record<SummaryName, number>;

/**
 * Why a video was put in a slot, as the feed view tells it. "exploration" is a slot the feed
 * gives to a random video on purpose; "fallback" a random video because the source the slot
 * was meant for had nothing unseen left; "no-pool" a random video because staged exposure
 * had no test pool open.
 */
export const REASONS = [
  "random",
  "following",
  "friend",
  "popular",
  "engaging",
  "interest",
  "trending",
  "fresh",
  "exploration",
  "fallback",
  "no-pool",
  "test-pool",
] as const;
export type Reason = (typeof REASONS)[number];

/**
 * Per-tick columns. The distribution ones are NaN between measurements (scenario.metrics.every),
 * homophily and modularity between follow-graph measurements (scenario.metrics.graphEvery).
 */
export const SERIES_COLUMNS = [
  "tick",
  "impressions",
  "likes",
  "likeRate",
  "shares",
  "posts",
  "newFollows",
  "activeCreators",
  "meanMotivation",
  "presentUsers",
  "viralCount",
  "topShareImpressions",
  "giniVideos",
  "giniCreators",
  "top1Share",
  "qualitySpearman",
  "feedDiversity",
  "homophily",
  "modularity",
] as const;
export type SeriesColumn = (typeof SERIES_COLUMNS)[number];
export type TimeSeries = Record<SeriesColumn, Float64Array>;

export interface RunMetrics {
  tick: number;
  /** Mean over worlds; unpredictability is measured across worlds. */
  summary: Summary;
  worlds: Summary[];
  /** One per world, each column `tick` long. */
  series: TimeSeries[];
  /** Impressions per reason in world 0, in REASONS order. */
  reasons: Float64Array;
}

export interface UserSnapshot {
  count: number;
  mainTopic: Uint8Array;
  activity: Float32Array;
  conformity: Float32Array;
  followers: Int32Array;
  likesGiven: Uint32Array;
  /** Creator id of each user, or -1. */
  creator: Int32Array;
}

export interface CreatorSnapshot {
  count: number;
  user: Int32Array;
  skill: Float32Array;
  motivation: Float32Array;
  active: Uint8Array;
  /** Tick each creator started posting (0 for the initial ones; later for joiners). */
  joinedAt: Int32Array;
  likes: Float64Array;
  posts: Uint32Array;
}

export interface VideoSnapshot {
  count: number;
  creator: Int32Array;
  topic: Uint8Array;
  quality: Float32Array;
  postedAt: Int32Array;
  impressions: Uint32Array;
  likes: Uint32Array;
  botLikes: Uint32Array;
  shares: Uint32Array;
  /** Likes that came from an inbox: a followed creator's post or a friend's like. */
  socialLikes: Uint32Array;
  /** Tick the video crossed the viral bar, or -1. */
  viralAt: Int32Array;
}

/** The traced user's latest impressions, oldest first. */
export interface FeedTrace {
  user: number;
  count: number;
  video: Int32Array;
  reason: Uint8Array;
  liked: Uint8Array;
  tick: Int32Array;
}

/** The likes of the last tick (up to a bound), for pulses along follow edges. */
export interface LikeEvents {
  count: number;
  liker: Int32Array;
  video: Int32Array;
  /** The user whose like or share brought the video to the liker, or -1. */
  via: Int32Array;
}

/** Copies of the world's state as typed arrays, safe to transfer to another thread. */
export interface Snapshot {
  tick: number;
  world: number;
  users: UserSnapshot;
  creators: CreatorSnapshot;
  videos: VideoSnapshot;
  trace: FeedTrace;
  likeEvents: LikeEvents;
  /** Follow graph as CSR (following direction) if asked for. */
  graph?: { offsets: Int32Array; targets: Int32Array };
}

export interface SnapshotOptions {
  /** Which of the built worlds, by position (0 … worldCount − 1); the snapshot names its index. */
  world?: number;
  graph?: boolean;
}

export interface MetricsOptions {
  /**
   * Measure Louvain modularity and Kendall's tau too (default true). They cost seconds at
   * 10⁵ users; without them those two are NaN.
   */
  costly?: boolean;
}

export interface Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly tick: number;
  /** The worlds built (all of the scenario's unless options.worlds chose some). */
  readonly worldCount: number;
  /** Advances every world by n ticks (default 1). */
  step(n?: number): void;
  /** Summary and series at the current tick; repeated calls at one tick are answered from a cache. */
  metrics(options?: MetricsOptions): RunMetrics;
  snapshot(options?: SnapshotOptions): Snapshot;
  /**
   * The whole state at this tick, as plain data and typed arrays (transfer them with
   * `stateBuffers`); `restoreSimulation` continues from it draw for draw.
   */
  save(): SimulationState;
  /**
   * The state of the worlds this simulation holds, in index order, when it is a part of a
   * run split across threads (options.worlds): `joinStates` puts the parts' states together
   * into the whole run's, which `restoreSimulation` takes. A part's own state is not restorable.
   */
  savePart(): SimulationState;
  /** An independent copy at this tick (save and restore in one): the two share nothing that changes. */
  fork(): Simulation;
  /**
   * Applies interventions now, in every world, before the next tick (docs/model.md,
   * "Interventions"): on a fork, the changed future starts here. Draws only from the
   * worlds' `interventions` streams.
   */
  intervene(changes: InterventionChange | readonly InterventionChange[]): void;
  /** Bytes of every typed array the run holds (population, graphs, memories, videos, series, scratch). */
  memoryBytes(): number;
}
