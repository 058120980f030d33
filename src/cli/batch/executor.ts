import { type RunOutcome, type RunTask, runTask, runWorlds } from "./run-task.js";
import { workerPool } from "./worker-pool.js";
import { splitRunner } from "./world-parts.js";

/** Runs tasks: inline on this thread, or on a pool of worker threads (worker-pool.ts). */
export interface Executor {
  /** How many tasks it runs at once. */
  readonly slots: number;
  /**
   * Runs one scenario and seed. With `parts` > 1 its worlds are split into that many
   * contiguous groups run side by side (each part builds the shared population and graph
   * again); the outcome is bit-identical to the run in one piece.
   */
  run(task: RunTask, parts?: number): Promise<RunOutcome>;
  close(): Promise<void>;
}

/** `work` on this thread at the next turn, so output and progress flow between tasks. */
function later<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) =>
    setImmediate(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error);
      }
    }),
  );
}

/** One task at a time on this thread. */
export function inlineExecutor(): Executor {
  return {
    slots: 1,
    run: splitRunner(
      (task) => later(() => runTask(task)),
      (task) => later(() => runWorlds(task)),
    ),
    close: async () => {},
  };
}

/** Inline for one job (no thread start-up), a worker pool for more. */
export function executorFor(jobs: number): Executor {
  return jobs <= 1 ? inlineExecutor() : workerPool(jobs);
}
