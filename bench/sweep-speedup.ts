import type { RunTask } from "../src/cli/batch/run-task.js";
import { workerPool } from "../src/cli/batch/worker-pool.js";
import { parseScenario } from "../src/scenario/validate.js";
import { defaultScenarioWith } from "./default-scenario.js";

/** A small sweep: the default scenario at `users`, `ticks` long, over seeds 1 … runs. */
export interface SweepSize {
  runs: number;
  users: number;
  ticks: number;
}

export interface SweepFigures extends SweepSize {
  /** Wall time of the sweep on a pool of one worker thread and of two. */
  oneWorkerSeconds: number;
  twoWorkersSeconds: number;
  /** One worker's time over two workers'. */
  speedup: number;
}

function tasks(size: SweepSize, firstId: number): RunTask[] {
  const input = { ...defaultScenarioWith(size.users), ticks: size.ticks };
  return Array.from({ length: size.runs }, (_, i) => {
    const seed = i + 1;
    return {
      id: firstId + i,
      scenario: parseScenario({ ...input, seed }),
      seed,
      series: false,
      lorenz: false,
    };
  });
}

/**
 * Times the sweep on the CLI's worker pool (src/cli/batch/worker-pool.ts), the same path
 * `likesim batch --jobs N` takes. Each worker first runs a one-tick task, so thread start-up
 * and module loading are outside the timing.
 */
async function sweepSeconds(size: SweepSize, workers: number): Promise<number> {
  const pool = workerPool(workers);
  try {
    const warmUp = tasks({ runs: workers, users: Math.min(size.users, 200), ticks: 1 }, 0);
    await Promise.all(warmUp.map((task) => pool.run(task)));
    const start = performance.now();
    await Promise.all(tasks(size, workers).map((task) => pool.run(task)));
    return (performance.now() - start) / 1000;
  } finally {
    await pool.close();
  }
}

export async function measureSweepSpeedup(size: SweepSize): Promise<SweepFigures> {
  const oneWorkerSeconds = await sweepSeconds(size, 1);
  const twoWorkersSeconds = await sweepSeconds(size, 2);
  return {
    ...size,
    oneWorkerSeconds,
    twoWorkersSeconds,
    speedup: oneWorkerSeconds / twoWorkersSeconds,
  };
}
