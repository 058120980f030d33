import type {
  RunMetrics,
  Snapshot,
  SnapshotOptions,
  Summary,
  TimeSeries,
} from "../engine/types.js";
import type { Scenario } from "../scenario/schema.js";
import type { FollowReport } from "./video-follower.js";

/** What the page asks the worker to build: a scenario as written, plus the run's settings. */
export interface InitOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Dotted-path overrides in the CLI's syntax, e.g. "feed.ranker=chronological". */
  overrides?: string[];
  /** Where the scenario came from, named in error messages (e.g. "scenarios/default.json"). */
  source?: string;
  /** The user whose feed is recorded for the feed view (default: the most active user). */
  traceUser?: number;
}

/** A network file that was larger than the population and was sampled down to it. */
export interface NetworkInfo {
  fileName: string;
  nodes: number;
  edges: number;
  sampledTo?: number;
}

export type InitResult =
  | { ok: true; scenario: Scenario; seed: number; network?: NetworkInfo }
  | { ok: false; source: string; problems: string[] };

/**
 * Where the run is after an `advance`, and the metrics measured since the last report. The
 * engine's metrics() costs tens of milliseconds on a large world, so while a run plays they
 * are read a few times a second, not after every batch: `rows` may then be empty and
 * `summary` absent, and the next report carries the rows in between.
 */
export interface Progress {
  tick: number;
  /** Rows for ticks fromTick … fromTick + rows.tick.length − 1 (world 0). */
  fromTick: number;
  rows: TimeSeries;
  summary?: Summary;
  /** Impressions per reason in world 0, in REASONS order (with the summary). */
  reasons?: Float64Array;
  /** While a video is followed: who liked it during this advance. */
  followed?: FollowReport;
}

/**
 * The one API that crosses the worker boundary. Calls are coarse (a batch of ticks, a whole
 * snapshot) so that the page pays one message per frame at most; typed arrays are transferred.
 */
export interface EngineApi {
  init(scenarioInput: unknown, options?: InitOptions): Promise<InitResult>;
  /** Steps every world `ticks` ticks; `fresh` asks for the metrics now (a step, the end). */
  advance(ticks: number, fresh?: boolean): Promise<Progress>;
  snapshot(options?: SnapshotOptions): Promise<Snapshot>;
  /** Starts (or with null, stops) reporting who likes one video, from the next tick on. */
  follow(video: number | null): Promise<void>;
  metrics(): Promise<RunMetrics>;
}
