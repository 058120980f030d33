import type {
  RunMetrics,
  Snapshot,
  SnapshotOptions,
  Summary,
  TimeSeries,
} from "../engine/types.js";
import type { Scenario } from "../scenario/schema.js";

/** What the page asks the worker to build: a scenario as written, plus the run's settings. */
export interface InitOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Dotted-path overrides in the CLI's syntax, e.g. "feed.ranker=chronological". */
  overrides?: string[];
  /** Where the scenario came from, named in error messages (e.g. "scenarios/default.json"). */
  source?: string;
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

/** The per-tick rows that one `advance` added, world 0 only, plus the run's state after it. */
export interface Progress {
  tick: number;
  /** Rows for ticks fromTick … tick − 1, one Float64Array per column. */
  fromTick: number;
  rows: TimeSeries;
  summary: Summary;
  /** Impressions per reason in world 0, in REASONS order. */
  reasons: Float64Array;
}

/**
 * The one API that crosses the worker boundary. Calls are coarse (a batch of ticks, a whole
 * snapshot) so that the page pays one message per frame at most; typed arrays are transferred.
 */
export interface EngineApi {
  init(scenarioInput: unknown, options?: InitOptions): Promise<InitResult>;
  advance(ticks: number): Promise<Progress>;
  snapshot(options?: SnapshotOptions): Promise<Snapshot>;
  metrics(): Promise<RunMetrics>;
}
