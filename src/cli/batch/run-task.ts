import type { ImportedNetwork } from "../../engine/graph/imported-network.js";
import { createSimulation } from "../../engine/simulation.js";
import type { Simulation, Summary, TimeSeries } from "../../engine/types.js";
import { measureFigures } from "../../inference/figures.js";
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

function meanLorenz(simulation: Simulation): number[] {
  const sum = new Array<number>(LORENZ_STEPS + 1).fill(0);
  for (let w = 0; w < simulation.worldCount; w++) {
    const { videos } = simulation.snapshot({ world: w });
    const curve = lorenzOnGrid(videos.likes.subarray(0, videos.count));
    for (let i = 0; i <= LORENZ_STEPS; i++) sum[i] += curve[i] / simulation.worldCount;
  }
  return sum;
}

function meanExtended(simulation: Simulation): ExtendedSummary {
  const worlds: ExtendedSummary[] = [];
  for (let w = 0; w < simulation.worldCount; w++)
    worlds.push(extendedSummary(simulation.snapshot({ world: w }).videos));
  return meanExtendedSummary(worlds);
}

function build(task: RunTask): Simulation {
  try {
    const network: ImportedNetwork | undefined = task.networkPath
      ? readNetworkFile(task.scenario, task.networkPath)
      : undefined;
    return createSimulation(task.scenario, { seed: task.seed, network });
  } catch (error) {
    // Refusals at build time are about the scenario (its size, its graph), not a bug.
    if (isBadInput(error) || error instanceof RangeError) {
      throw new RunInputError(`seed ${task.seed}: ${(error as Error).message}`);
    }
    throw error;
  }
}

function measure(task: RunTask, simulation: Simulation): RunMeasures {
  const metrics = simulation.metrics();
  return {
    summary: metrics.summary,
    worlds: metrics.worlds,
    series: task.series ? metrics.series : undefined,
    lorenz: task.lorenz ? meanLorenz(simulation) : undefined,
    figures: task.figures ? measureFigures(simulation, task.figures) : undefined,
    extended: task.extended ? meanExtended(simulation) : undefined,
  };
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
