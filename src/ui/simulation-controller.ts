import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { RunMetrics, Summary, TimeSeries } from "../engine/types.js";
import type { DistributionFrame } from "../engine-host/distributions.js";
import type {
  BranchInfo,
  Frame,
  InitOptions,
  InitResult,
  InterveneResult,
  NetworkInfo,
  SpotlightPick,
} from "../engine-host/engine-api.js";
import type { FeedCard } from "../engine-host/feed-cards.js";
import type { NetworkFrame } from "../engine-host/network-watch.js";
import type { SnapshotFigures } from "../engine-host/run-snapshots.js";
import type { SpotlightFrame } from "../engine-host/spotlight.js";
import type { RaceFrame } from "../engine-host/video-race.js";
import type { WatchedState } from "../engine-host/watched-run.js";
import type { Scenario } from "../scenario/schema.js";
import type { InterventionChange } from "../scenario/sections/interventions.js";
import { EngineCalls } from "./engine-calls.js";
import type { Connect } from "./engine-connection.js";
import type { FrameGate } from "./frame-gate.js";
import { SeriesStore } from "./series-store.js";

export type RunStatus = "empty" | "paused" | "playing" | "finished" | "crashed";

export interface ControllerOptions {
  connect: Connect;
  /** Shared by every controller of a page, so that two runs still render once per frame. */
  gate: FrameGate;
  now?: () => number;
  nextFrame?: (callback: () => void) => void;
  /** A call unanswered for this long marks the engine as stalled (default 10 s). */
  stallMs?: number;
  /**
   * The furthest tick this run may play to for now (worlds compared side by side keep in step:
   * the faster waits for the slower). Default: no limit.
   */
  pace?: () => number;
}

/** Most ticks one frame may owe after a stall, in seconds of play, so a stall is not replayed. */
const MAX_BACKLOG_SECONDS = 0.25;
/**
 * Worker time one batch of a playing run may take: how far the worker may run ahead of a
 * Pause (plus one tick, which the engine cannot split). The view stops at the click; the
 * batch in flight is held until the run is read or moved again.
 */
export const BATCH_BUDGET_MS = 35;
/** How often a playing run brings the distribution charts' data (they sort every video). */
export const CHARTS_EVERY_MS = 500;

/**
 * Owns one engine worker: starts it, feeds it a scenario, plays it at a chosen speed, pauses,
 * steps, resets, and restarts it after a crash. Every call to the worker goes through one
 * queue (EngineCalls), so results are applied in the order they were asked for, and every
 * state change happens inside that queue. Components read the fields; they never talk to the worker.
 */
export class SimulationController implements ReactiveController {
  status: RunStatus = "empty";
  scenario: Scenario | undefined;
  seed = 0;
  network: NetworkInfo | undefined;
  /** Workers the run's worlds are stepped in (several worlds, split across cores). */
  workers = 1;
  /** Where this run forked from its original, when it is one future of a fork. */
  branch: BranchInfo | undefined;
  tick = 0;
  /** The run's series so far (world 0), a new object after every batch that brought rows. */
  series: TimeSeries;
  summary: Summary | undefined;
  reasons: Float64Array | undefined;
  race: RaceFrame | undefined;
  feed: { user: number; cards: FeedCard[] } | undefined;
  /**
   * The network view's latest data. The view transfers its arrays to its painting worker, so
   * nothing else may read them.
   */
  networkFrame: NetworkFrame | undefined;
  spotlight: SpotlightFrame | undefined;
  /** The snapshots the worker keeps of this run, for forks from earlier ticks. */
  snapshots: SnapshotFigures | undefined;
  /** The distribution charts' data, refreshed a few times a second while playing. */
  charts: DistributionFrame | undefined;
  /** True while a call has gone unanswered for longer than `stallMs`: slow, or stuck. */
  get stalled(): boolean {
    return this.calls.stalled;
  }
  /** Why the engine stopped, when status is "crashed". */
  fault: string | undefined;
  ticksPerSecond = 20;

  private readonly store = new SeriesStore();
  /**
   * Frames that reached the page after Pause: a batch in flight cannot be called back, so
   * its ticks are kept here instead of shown, and the view stays at the tick of the click.
   * They are shown, in order, before anything that reads or moves the run (Play, Step, a knob,
   * the spotlight, an export, a fork).
   */
  private held: Frame[] = [];
  /** The furthest tick a batch landing after Pause may still show (see `pause`). */
  private shownUpTo = 0;
  private readonly calls: EngineCalls;
  private lastValid: { input: unknown; options: InitOptions } | undefined;
  private lastAsked: { input: unknown; options: InitOptions } | undefined;
  private loopId = 0;
  private credit = 0;
  private lastTime = 0;
  private chartsAt = Number.NEGATIVE_INFINITY;
  private networkNodes = 0;
  private topologyWanted = false;
  private readonly now: () => number;
  private readonly nextFrame: (callback: () => void) => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ControllerOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.nextFrame = options.nextFrame ?? ((callback) => requestAnimationFrame(() => callback()));
    this.series = this.store.view();
    this.calls = new EngineCalls({
      connect: options.connect,
      stallMs: options.stallMs,
      changed: () => options.gate.request(),
      crashed: (error) => this.crash(error),
    });
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.pause();
    this.calls.end();
  }

  /**
   * Validates and starts a scenario from tick 0. If the engine refuses it, the current run
   * carries on untouched and the problems are returned for the page to show.
   */
  load(input: unknown, options: InitOptions = {}): Promise<InitResult | undefined> {
    // A state to resume from is used once: Reset and a restart play from tick 0 again.
    const { resume: _, ...replay } = options;
    this.lastAsked = { input, options: replay };
    return this.calls.call(async (api) => {
      const result = await api.init(input, options);
      if (result.ok) {
        this.lastValid = { input, options: replay };
        this.begin(result);
        // The world at tick 0, drawn before Play.
        this.apply(await api.advance(this.request(0, true)));
      }
      return result;
    });
  }

  /** Starts the last valid scenario again from tick 0, keeping play or pause. */
  reset(): Promise<InitResult | undefined> {
    if (!this.lastValid) return Promise.resolve(undefined);
    return this.load(this.lastValid.input, this.lastValid.options);
  }

  /** After a crash: a new worker, the last valid scenario (or the one that crashed) from tick 0. */
  restart(): Promise<InitResult | undefined> {
    const again = this.lastValid ?? this.lastAsked;
    this.loopId++;
    this.calls.end();
    this.fault = undefined;
    this.status = this.lastValid ? "paused" : "empty";
    this.options.gate.request();
    return again ? this.load(again.input, again.options) : Promise.resolve(undefined);
  }

  play(): void {
    if (this.status !== "paused") return;
    this.release();
    this.status = "playing";
    this.credit = 0;
    this.lastTime = this.now();
    void this.loop(++this.loopId);
    this.options.gate.request();
  }

  /**
   * Stops at the tick shown, or at `shownUpTo` (worlds side by side pause at the furthest
   * of them, so that one whose batch was still in flight catches up instead of being held a
   * tick behind).
   */
  pause(shownUpTo = this.tick): void {
    this.loopId++;
    if (this.status !== "playing") return;
    this.status = "paused";
    this.shownUpTo = shownUpTo;
    // While playing, metrics and charts arrive a few times a second; on pause, the exact tick's.
    void this.advanceBy(0);
    this.options.gate.request();
  }

  /**
   * Advances one tick while paused (pausing first); a tick already computed after a pause is
   * the step.
   */
  step(): Promise<void> {
    this.pause();
    return this.advanceBy(1);
  }

  /** Shows the frames held since a pause. */
  private release(): void {
    const held = this.held;
    this.held = [];
    for (const frame of held) this.apply(frame);
    if (this.scenario && this.tick >= this.scenario.ticks) this.status = "finished";
  }

  /**
   * The network view's node budget. A new budget, or `fresh` (a new view that has drawn
   * nothing yet), brings the drawn users and their follows with the next frame; while paused,
   * that frame is fetched at once.
   */
  watchNetwork(nodes: number, fresh: boolean): void {
    if (nodes === this.networkNodes && !fresh) return;
    this.networkNodes = nodes;
    this.topologyWanted = true;
    if (this.status !== "playing" && this.scenario) void this.advanceBy(0);
  }

  /**
   * Changes the run between ticks and lets it play on from there (a knob turned mid-run).
   * `replay(tick)` is the run as the page now describes it, the change scheduled at the tick
   * it was made: what Reset and a restart after a crash start from then on.
   */
  intervene(
    changes: InterventionChange[],
    replay: (tick: number) => { input: unknown; options: InitOptions },
  ): Promise<InterveneResult | undefined> {
    return this.calls.call(async (api) => {
      this.release();
      const result = await api.intervene(changes);
      if (!result.ok) return result;
      this.lastValid = replay(result.tick);
      this.lastAsked = this.lastValid;
      if (this.status !== "playing") this.apply(await api.advance(this.request(0, true)));
      return result;
    });
  }

  /** The run as it was at a tick already played (see `EngineApi.stateAt`). */
  stateAt(tick: number): Promise<WatchedState | undefined> {
    return this.calls.call((api) => {
      this.release();
      return api.stateAt(tick);
    });
  }

  /** Puts a video (or the video a user liked last) in the spotlight; null ends it. */
  pick(target: { video: number } | { user: number } | null): Promise<SpotlightPick | undefined> {
    return this.calls.call(async (api) => {
      this.release();
      const picked = await api.spotlight(target);
      if (picked.video === null) this.spotlight = undefined;
      if (this.status !== "playing") this.apply(await api.advance(this.request(0, true)));
      return picked;
    });
  }

  /** The whole run's metrics (every world, every series), for export and checks. */
  metrics(): Promise<RunMetrics | undefined> {
    return this.calls.call((api) => {
      this.release();
      return api.metrics();
    });
  }

  private begin(result: Extract<InitResult, { ok: true }>): void {
    this.scenario = result.scenario;
    this.seed = result.seed;
    this.network = result.network;
    this.branch = result.branch;
    this.workers = result.workers ?? 1;
    this.tick = 0;
    this.held = [];
    this.store.clear();
    this.series = this.store.view();
    this.summary = undefined;
    this.reasons = undefined;
    this.race = undefined;
    this.feed = undefined;
    this.spotlight = undefined;
    this.charts = undefined;
    this.topologyWanted = true;
    this.chartsAt = Number.NEGATIVE_INFINITY;
    if (this.status !== "playing") this.status = "paused";
    this.options.gate.request();
  }

  private async loop(id: number): Promise<void> {
    while (this.status === "playing" && id === this.loopId) {
      const due = this.ticksDue();
      const ticks = Math.max(0, Math.min(due, (this.options.pace?.() ?? Infinity) - this.tick));
      this.credit += due - ticks;
      if (ticks === 0) await new Promise<void>((resolve) => this.nextFrame(resolve));
      else await this.advanceBy(ticks, id);
    }
  }

  /** Ticks owed since the last batch at the chosen speed; a fraction waits for the next frame. */
  private ticksDue(): number {
    const time = this.now();
    const owed = this.credit + ((time - this.lastTime) * this.ticksPerSecond) / 1000;
    this.lastTime = time;
    this.credit = Math.min(owed, Math.max(1, this.ticksPerSecond * MAX_BACKLOG_SECONDS));
    const ticks = Math.floor(this.credit);
    this.credit -= ticks;
    return ticks;
  }

  /** What to ask the engine for along with `ticks` ticks. */
  private request(ticks: number, settled: boolean) {
    const time = this.now();
    const charts = settled || time - this.chartsAt >= CHARTS_EVERY_MS;
    if (charts) this.chartsAt = time;
    const topology = this.topologyWanted;
    this.topologyWanted = false;
    return {
      ticks,
      budgetMs: settled ? undefined : BATCH_BUDGET_MS,
      fresh: settled,
      charts,
      network: this.networkNodes,
      topology,
    };
  }

  /**
   * Steps `ticks` ticks. `loop` is the play loop that asked: if it has ended (a pause) before
   * the call's turn in the queue came, the ticks are not run, so that a pause lets at most the
   * batch already in the worker finish, and that batch is held rather than shown. A step while
   * frames are held shows them: the tick already computed is the step.
   */
  private advanceBy(ticks: number, loop?: number): Promise<void> {
    return this.calls.call(async (api) => {
      if (!this.scenario || (loop !== undefined && loop !== this.loopId)) return;
      if (loop === undefined && ticks > 0 && this.held.length > 0) {
        this.release();
        return;
      }
      const count = Math.min(ticks, this.scenario.ticks - this.tick);
      const playing = this.status === "playing";
      if (count > 0 || !playing) {
        const before = this.tick;
        const frame = await api.advance(this.request(count, !playing));
        // Paused while the batch ran (past the tick it stops at), or behind frames already
        // held: keep it, show nothing new.
        const late =
          loop !== undefined
            ? loop !== this.loopId && (this.held.length > 0 || frame.tick > this.shownUpTo)
            : this.held.length > 0;
        if (late) {
          this.held.push(frame);
          return;
        }
        this.apply(frame);
        // Ticks the budget cut off are still owed (up to the backlog's bound).
        if (playing) this.credit += count - (frame.tick - before);
      }
      if (this.tick >= this.scenario.ticks) {
        if (this.status === "playing") this.apply(await api.advance(this.request(0, true)));
        this.loopId++;
        this.status = "finished";
      }
    }) as Promise<void>;
  }

  private apply(frame: Frame): void {
    if (frame.rows.tick.length > 0) {
      this.store.append(frame.rows);
      this.series = this.store.view();
    }
    this.tick = frame.tick;
    this.summary = frame.summary ?? this.summary;
    this.reasons = frame.reasons ?? this.reasons;
    this.race = frame.race;
    this.feed = frame.feed ?? this.feed;
    this.networkFrame = frame.network ?? this.networkFrame;
    this.spotlight = frame.spotlight;
    this.charts = frame.charts ?? this.charts;
    this.snapshots = frame.snapshots;
    this.options.gate.request();
  }

  private crash(error: unknown): void {
    this.loopId++;
    this.fault = error instanceof Error ? error.message : String(error);
    this.status = "crashed";
    this.options.gate.request();
  }
}
