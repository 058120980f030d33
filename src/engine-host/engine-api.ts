import type { RunMetrics, Summary, TimeSeries } from "../engine/types.js";
import type { Scenario } from "../scenario/schema.js";
import type { InterventionChange } from "../scenario/sections/interventions.js";
import type { DistributionFrame } from "./distributions.js";
import type { FeedCard } from "./feed-cards.js";
import type { NetworkFrame } from "./network-watch.js";
import type { SnapshotFigures } from "./run-snapshots.js";
import type { SpotlightFrame } from "./spotlight.js";
import type { RaceFrame } from "./video-race.js";
import type { WatchedState } from "./watched-run.js";

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
  /**
   * A future branched at a tick: the run goes straight to `tick` (seen by the views tick by
   * tick, as if played), then applies `changes` (none: the original future, replayed exactly).
   */
  branch?: { tick: number; changes: InterventionChange[] };
  /**
   * Workers this run may use, this one included (default 1). A run of several worlds from
   * tick 0 is split into min(threads, worlds) groups of worlds, each stepped in a worker of
   * its own, with the same numbers as in one piece; a fork's future and a resumed run play whole.
   */
  threads?: number;
  /**
   * Start from this state (a page's run at the fork tick, from `stateAt`) instead of playing
   * from tick 0; it must be a state of the same scenario and seed.
   */
  resume?: WatchedState;
}

/** Where a branched run forked, and the video both futures follow. */
export interface BranchInfo {
  tick: number;
  /**
   * The video the change targets, or, for a change that names none, the most liked video at
   * the fork tick (the lowest id among ties); -1 when no video was posted yet.
   */
  video: number;
}

/** A network file that was larger than the population and was sampled down to it. */
export interface NetworkInfo {
  fileName: string;
  nodes: number;
  edges: number;
  sampledTo?: number;
}

export type InitResult =
  | {
      ok: true;
      scenario: Scenario;
      seed: number;
      network?: NetworkInfo;
      branch?: BranchInfo;
      /** Workers the run's worlds are stepped in, the engine's own included (absent: 1). */
      workers?: number;
    }
  | { ok: false; source: string; problems: string[] };

/** One call of `advance`: how far to go and what to bring back besides the tick's rows. */
export interface AdvanceRequest {
  /** Most ticks to run (0: only report where the run is). */
  ticks: number;
  /**
   * Stop stepping once this many ms of the worker's clock have gone, after at least one tick,
   * so that a pause never waits for a long batch (default: no limit).
   */
  budgetMs?: number;
  /** Read the summary now rather than on its cadence (a step, a pause, the end). */
  fresh?: boolean;
  /** Also bring the distribution charts' data (Lorenz, CCDF, scatter, trajectories). */
  charts?: boolean;
  /**
   * The network view's node budget: bring its per-node data for at most this many users (the
   * most followed). 0 or absent: no network data.
   */
  network?: number;
  /** Send the network's topology (users drawn, their follows) even if it did not change. */
  topology?: boolean;
}

/**
 * Where the run is after an `advance`, and what the page shows of it. Everything here is
 * sized by the views (a race of a few videos, a feed of 30 cards, a few thousand drawn users,
 * charts of a few hundred points), never by the population: the main thread's work per frame
 * does not grow with the scenario.
 */
export interface Frame {
  tick: number;
  /** Rows for ticks fromTick … fromTick + rows.tick.length − 1 (world 0). */
  fromTick: number;
  rows: TimeSeries;
  /**
   * The summary; while a run plays it is read a few times a second, so `rows` may be empty
   * and `summary` absent, and the next frame carries the rows in between.
   */
  summary?: Summary;
  /** Impressions per reason in world 0, in REASONS order (with the summary). */
  reasons?: Float64Array;
  race: RaceFrame;
  /** The traced user's latest impressions, newest first; absent when unchanged. */
  feed?: { user: number; cards: FeedCard[] };
  network?: NetworkFrame;
  spotlight?: SpotlightFrame;
  charts?: DistributionFrame;
  /** The snapshots the run keeps for forks from earlier ticks (none once resumed from one). */
  snapshots?: SnapshotFigures;
}

/**
 * The one API that crosses the worker boundary. Calls are coarse (a batch of ticks and what
 * the page shows of them) so that the page pays one message per frame at most; typed arrays
 * are transferred.
 */
export interface EngineApi {
  init(scenarioInput: unknown, options?: InitOptions): Promise<InitResult>;
  advance(request: AdvanceRequest): Promise<Frame>;
  /**
   * Puts one video in the spotlight (null: none): its history and who liked it come with
   * every frame. A user id instead picks the video that user liked last (if it liked any).
   */
  spotlight(pick: { video: number } | { user: number } | null): Promise<SpotlightPick>;
  metrics(): Promise<RunMetrics>;
  /**
   * Applies interventions to the run now, between ticks, as `sim.intervene` does (a knob
   * turned mid-run); the run plays on from here. Refused changes leave the run untouched.
   */
  intervene(changes: InterventionChange[]): Promise<InterveneResult>;
  /**
   * The run as it was at a tick already played, from the nearest snapshot kept, for the
   * futures of a fork to start from.
   */
  stateAt(tick: number): Promise<WatchedState>;
}

/** The tick a change was made at, or why it was refused. */
export type InterveneResult = { ok: true; tick: number } | { ok: false; problems: string[] };

/** What a spotlight request found: the video now followed, or why there is none. */
export type SpotlightPick = { video: number } | { video: null; reason?: string };
