import type { ReactiveControllerHost } from "lit";
import type { InitOptions, InitResult } from "../engine-host/engine-api.js";
import type { RunSpec } from "./run-plan.js";
import {
  type ControllerOptions,
  type RunStatus,
  SimulationController,
} from "./simulation-controller.js";

/**
 * Workers each of `runs` runs on the page may use: the machine's cores shared out, at least
 * one each (a run of several worlds splits them across its share).
 */
export function threadsPerRun(
  runs: number,
  cores: number = globalThis.navigator?.hardwareConcurrency ?? 1,
): number {
  return Math.max(1, Math.floor(cores / Math.max(1, runs)));
}

/** What a controller is given to start a planned run, one of `runs` on the page. */
export function initOptions(spec: RunSpec, runs = 1): InitOptions {
  return {
    threads: threadsPerRun(runs),
    overrides: spec.overrides,
    source: spec.source,
    traceUser: spec.traceUser,
    branch: spec.branch,
    resume: spec.resume,
  };
}

/**
 * The one or two runs on the page (two in compare mode), driven together: play, pause, step,
 * reset and speed go to every run; each keeps its own worker, so one crash stops one run.
 */
export class RunGroup {
  readonly runs: SimulationController[] = [];
  labels: string[] = [];
  private speed = 20;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ControllerOptions,
  ) {}

  /** Status of the group: playing if any run plays, else the first run's. */
  get status(): RunStatus {
    if (this.runs.some((run) => run.status === "playing")) return "playing";
    if (this.runs.some((run) => run.status === "paused")) return "paused";
    return this.runs[0]?.status ?? "empty";
  }

  /**
   * Starts the planned runs from tick 0, creating or ending workers to match their number;
   * play goes on if it was on. Returns the problems of any run the engine refused.
   */
  async start(specs: readonly RunSpec[], labels: readonly string[]): Promise<string[]> {
    const wasPlaying = this.status === "playing";
    while (this.runs.length > specs.length) {
      const run = this.runs.pop()!;
      this.host.removeController(run);
      run.hostDisconnected();
    }
    while (this.runs.length < specs.length) {
      const run: SimulationController = new SimulationController(this.host, {
        ...this.options,
        pace: (): number => this.paceOf(run),
      });
      run.ticksPerSecond = this.speed;
      this.runs.push(run);
    }
    this.labels = [...labels];
    const results = await Promise.all(
      specs.map((spec, i) => this.runs[i].load(spec.input, initOptions(spec, specs.length))),
    );
    if (wasPlaying) this.play();
    return results.flatMap((result: InitResult | undefined) =>
      result && !result.ok ? result.problems : [],
    );
  }

  /**
   * How far a run may play for now: one tick past the slowest other world that is running,
   * so that worlds compared side by side show the same tick (their engines differ in speed).
   */
  private paceOf(run: SimulationController): number {
    let slowest = Infinity;
    for (const other of this.runs) {
      if (other === run || (other.status !== "playing" && other.status !== "paused")) continue;
      slowest = Math.min(slowest, other.tick);
    }
    return slowest + 1;
  }

  play(): void {
    for (const run of this.runs) run.play();
  }

  /** Pauses every run at the furthest tick shown, so worlds side by side stop together. */
  pause(): void {
    const shown = Math.max(...this.runs.map((run) => run.tick));
    for (const run of this.runs) run.pause(shown);
  }

  async step(): Promise<void> {
    await Promise.all(this.runs.map((run) => run.step()));
  }

  async reset(): Promise<void> {
    this.pause();
    await Promise.all(this.runs.map((run) => run.reset()));
  }

  setSpeed(ticksPerSecond: number): void {
    this.speed = ticksPerSecond;
    for (const run of this.runs) run.ticksPerSecond = ticksPerSecond;
  }
}
