import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { figureKey } from "../../inference/targets.js";
import { shortHash } from "../../scenario/sweep.js";
import { writeFileAtomic } from "../atomic-write.js";
import { VERSION } from "../version.js";
import type { Executor } from "./executor.js";
import type { RunPlan } from "./plan.js";
import type { Progress } from "./progress.js";
import { LINE_FORMAT, type ResultLine, storedExtended, storedSummary } from "./result-line.js";
import type { ResultsWriter } from "./results-file.js";
import type { RunMeasures, RunOutcome } from "./run-task.js";
import { timeseriesCsv, timeseriesFileName } from "./timeseries-csv.js";

export interface BatchOptions {
  executor: Executor;
  /** Runs done so far, for a progress bar (default: none). */
  progress?: Progress;
  /** Where finished lines are appended as they come. */
  writer?: ResultsWriter;
  /** Directory for per-run CSVs of the per-tick series: absolute, and as the user gave it. */
  timeseries?: { dir: string; given: string };
  /** Ask each run for its Lorenz curve (compare's report). */
  lorenz?: boolean;
  /** Measure the extended metrics of each run (--extended). */
  extended?: boolean;
  /** Split each run's worlds into this many parts run side by side (default 1). */
  worldParts?: number;
}

export interface Finished {
  plan: RunPlan;
  line: ResultLine;
  outcome: RunOutcome;
}

function figureRecord(
  plan: Pick<RunPlan, "task">,
  values: readonly number[],
): Record<string, number | null> {
  return Object.fromEntries(
    (plan.task.figures ?? []).map((figure, i) => [
      figureKey(figure),
      Number.isFinite(values[i]) ? values[i] : null,
    ]),
  );
}

/** The result line of a plan's run, from what was measured of it. */
export function resultLine(
  plan: Pick<RunPlan, "identity" | "task">,
  measured: RunMeasures,
  wallMs: number,
  timeseries?: string,
): ResultLine {
  const { scenario } = plan.task;
  return {
    format: LINE_FORMAT,
    ...plan.identity,
    version: VERSION,
    ticks: scenario.ticks,
    worlds: scenario.worlds,
    summary: storedSummary(measured.summary),
    ...(measured.worlds.length > 1 ? { perWorld: measured.worlds.map(storedSummary) } : {}),
    ...(measured.extended ? { extended: storedExtended(measured.extended) } : {}),
    ...(timeseries ? { timeseries } : {}),
    ...(measured.lorenz ? { lorenz: measured.lorenz } : {}),
    ...(measured.figures ? { figures: figureRecord(plan, measured.figures) } : {}),
    wallMs: Math.round(wallMs * 10) / 10,
  };
}

async function finish(
  plan: RunPlan,
  outcome: RunOutcome,
  options: BatchOptions,
): Promise<Finished> {
  const { scenario } = plan.task;
  let timeseries: string | undefined;
  if (options.timeseries && outcome.series) {
    const name = timeseriesFileName(scenario.name, plan.identity.seed, await shortHash(plan.key));
    // Made at the first CSV, so a batch refused at its first run leaves no directory.
    mkdirSync(options.timeseries.dir, { recursive: true });
    // Written before the line: a line in the results always has its CSV.
    writeFileAtomic(join(options.timeseries.dir, name), timeseriesCsv(outcome.series));
    timeseries = join(options.timeseries.given, name);
  }
  const line = resultLine(plan, outcome, outcome.wallMs, timeseries);
  options.writer?.append(line);
  options.progress?.advance();
  return { plan, line, outcome };
}

/**
 * Runs the plans on the executor, as many at once as it has slots. Fewer runs than slots
 * (one run of MusicLab's eight worlds, say) share the spare slots out by splitting each
 * run's worlds (executor.ts); the numbers are the same either way. Lines are written in
 * the order runs finish; merge and summarize sort by key, so the results do not depend on
 * the number of workers. The first failure stops new runs; those in flight finish first.
 */
export async function runBatch(
  plans: readonly RunPlan[],
  options: BatchOptions,
): Promise<Finished[]> {
  let next = 0;
  const worldParts =
    options.worldParts ??
    Math.max(1, Math.floor(options.executor.slots / Math.max(1, plans.length)));
  options.progress?.start(plans.length);
  try {
    return await runQueue(() => (next < plans.length ? plans[next++] : undefined), {
      ...options,
      worldParts,
    });
  } finally {
    options.progress?.stop();
  }
}

/**
 * Runs plans as `source` hands them out: it is asked again whenever a slot is free and
 * after every finished run (`onFinished` sees it first), so what runs next may depend on
 * what has finished (likesim fit). Returns when no run is in flight and the source has
 * nothing more. The first failure stops new runs; those in flight finish first.
 */
export async function runQueue(
  source: () => RunPlan | undefined,
  options: BatchOptions & { onFinished?: (finished: Finished) => void },
): Promise<Finished[]> {
  const { executor } = options;
  const finished: Finished[] = [];
  let failure: unknown;
  let id = 0;
  await new Promise<void>((done) => {
    let active = 0;
    const launch = () => {
      while (failure === undefined && active < executor.slots) {
        let plan: RunPlan | undefined;
        try {
          plan = source();
        } catch (error) {
          failure = error;
        }
        if (!plan) break;
        const planned = plan;
        active++;
        executor
          .run(
            {
              ...planned.task,
              id: id++,
              series: options.timeseries !== undefined,
              lorenz: options.lorenz ?? false,
              extended: options.extended ?? false,
            },
            options.worldParts,
          )
          .then((outcome) =>
            failure === undefined ? finish(planned, outcome, options) : undefined,
          )
          .then(
            (result) => {
              if (!result) return;
              finished.push(result);
              options.onFinished?.(result);
            },
            (error) => {
              failure ??= error;
            },
          )
          .catch((error) => {
            failure ??= error;
          })
          .finally(() => {
            active--;
            if (failure === undefined) launch();
            if (active === 0) done();
          });
      }
    };
    launch();
    if (active === 0) done();
  });
  if (failure !== undefined) throw failure;
  return finished;
}
