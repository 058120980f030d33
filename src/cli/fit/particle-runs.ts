import type { Outcome } from "../../inference/abc-smc.js";
import type { Executor } from "../batch/executor.js";
import type { RunPlan } from "../batch/plan.js";
import type { ResultLine } from "../batch/result-line.js";
import type { ResultsWriter } from "../batch/results-file.js";
import { type Finished, runQueue } from "../batch/run-batch.js";
import type { FitProblem } from "./fit-problem.js";

/** A parameter vector to simulate on one seed: an ABC proposal or a posterior check draw. */
export interface Simulated {
  values: number[];
  seed: number;
}

export interface ParticleRunOptions {
  executor: Executor;
  writer?: ResultsWriter;
  /** Runs already in --out, by run key: reused instead of run again. */
  done: Map<string, ResultLine>;
  /** Counts of runs run now and reused from --out. */
  counts: { run: number; reused: number };
}

interface Pending<T> {
  item: T;
  lines: ResultLine[];
  missing: number;
}

/**
 * Simulates parameter vectors as `next` hands them out, one run per condition on the
 * vector's seed, on the batch pool; each run's line is appended to --out as it finishes.
 * A vector whose runs are all in --out already is not run again. `onOutcome` gets each
 * vector's outcome once all its runs are in, in whatever order they finish; `next` is asked
 * again after each, so it can stop handing out vectors once it has enough.
 */
export async function runParticles<T extends Simulated>(
  problem: FitProblem,
  next: () => T | undefined,
  onOutcome: (item: T, outcome: Outcome) => void,
  options: ParticleRunOptions,
): Promise<void> {
  const queue: RunPlan[] = [];
  const owners = new Map<RunPlan, Pending<T>>();
  const settle = (pending: Pending<T>) => {
    if (pending.missing === 0) onOutcome(pending.item, problem.outcome(pending.lines));
  };
  const source = () => {
    while (queue.length === 0) {
      const item = next();
      if (!item) break;
      const pending: Pending<T> = { item, lines: [], missing: 0 };
      problem.plans(item.values, item.seed).forEach((plan, c) => {
        const line = options.done.get(plan.key);
        if (line && problem.complete(line, c)) {
          pending.lines[c] = line;
          options.counts.reused++;
        } else {
          pending.missing++;
          owners.set(plan, pending);
          queue.push(plan);
        }
      });
      settle(pending);
    }
    return queue.shift();
  };
  const onFinished = ({ plan, line }: Finished) => {
    const pending = owners.get(plan)!;
    owners.delete(plan);
    options.counts.run++;
    options.done.set(plan.key, line);
    pending.lines[plan.arm] = line;
    pending.missing--;
    settle(pending);
  };
  await runQueue(source, {
    executor: options.executor,
    writer: options.writer,
    onFinished,
  });
}
