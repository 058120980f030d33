import type { Executor } from "../src/cli/batch/executor.js";
import type { RunTask } from "../src/cli/batch/run-task.js";
import { workerPool } from "../src/cli/batch/worker-pool.js";
import { parseScenario } from "../src/scenario/validate.js";
import { defaultScenarioWith } from "./default-scenario.js";
import { median } from "./median.js";

/** A small sweep: the default scenario at `users`, `ticks` long, over seeds 1 … runs. */
export interface SweepSize {
  runs: number;
  users: number;
  ticks: number;
  /** How many times the sweep is timed on each pool, alternating 1 and 2 workers. */
  rounds: number;
  /** Full-size runs each worker does before the rounds (default 1). */
  warmUpRuns?: number;
}

/** One round: the sweep on the warm 1-worker pool, then on the warm 2-worker pool. */
export interface SweepRound {
  oneWorkerSeconds: number;
  twoWorkersSeconds: number;
  /** One worker's time over two workers'. */
  speedup: number;
  /**
   * The process's CPU seconds (every thread) for the sweep on 1 worker over those on 2: below
   * 1 when running side by side costs more CPU (shared caches, memory bandwidth). Unlike the
   * wall-time speed-up it does not fall when other processes take the second core.
   */
  cpuRatio: number;
  /**
   * Seconds at the end of the two-worker round when one worker had nothing left to run: from
   * the second-to-last run's end to the last's. A run cannot be split, so a sweep of n runs
   * of about equal length loses up to one run's time on one core here.
   */
  tailSeconds: number;
}

export interface SweepFigures extends SweepSize {
  /**
   * Seconds from starting each pool until every worker has done its full-size warm-up runs: thread
   * start, module loading and JIT compilation, paid once per pool and kept out of the rounds.
   */
  warmUpSeconds: { one: number; two: number };
  timed: SweepRound[];
  /** Median and lowest speed-up over the rounds. */
  speedup: number;
  lowestSpeedup: number;
}

function tasks(size: Omit<SweepSize, "rounds">, firstSeed: number): RunTask[] {
  const input = { ...defaultScenarioWith(size.users), ticks: size.ticks };
  return Array.from({ length: size.runs }, (_, i) => {
    const seed = firstSeed + i;
    return {
      id: seed,
      scenario: parseScenario({ ...input, seed }),
      seed,
      series: false,
      lorenz: false,
    };
  });
}

async function secondsOf(work: () => Promise<unknown>): Promise<number> {
  return (await timed(work)).seconds;
}

/** Wall and CPU seconds (all of the process's threads) of some work. */
export async function timed(
  work: () => Promise<unknown>,
): Promise<{ seconds: number; cpuSeconds: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}

/** A started pool of `workers`, each having done `warmUpRuns` full-size runs (seeds past the sweep's). */
async function warmPool(
  size: SweepSize,
  workers: number,
): Promise<{ pool: Executor; seconds: number }> {
  let pool: Executor | undefined;
  const seconds = await secondsOf(async () => {
    pool = workerPool(workers);
    const warmUp = tasks({ ...size, runs: workers * (size.warmUpRuns ?? 1) }, 1_000_000);
    await Promise.all(warmUp.map((task) => pool!.run(task)));
  });
  return { pool: pool!, seconds };
}

/**
 * Times the sweep on the CLI's worker pool (src/cli/batch/worker-pool.ts), the path
 * `likesim sweep --jobs N` takes, on warm pools kept for every round: the speed-up is then
 * about the runs, and the pools' start-up is reported beside it. Rounds alternate the pools,
 * so a burst of load from other processes falls on both.
 */
export async function measureSweepSpeedup(size: SweepSize): Promise<SweepFigures> {
  const one = await warmPool(size, 1);
  const two = await warmPool(size, 2);
  try {
    const rounds: SweepRound[] = [];
    const sweep = tasks(size, 1);
    for (let r = 0; r < size.rounds; r++) {
      const onOne = await timed(() => Promise.all(sweep.map((task) => one.pool.run(task))));
      const ends: number[] = [];
      const onTwo = await timed(() =>
        Promise.all(
          sweep.map((task) => two.pool.run(task).then(() => ends.push(performance.now()))),
        ),
      );
      rounds.push({
        oneWorkerSeconds: onOne.seconds,
        twoWorkersSeconds: onTwo.seconds,
        speedup: onOne.seconds / onTwo.seconds,
        cpuRatio: onOne.cpuSeconds / onTwo.cpuSeconds,
        tailSeconds: ends.length > 1 ? (ends[ends.length - 1] - ends[ends.length - 2]) / 1000 : 0,
      });
    }
    const speedups = rounds.map((round) => round.speedup);
    return {
      ...size,
      warmUpSeconds: { one: one.seconds, two: two.seconds },
      timed: rounds,
      speedup: median(speedups),
      lowestSpeedup: Math.min(...speedups),
    };
  } finally {
    await Promise.all([one.pool.close(), two.pool.close()]);
  }
}
