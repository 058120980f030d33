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
  /** Run only these of the scenario's worlds (a part of a run split across threads). */
  worlds?: number[];
}

export interface RunOutcome {
  id: number;
  summary: Summary;
  worlds: Summary[];
  series?: TimeSeries[];
  /** Share of likes held by the least-liked share f of videos, at f = 0, 1/100, …, 1; mean over worlds. */
  lorenz?: number[];
  /** The task's figures, in its order, each the mean over worlds. */
  figures?: number[];
  /** The extended metrics, mean over worlds, when the task asked for them. */
  extended?: ExtendedSummary;
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

/** One world's part of a run's outcome: what the run averages over its worlds. */
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

/** What a thread sends back for a task: each of its worlds' outcomes, in index order. */
export interface WorldsOutcome {
  id: number;
  worlds: WorldOutcome[];
  wallMs: number;
}

/**
 * Builds the task's worlds (all, or task.worlds), runs them and measures each world on its
 * own; the kernel under both executors. A run split across threads is the same numbers as
 * one run, since each world is measured alone and combineWorlds averages them in order.
 */
export function runWorlds(task: RunTask): WorldsOutcome {
  const started = performance.now();
  const simulation = build(task);
  simulation.step(task.scenario.ticks);
  const metrics = simulation.metrics();
  const worlds = metrics.worlds.map((summary, w): WorldOutcome => {
    const needsSnapshot =
      task.scenario.worlds > 1 || task.lorenz || task.figures !== undefined || task.extended;
    const snapshot = needsSnapshot ? simulation.snapshot({ world: w }) : undefined;
    const videos = snapshot?.videos;
    return {
      index: snapshot?.world ?? w,
      summary,
      creatorLikes:
        snapshot && task.scenario.worlds > 1 ? snapshot.creators.likes : new Float64Array(0),
      series: task.series ? metrics.series[w] : undefined,
      lorenz: task.lorenz ? lorenzOnGrid(videos!.likes.subarray(0, videos!.count)) : undefined,
      figures: task.figures?.map((figure) => measureFigure(figure, snapshot!)),
      extended: task.extended ? extendedSummary(videos!) : undefined,
    };
  });
  return { id: task.id, worlds, wallMs: performance.now() - started };
}

/** The mean over worlds of per-world rows, element by element, summed in world order. */
function meanRows(rows: readonly number[][]): number[] {
  const sum = new Array<number>(rows[0].length).fill(0);
  for (const row of rows) for (let i = 0; i < row.length; i++) sum[i] += row[i] / rows.length;
  return sum;
}

/**
 * One run's outcome from its worlds' outcomes, given in world order (one part for a run
 * done in one piece, several for one split across threads). The wall time is the longest
 * part's: the parts ran side by side.
 */
export function combineWorlds(id: number, parts: readonly WorldsOutcome[]): RunOutcome {
  const worlds = parts.flatMap((part) => part.worlds);
  const first = worlds[0];
  return {
    id,
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
    wallMs: Math.max(...parts.map((part) => part.wallMs)),
  };
}

/** Builds, runs and measures one scenario and seed in one piece. */
export function runTask(task: RunTask): RunOutcome {
  return combineWorlds(task.id, [runWorlds(task)]);
}
