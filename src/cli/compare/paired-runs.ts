import { executorFor } from "../batch/executor.js";
import { type Arm, planBatchRuns, type RunPlan } from "../batch/plan.js";
import type { Progress } from "../batch/progress.js";
import type { ResultLine } from "../batch/result-line.js";
import { runBatch } from "../batch/run-batch.js";
import type { Pair } from "./paired-comparison.js";

export interface PairedRunOptions {
  /** Worker threads (1: inline). */
  jobs: number;
  progress: Progress;
  /** Ask each run for its Lorenz curve (compare's report). */
  lorenz?: boolean;
  /** Measure the extended metrics too; the pairs then hold them beside the summary. */
  extended?: boolean;
}

/** Both arms' runs, paired by seed in the order the seeds were given. */
export interface PairedRuns {
  pairs: Pair[];
  lines: { a: ResultLine[]; b: ResultLine[] };
}

/** The runs of arms A and B on every seed: what compare and lesson run (or find in --out). */
export function pairedPlans(arms: readonly [Arm, Arm], seeds: readonly number[]) {
  return planBatchRuns(arms, [], seeds);
}

/**
 * Pairs the arms' result lines by seed. Both arms of a seed draw the population, the graph
 * and the videos' qualities from the same named streams (common random numbers), so their
 * difference is the arms' effect on that world.
 */
export function pairLines(
  plans: readonly RunPlan[],
  lines: ReadonlyMap<string, ResultLine>,
  seeds: readonly number[],
): PairedRuns {
  const find = (arm: number, seed: number) =>
    lines.get(plans.find((plan) => plan.arm === arm && plan.identity.seed === seed)!.key)!;
  const a = seeds.map((seed) => find(0, seed));
  const b = seeds.map((seed) => find(1, seed));
  const values = (line: ResultLine) => ({ ...line.summary, ...line.extended });
  return {
    pairs: seeds.map((seed, i) => ({ seed, a: values(a[i]), b: values(b[i]) })),
    lines: { a, b },
  };
}

/**
 * Runs arms A and B on the same seeds through the batch runner and pairs their results by
 * seed (the library's way in; the commands run through sharded-runs.ts, which adds --out,
 * resuming and --shard).
 */
export async function runPairedArms(
  arms: readonly [Arm, Arm],
  seeds: readonly number[],
  options: PairedRunOptions,
): Promise<PairedRuns> {
  const plans = await pairedPlans(arms, seeds);
  const executor = executorFor(options.jobs);
  const finished = await runBatch(plans, {
    executor,
    progress: options.progress,
    lorenz: options.lorenz ?? false,
    extended: options.extended ?? false,
  }).finally(() => executor.close());
  return pairLines(plans, new Map(finished.map((f) => [f.plan.key, f.line])), seeds);
}
