import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { RunMetrics, Snapshot, Summary, TimeSeries } from "../engine/types.js";
import type { EngineApi, InitOptions, InitResult, NetworkInfo } from "../engine-host/engine-api.js";
import type { FollowReport } from "../engine-host/video-follower.js";
import type { Scenario } from "../scenario/schema.js";
import type { Connect, EngineConnection } from "./engine-connection.js";
import type { FrameGate } from "./frame-gate.js";
import { LikeHistory } from "./like-history.js";
import { SeriesStore } from "./series-store.js";

export type RunStatus = "empty" | "paused" | "playing" | "finished" | "crashed";

export interface ControllerOptions {
  connect: Connect;
  /** Shared by every controller of a page, so that two runs still render once per frame. */
  gate: FrameGate;
  now?: () => number;
  nextFrame?: (callback: () => void) => void;
  /** Ticks between snapshots that carry the follow graph (it changes slowly). */
  graphEvery?: number;
  /** A call unanswered for this long marks the engine as stalled (default 10 s). */
  stallMs?: number;
}

/** Most ticks one frame may owe after a stall, in seconds of play, so a stall is not replayed. */
const MAX_BACKLOG_SECONDS = 0.25;

/**
 * Owns one engine worker: starts it, feeds it a scenario, plays it at a chosen speed, pauses,
 * steps, resets, and restarts it after a crash. Every call to the worker goes through one
 * queue, so results are applied in the order they were asked for, and every state change
 * happens inside that queue. Components read the fields; they never talk to the worker.
 */
export class SimulationController implements ReactiveController {
  status: RunStatus = "empty";
  scenario: Scenario | undefined;
  seed = 0;
  network: NetworkInfo | undefined;
  tick = 0;
  /** The run's series so far (world 0), a new object after every batch. */
  series: TimeSeries;
  summary: Summary | undefined;
  reasons: Float64Array | undefined;
  snapshot: Snapshot | undefined;
  /** The followed video: since when, and a flag per user who liked it since (network highlight). */
  followed: { video: number; since: number; likedBy: Uint8Array; likers: number } | undefined;
  /** Likes per video at sampled ticks, for the top videos' trajectories. */
  readonly history = new LikeHistory();
  /** True while a call has gone unanswered for longer than `stallMs`: slow, or stuck. */
  stalled = false;
  /** Why the engine stopped, when status is "crashed". */
  fault: string | undefined;
  ticksPerSecond = 20;

  private readonly store = new SeriesStore();
  private graph: Snapshot["graph"];
  private connection: EngineConnection | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private lastValid: { input: unknown; options: InitOptions } | undefined;
  private lastAsked: { input: unknown; options: InitOptions } | undefined;
  private loopId = 0;
  private credit = 0;
  private lastTime = 0;
  private graphTick = Number.NEGATIVE_INFINITY;
  private readonly now: () => number;
  private readonly nextFrame: (callback: () => void) => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ControllerOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.nextFrame = options.nextFrame ?? ((callback) => requestAnimationFrame(() => callback()));
    this.series = this.store.view();
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.pause();
    this.connection?.terminate();
    this.connection = undefined;
  }

  /**
   * Validates and starts a scenario from tick 0. If the engine refuses it, the current run
   * carries on untouched and the problems are returned for the page to show.
   */
  load(input: unknown, options: InitOptions = {}): Promise<InitResult | undefined> {
    this.lastAsked = { input, options };
    return this.call(async (api) => {
      const result = await api.init(input, options);
      if (result.ok) {
        this.lastValid = { input, options };
        this.begin(result);
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
    this.connection?.terminate();
    this.connection = undefined;
    this.stalled = false;
    this.fault = undefined;
    this.status = this.lastValid ? "paused" : "empty";
    this.queue = Promise.resolve();
    this.options.gate.request();
    return again ? this.load(again.input, again.options) : Promise.resolve(undefined);
  }

  play(): void {
    if (this.status !== "paused") return;
    this.status = "playing";
    this.credit = 0;
    this.lastTime = this.now();
    void this.loop(++this.loopId);
    this.options.gate.request();
  }

  pause(): void {
    this.loopId++;
    if (this.status !== "playing") return;
    this.status = "paused";
    // While playing, metrics arrive a few times a second; on pause, show the exact tick's.
    void this.advanceBy(0);
    this.options.gate.request();
  }

  /** Advances one tick while paused (pausing first). */
  step(): Promise<void> {
    this.pause();
    return this.advanceBy(1);
  }

  /** Follows a video from the current tick on (null: stop), to highlight who likes it. */
  follow(video: number | null): Promise<void> {
    return this.call(async (api) => {
      await api.follow(video);
      const users = this.scenario?.population.users ?? 0;
      this.followed =
        video === null
          ? undefined
          : { video, since: this.tick, likedBy: new Uint8Array(users), likers: 0 };
      this.options.gate.request();
    }) as Promise<void>;
  }

  /** The whole run's metrics (every world, every series), for export and checks. */
  metrics(): Promise<RunMetrics | undefined> {
    return this.call((api) => api.metrics());
  }

  private begin(result: Extract<InitResult, { ok: true }>): void {
    this.scenario = result.scenario;
    this.seed = result.seed;
    this.network = result.network;
    this.tick = 0;
    this.store.clear();
    this.series = this.store.view();
    this.summary = undefined;
    this.reasons = undefined;
    this.snapshot = undefined;
    this.graph = undefined;
    this.history.clear();
    this.followed = undefined;
    this.graphTick = Number.NEGATIVE_INFINITY;
    if (this.status !== "playing") this.status = "paused";
    this.options.gate.request();
  }

  private async loop(id: number): Promise<void> {
    while (this.status === "playing" && id === this.loopId) {
      const ticks = this.ticksDue();
      if (ticks === 0) await new Promise<void>((resolve) => this.nextFrame(resolve));
      else await this.advanceBy(ticks);
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

  private advanceBy(ticks: number): Promise<void> {
    return this.call(async (api) => {
      if (!this.scenario) return;
      const count = Math.min(ticks, this.scenario.ticks - this.tick);
      if (count > 0 || (ticks === 0 && this.status !== "playing")) {
        const progress = await api.advance(count, this.status !== "playing");
        if (progress.rows.tick.length > 0) {
          this.store.append(progress.rows);
          this.series = this.store.view();
        }
        this.tick = progress.tick;
        this.summary = progress.summary ?? this.summary;
        this.reasons = progress.reasons ?? this.reasons;
        this.noteLikers(progress.followed);
        const withGraph = this.tick - this.graphTick >= (this.options.graphEvery ?? 24);
        const snapshot = await api.snapshot({ graph: withGraph });
        if (withGraph) {
          this.graph = snapshot.graph;
          this.graphTick = this.tick;
        }
        // Views draw follow edges from every snapshot; between refreshes they get the last graph.
        this.snapshot = { ...snapshot, graph: this.graph };
        this.history.record(this.tick, snapshot.videos.likes);
      }
      if (this.tick >= this.scenario.ticks) {
        this.loopId++;
        this.status = "finished";
      }
      this.options.gate.request();
    }) as Promise<void>;
  }

  /** Marks the new likers of the followed video, in a new array so that the view sees it. */
  private noteLikers(report: FollowReport | undefined): void {
    const followed = this.followed;
    if (!report || !followed || report.video !== followed.video || report.likers.length === 0)
      return;
    const likedBy = followed.likedBy.slice();
    let likers = followed.likers;
    for (const user of report.likers) {
      if (user < likedBy.length && likedBy[user] === 0) {
        likedBy[user] = 1;
        likers++;
      }
    }
    this.followed = { ...followed, likedBy, likers };
  }

  /** Runs `work` after every earlier call; a failure anywhere is a crash of this engine. */
  private call<T>(work: (api: EngineApi) => Promise<T>): Promise<T | undefined> {
    const connection = this.connect();
    const run = this.queue.then(() =>
      connection === this.connection ? this.watched(connection, work(connection.api)) : undefined,
    );
    this.queue = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      if (connection === this.connection) this.crash(error);
      return undefined;
    });
  }

  /** Flags the engine as stalled while `answer` is overdue; clears the flag when it comes. */
  private async watched<T>(connection: EngineConnection, answer: Promise<T>): Promise<T> {
    const timer = setTimeout(() => {
      if (connection !== this.connection) return;
      this.stalled = true;
      this.options.gate.request();
    }, this.options.stallMs ?? 10_000);
    try {
      return await answer;
    } finally {
      clearTimeout(timer);
      if (this.stalled && connection === this.connection) {
        this.stalled = false;
        this.options.gate.request();
      }
    }
  }

  private connect(): EngineConnection {
    if (this.connection) return this.connection;
    const connection = this.options.connect();
    connection.onFault((message) => {
      if (connection === this.connection) this.crash(new Error(message));
    });
    this.connection = connection;
    return connection;
  }

  private crash(error: unknown): void {
    this.loopId++;
    this.fault = error instanceof Error ? error.message : String(error);
    this.status = "crashed";
    this.connection?.terminate();
    this.connection = undefined;
    this.options.gate.request();
  }
}
