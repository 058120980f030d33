import { restoreSimulation } from "../engine/simulation.js";
import { type SimulationState, stateBytes } from "../engine/state/simulation-state.js";
import {
  type RunMetrics,
  SERIES_COLUMNS,
  type Simulation,
  type Snapshot,
  type TimeSeries,
} from "../engine/types.js";
import type { InterventionChange } from "../scenario/sections/interventions.js";
import { distributions, type WorldLikes } from "./distributions.js";
import type { AdvanceRequest, Frame, SpotlightPick } from "./engine-api.js";
import { feedCards } from "./feed-cards.js";
import { type NetworkState, NetworkWatch } from "./network-watch.js";
import { RunSnapshots } from "./run-snapshots.js";
import { spotlightFrame } from "./spotlight.js";
import { type HistoryState, VideoHistory } from "./video-history.js";
import { type RaceState, VideoRace } from "./video-race.js";
import { type PartMeasures, runSummary, worldLikes } from "./world-part.js";

/** How often a playing run's summary is read, in ms of the worker's clock. */
export const METRICS_EVERY_MS = 200;
/** Cards in the feed view. */
export const FEED_CARDS = 12;
/** How often a playing run sends the feed, in ms of the worker's clock: a feed read by eye. */
export const FEED_EVERY_MS = 1000;

function rowsBetween(series: TimeSeries, from: number, to: number): TimeSeries {
  const rows = {} as TimeSeries;
  for (const column of SERIES_COLUMNS) rows[column] = series[column].slice(from, to);
  return rows;
}

/** No rows; new arrays each time, since a sent message's buffers are transferred away. */
function noRows(): TimeSeries {
  return Object.fromEntries(SERIES_COLUMNS.map((c) => [c, new Float64Array(0)])) as TimeSeries;
}

/**
 * What a run split across threads read of its parts at the run's tick: every part's
 * measures in world order, this worker's first, when the summary is read; the other
 * workers' worlds' likes when the charts are asked for.
 */
export interface OtherWorlds {
  measures?: PartMeasures[];
  likes?: WorldLikes[];
}

/**
 * Checks a fork's tick against a run at `now` and, for a tick already passed, replays the
 * nearest snapshot at or before it to that tick. Undefined for `now` itself: the caller saves.
 */
export function pastState(
  tick: number,
  now: number,
  changes: number,
  snapshots: RunSnapshots<WatchedState> | undefined,
  clock: () => number,
): WatchedState | undefined {
  if (!Number.isInteger(tick) || tick < 0 || tick > now) {
    throw new RangeError(`tick: got ${tick}; allowed: a tick played, from 0 to ${now}`);
  }
  if (tick === now) return undefined;
  if (changes > 0) {
    throw new RangeError(
      `tick ${tick}: the run was changed mid-run, which its snapshots do not replay; allowed: the current tick ${now}`,
    );
  }
  const nearest = snapshots?.nearest(tick);
  if (!nearest) throw new RangeError(`tick ${tick}: no snapshot at or before it`);
  const replay = WatchedRun.resume(nearest.state, clock);
  replay.stepTo(tick);
  return replay.save();
}

/** A watched run at one tick: the simulation's whole state and what the views recorded. */
export interface WatchedState {
  sim: SimulationState;
  race: RaceState;
  history: HistoryState;
  network: NetworkState;
}

/**
 * One simulation and everything the page follows of it, kept in the worker: it steps the run
 * a tick at a time, and after each tick the race, the sampled history and the drawn users'
 * likes read that tick's snapshot. What the page sees is then a function of the ticks run,
 * never of how often it asked.
 */
export class WatchedRun {
  private readonly race: VideoRace;
  private readonly history: VideoHistory;
  private readonly network: NetworkWatch;
  /** Kept by a run watched from its start; a run resumed from a state keeps none. */
  private readonly snapshots: RunSnapshots<WatchedState> | undefined;
  private snapshot: Snapshot;
  /** Changes made between ticks (interventions), which a replay from a snapshot would miss. */
  private changes = 0;
  private spotlit: number | null = null;
  private reported = 0;
  private measuredAt = Number.NEGATIVE_INFINITY;
  private feedKey = "";
  private feedAt = Number.NEGATIVE_INFINITY;

  /**
   * Watches a run from its start, or, with `views`, from where a saved state left it. A run
   * split across threads keeps its snapshots itself (`keepSnapshots` false): only it can save
   * every world.
   */
  constructor(
    readonly simulation: Simulation,
    private readonly now: () => number,
    views?: Omit<WatchedState, "sim">,
    keepSnapshots = !views,
  ) {
    const ticks = simulation.scenario.ticks;
    this.snapshots = keepSnapshots ? new RunSnapshots(ticks) : undefined;
    this.snapshot = simulation.snapshot();
    this.race = new VideoRace(views?.race);
    this.history = new VideoHistory(ticks, views?.history);
    this.network = new NetworkWatch(views?.network ?? this.snapshot.users.followers);
    if (!views) this.observe();
    this.keepSnapshot();
  }

  /** A run picked up from a saved state: it goes on exactly as the saved run would have. */
  static resume(state: WatchedState, now: () => number): WatchedRun {
    return new WatchedRun(restoreSimulation(state.sim), now, state);
  }

  /**
   * The run and its views now, copied (the simulation's arrays too). A run split across
   * threads gives the whole simulation's state, joined from its parts (`sim`).
   */
  save(sim: SimulationState = this.simulation.save()): WatchedState {
    return {
      sim,
      race: this.race.save(),
      history: this.history.save(),
      network: this.network.save(),
    };
  }

  private keepSnapshot(): void {
    const tick = this.simulation.tick;
    if (this.snapshots?.due(tick)) {
      const state = this.save();
      this.snapshots.keep(tick, stateBytes(state.sim), state);
    }
  }

  /**
   * The run as it was at `tick` (one already played): the nearest snapshot at or before it,
   * restored and played on to `tick` with the views watching, as the original run played.
   */
  stateAt(tick: number): WatchedState {
    return (
      pastState(tick, this.simulation.tick, this.changes, this.snapshots, this.now) ?? this.save()
    );
  }

  /** Changes made to the run between ticks (knobs mid-run): its snapshots cannot replay them. */
  get changedMidRun(): number {
    return this.changes;
  }

  private observe(): void {
    this.race.observe(this.snapshot);
    this.history.observe(this.snapshot);
    this.network.observe(this.snapshot);
  }

  private stepOne(): void {
    this.simulation.step(1);
    this.snapshot = this.simulation.snapshot();
    this.observe();
    this.keepSnapshot();
  }

  /**
   * Plays on to `tick` without reporting: the views see every tick, and the next frame brings
   * the rows of all of them.
   */
  stepTo(tick: number): void {
    while (this.simulation.tick < tick) this.stepOne();
  }

  get tick(): number {
    return this.simulation.tick;
  }

  /** The run's metrics now, every world's (exports). */
  metrics(): RunMetrics {
    return this.simulation.metrics();
  }

  /** Changes the run now, between ticks, as `sim.intervene` does (a knob turned mid-run). */
  intervene(changes: InterventionChange[]): void {
    this.simulation.intervene(changes);
    this.changed();
  }

  /**
   * Reads the run again after a change made between ticks (an intervention): the race shows
   * what the change did at once; the history and the likers keep the tick as it was played.
   */
  changed(): void {
    this.changes++;
    this.snapshot = this.simulation.snapshot();
    this.race.observe(this.snapshot);
  }

  /** Steps up to `ticks` ticks, fewer once `budgetMs` of the clock are spent (at least one). */
  play(ticks: number, budgetMs?: number): void {
    const sim = this.simulation;
    const start = this.now();
    const end = sim.scenario.ticks;
    for (let i = 0; i < ticks && sim.tick < end; i++) {
      this.stepOne();
      if (budgetMs !== undefined && this.now() - start >= budgetMs) break;
    }
  }

  /** Whether a report now reads the summary: asked for, due on its cadence, or the run's end. */
  measuresDue(request: AdvanceRequest): boolean {
    const sim = this.simulation;
    const due = this.now() - this.measuredAt >= METRICS_EVERY_MS || sim.tick >= sim.scenario.ticks;
    return (request.fresh ?? false) || due;
  }

  /** Steps up to `request.ticks` ticks (fewer once the budget is spent) and reports. */
  advance(request: AdvanceRequest): Frame {
    this.play(request.ticks, request.budgetMs);
    return this.report(request, this.measuresDue(request));
  }

  /**
   * What the page sees of the run now; with `measure`, the summary too. A run split across
   * threads gives its other worlds' measures and likes (`others`), read at this tick.
   */
  report(request: AdvanceRequest, measure: boolean, others: OtherWorlds = {}): Frame {
    const sim = this.simulation;
    const end = sim.scenario.ticks;
    const frame: Frame = {
      tick: sim.tick,
      fromTick: this.reported,
      rows: noRows(),
      race: this.race.frame(this.snapshot),
      snapshots: this.snapshots?.figures(),
    };
    if (measure) {
      // Louvain and Kendall cost seconds at 10⁵ users: measured once the run is over.
      const costly = sim.tick >= end;
      const metrics = sim.metrics({ costly });
      this.measuredAt = this.now();
      frame.rows = rowsBetween(metrics.series[0], this.reported, metrics.tick);
      frame.summary = others.measures ? runSummary(others.measures) : metrics.summary;
      frame.reasons = metrics.reasons.slice();
      this.reported = metrics.tick;
    }
    this.addFeed(frame, request.fresh ?? false);
    if (request.network) this.addNetwork(frame, request.network, request.topology ?? false);
    if (this.spotlit !== null) {
      frame.spotlight = spotlightFrame(this.spotlit, this.snapshot, this.history);
    }
    if (request.charts) {
      const rest = [...worldLikes(sim, 1), ...(others.likes ?? [])];
      frame.charts = distributions(this.snapshot, this.history, frame.race.entries, rest);
    }
    return frame;
  }

  /** The feed's cards, when the traced user saw something new (a few times a second at most). */
  private addFeed(frame: Frame, fresh: boolean): void {
    const { trace } = this.snapshot;
    const key = `${trace.user}:${trace.count}:${trace.tick[trace.count - 1]}:${trace.video[trace.count - 1]}`;
    const time = this.now();
    if (key === this.feedKey || (!fresh && time - this.feedAt < FEED_EVERY_MS)) return;
    this.feedKey = key;
    this.feedAt = time;
    frame.feed = { user: trace.user, cards: feedCards(this.snapshot, FEED_CARDS) };
  }

  private addNetwork(frame: Frame, nodes: number, topology: boolean): void {
    const tick = this.snapshot.tick;
    const graph = this.network.wantsEdges(tick, nodes, topology)
      ? this.simulation.snapshot({ graph: true }).graph
      : undefined;
    frame.network = this.network.frame(this.snapshot, nodes, frame.race.entries, {
      topology,
      graph,
    });
  }

  spotlight(pick: { video: number } | { user: number } | null): SpotlightPick {
    if (pick === null) {
      this.spotlit = null;
    } else if ("video" in pick) {
      this.spotlit = pick.video;
    } else {
      const video = this.network.lastLikedBy(pick.user);
      if (video === null) {
        return { video: null, reason: `user ${pick.user} has not liked a video yet` };
      }
      this.spotlit = video;
    }
    this.network.spotlight(this.spotlit);
    return { video: this.spotlit };
  }
}
