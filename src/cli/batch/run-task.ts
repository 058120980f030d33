import type { ImportedNetwork } from "../../engine/graph/imported-network.js";
import { createSimulation } from "../../engine/simulation.js";
import { summarizeRun } from "../../engine/summary.js";
import type { Simulation, Summary, TimeSeries } from "../../engine/types.js";
import { measureFigure } from "../../inference/figures.js";
import type { FigureSpec } from "../../inference/targets.js";
import {
  type ExtendedSummary,
  extendedSummary,
  meanExtendedSummary,
} from "../../metrics/extended-summary.js";
import { lorenz } from "../../metrics/inequality.js";
import type { Scenario } from "../../scenario/schema.js";
import { type BranchSpec, type Measured, runBranches } from "../branch/run-branches.js";
import { readNetworkFile } from "../network-file.js";
import { isBadInput } from "../usage-error.js";

/** One run to do: the same data whether it runs inline or in a worker thread. */
export interface RunTask {
  id: number;
  /** The scenario with its overrides applied, parsed. */
  scenario: Scenario;
  seed: number;
  /** Absolute path of the network file when graph.kind is "file". */
  networkPath?: string;
  /** Return the per-tick series (for --timeseries). */
  series: boolean;
  /** Return the Lorenz curve of likes over videos (for compare's report). */
  lorenz: boolean;
  /** Distribution figures to measure at the end (likesim fit's targets). */
  figures?: FigureSpec[];
  /** Measure the extended metrics too (--extended). */
  extended?: boolean;
  /** Fork the run at a tick into arms with interventions (likesim branch). */
  branch?: BranchSpec;
  /** Run only these of the scenario's worlds (a part of a run split across threads; not with branch). */
  worlds?: number[];
}

/** What is measured of one finished run (or one future of a branched run). */
export interface RunMeasures {
  summary: Summary;
  worlds: Summary[];
  series?: TimeSeries[];
  /** Share of likes held by the least-liked share f of videos, at f = 0, 1/100, …, 1; mean over worlds. */
  lorenz?: number[];
  /** The task's figures, in its order, each the mean over worlds. */
  figures?: number[];
  /** The extended metrics, mean over worlds, when the task asked for them. */
  extended?: ExtendedSummary;
}

/** A task's outcome; of a branched run, its measures are the original future's. */
export interface RunOutcome extends RunMeasures {
  id: number;
  /** A branched run's arms (the original future is this outcome), and its selected videos. */
  branches?: Measured<RunMeasures>[];
  selected?: Record<string, number>;
  /** The targeted video in the original future against itself (zero differences) named. */
  target?: Measured<RunMeasures>["target"];
  wallMs: number;
}

/** The run's scenario was refused when the simulation was built (too big, graph too small…). */
export class RunInputError extends Error {
  override name = "RunInputError";
}

export const LORENZ_STEPS = 100;

/** The Lorenz curve on a fixed grid, linear between the curve's own points. */
function lorenzOnGrid(values: ArrayLike<number>): number[] {
  const curve = lorenz(values);
  const grid: number[] = [];
  let k = 0;
  for (let step = 0; step <= LORENZ_STEPS; step++) {
    const f = step / LORENZ_STEPS;
    if (curve.x.length === 0) {
      grid.push(f);
      continue;
    }
    while (k < curve.x.length - 2 && curve.x[k + 1] < f) k++;
    const span = curve.x[k + 1] - curve.x[k];
    const t = span > 0 ? Math.min(1, Math.max(0, (f - curve.x[k]) / span)) : 1;
    grid.push(curve.y[k] + t * (curve.y[k + 1] - curve.y[k]));
  }
  return grid;
}

function build(task: RunTask): Simulation {
  try {
    const network: ImportedNetwork | undefined = task.networkPath
      ? readNetworkFile(task.scenario, task.networkPath)
      : undefined;
    return createSimulation(task.scenario, { seed: task.seed, network, worlds: task.worlds });
  } catch (error) {
    // Refusals at build time are about the scenario (its size, its graph), not a bug.
    if (isBadInput(error) || error instanceof RangeError) {
      throw new RunInputError(`seed ${task.seed}: ${(error as Error).message}`);
    }
    throw error;
  }
}

/** One world's part of a run's measures: what the run averages over its worlds. */
export interface WorldOutcome {
  /** The world's index in the scenario. */
  index: number;
  summary: Summary;
  /** Likes per creator, for unpredictability across worlds (empty for a one-world run). */
  creatorLikes: Float64Array;
  series?: TimeSeries;
  lorenz?: number[];
  figures?: number[];
  extended?: ExtendedSummary;
}

/** What a thread sends back for a part of a run: each of its worlds' outcomes, in index order. */
export interface WorldsOutcome {
  id: number;
  worlds: WorldOutcome[];
  wallMs: number;
}

/** Each built world of the simulation measured on its own. */
function measureWorlds(task: RunTask, simulation: Simulation): WorldOutcome[] {
  const metrics = simulation.metrics();
  const several = task.scenario.worlds > 1;
  return metrics.worlds.map((summary, w): WorldOutcome => {
    const needsSnapshot = several || task.lorenz || task.figures !== undefined || task.extended;
    const snapshot = needsSnapshot ? simulation.snapshot({ world: w }) : undefined;
    const videos = snapshot?.videos;
    return {
      index: snapshot?.world ?? w,
      summary,
      creatorLikes: snapshot && several ? snapshot.creators.likes : new Float64Array(0),
      series: task.series ? metrics.series[w] : undefined,
      lorenz: task.lorenz ? lorenzOnGrid(videos!.likes.subarray(0, videos!.count)) : undefined,
      figures: task.figures?.map((figure) => measureFigure(figure, snapshot!)),
      extended: task.extended ? extendedSummary(videos!) : undefined,
    };
  });
}

/** The mean over worlds of per-world rows, element by element, summed in world order. */
function meanRows(rows: readonly number[][]): number[] {
  const sum = new Array<number>(rows[0].length).fill(0);
  for (const row of rows) for (let i = 0; i < row.length; i++) sum[i] += row[i] / rows.length;
  return sum;
}

/** A run's measures from its worlds', given in world order: the means and unpredictability. */
function combineMeasures(worlds: readonly WorldOutcome[]): RunMeasures {
  const first = worlds[0];
  return {
    summary: summarizeRun(
      worlds.map((world) => world.summary),
      worlds.map((world) => world.creatorLikes),
    ),
    worlds: worlds.map((world) => world.summary),
    series: first.series ? worlds.map((world) => world.series!) : undefined,
    lorenz: first.lorenz ? meanRows(worlds.map((world) => world.lorenz!)) : undefined,
    figures: first.figures ? meanRows(worlds.map((world) => world.figures!)) : undefined,
    extended: first.extended
      ? meanExtendedSummary(worlds.map((world) => world.extended!))
      : undefined,
  };
}

/**
 * Each world measured alone, then averaged in world order: a run split across threads
 * (runWorlds, combineWorlds) gives the same numbers to the last bit as one in one piece.
 */
function measure(task: RunTask, simulation: Simulation): RunMeasures {
  return combineMeasures(measureWorlds(task, simulation));
}

function branched(
  task: RunTask,
  spec: BranchSpec,
  simulation: Simulation,
): Omit<RunOutcome, "id" | "wallMs"> {
  try {
    const { futures, selected } = runBranches(simulation, spec, task.scenario.ticks, (future) =>
      measure(task, future),
    );
    const [original, ...arms] = futures;
    return { ...original.measured, target: original.target, branches: arms, selected };
  } catch (error) {
    // A video that is not there to target is the command line's doing, not a bug.
    if (isBadInput(error) || error instanceof RangeError) {
      throw new RunInputError(`seed ${task.seed}: ${(error as Error).message}`);
    }
    throw error;
  }
}

/** Builds, runs and measures one scenario and seed; the kernel under both executors. */
export function runTask(task: RunTask): RunOutcome {
  const started = performance.now();
  const simulation = build(task);
  if (task.branch) {
    return {
      id: task.id,
      ...branched(task, task.branch, simulation),
      wallMs: performance.now() - started,
    };
  }
  simulation.step(task.scenario.ticks);
  return { id: task.id, ...measure(task, simulation), wallMs: performance.now() - started };
}

/**
 * Builds the task's worlds (task.worlds), runs and measures each on its own: one part of a
 * run split across threads (world-parts.ts). A branched run is never split.
 */
export function runWorlds(task: RunTask): WorldsOutcome {
  if (task.branch) throw new Error("runWorlds: a branched run is run whole (runTask)");
  const started = performance.now();
  const simulation = build(task);
  simulation.step(task.scenario.ticks);
  return {
    id: task.id,
    worlds: measureWorlds(task, simulation),
    wallMs: performance.now() - started,
  };
}

/**
 * One run's outcome from its parts, given in world order. The wall time is the longest
 * part's: the parts ran side by side.
 */
export function combineWorlds(id: number, parts: readonly WorldsOutcome[]): RunOutcome {
  return {
    id,
    ...combineMeasures(parts.flatMap((part) => part.worlds)),
    wallMs: Math.max(...parts.map((part) => part.wallMs)),
  };
}
