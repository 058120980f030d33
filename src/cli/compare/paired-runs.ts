import { executorFor } from "../batch/executor.js";
import { type Arm, planBatchRuns } from "../batch/plan.js";
import type { Progress } from "../batch/progress.js";
import { type Finished, runBatch } from "../batch/run-batch.js";
import type { RunOutcome } from "../batch/run-task.js";
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
  outcomes: { a: RunOutcome[]; b: RunOutcome[] };
}

/**
 * Runs arms A and B on the same seeds through the batch runner and pairs their results by
 * seed. Both arms of a seed draw the population, the graph and the videos' qualities from
 * the same named streams (common random numbers), so their difference is the arms' effect
 * on that world. `likesim compare` and `likesim lesson` run their arms through this.
 */
export async function runPairedArms(
  arms: readonly [Arm, Arm],
  seeds: readonly number[],
  options: PairedRunOptions,
): Promise<PairedRuns> {
  const plans = await planBatchRuns(arms, [], seeds);
  const executor = executorFor(options.jobs);
  const finished = await runBatch(plans, {
    executor,
    progress: options.progress,
    lorenz: options.lorenz ?? false,
    extended: options.extended ?? false,
  }).finally(() => executor.close());
  const find = (arm: number, seed: number) =>
    finished.find((f) => f.plan.arm === arm && f.line.seed === seed)!;
  const a = seeds.map((seed) => find(0, seed));
  const b = seeds.map((seed) => find(1, seed));
  const values = (f: Finished) => ({ ...f.line.summary, ...f.line.extended });
  return {
    pairs: seeds.map((seed, i) => ({ seed, a: values(a[i]), b: values(b[i]) })),
    outcomes: { a: a.map((f) => f.outcome), b: b.map((f) => f.outcome) },
  };
}
