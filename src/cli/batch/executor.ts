import { type RunOutcome, type RunTask, runWorlds, type WorldsOutcome } from "./run-task.js";
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
  /** Runs the task's worlds (all, or task.worlds) and returns each world's outcome. */
  runWorlds(task: RunTask): Promise<WorldsOutcome>;
  close(): Promise<void>;
}

/** One task at a time on this thread; yields between tasks so output and progress flow. */
export function inlineExecutor(): Executor {
  const runPart = (task: RunTask) =>
    new Promise<WorldsOutcome>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(runWorlds(task));
        } catch (error) {
          reject(error);
        }
      }),
    );
  return { slots: 1, run: splitRunner(runPart), runWorlds: runPart, close: async () => {} };
}

/** Inline for one job (no thread start-up), a worker pool for more. */
export function executorFor(jobs: number): Executor {
  return jobs <= 1 ? inlineExecutor() : workerPool(jobs);
}
