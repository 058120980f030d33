import { type RunOutcome, type RunTask, runTask } from "./run-task.js";
import { workerPool } from "./worker-pool.js";

/** Runs tasks: inline on this thread, or on a pool of worker threads (worker-pool.ts). */
export interface Executor {
  /** How many tasks it runs at once. */
  readonly slots: number;
  run(task: RunTask): Promise<RunOutcome>;
  close(): Promise<void>;
}

/** One task at a time on this thread; yields between tasks so output and progress flow. */
export function inlineExecutor(): Executor {
  return {
    slots: 1,
    run: (task) =>
      new Promise((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(runTask(task));
          } catch (error) {
            reject(error);
          }
        }),
      ),
    close: async () => {},
  };
}

/** Inline for one job (no thread start-up), a worker pool for more. */
export function executorFor(jobs: number): Executor {
  return jobs <= 1 ? inlineExecutor() : workerPool(jobs);
}
