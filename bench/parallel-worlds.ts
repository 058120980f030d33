import { readFileSync } from "node:fs";
import type { Executor } from "../src/cli/batch/executor.js";
import type { RunTask } from "../src/cli/batch/run-task.js";
import { workerPool } from "../src/cli/batch/worker-pool.js";
import { parseScenario } from "../src/scenario/validate.js";
import { median } from "./median.js";
import { timed } from "./sweep-speedup.js";

/** A multi-world scenario timed whole on one worker and split over two. */
export interface WorldsSize {
  /** A scenario file under scenarios/. */
  scenario: string;
  /** population.users, when not the scenario's own. */
  users?: number;
  /** Timed runs on each pool (alternating), after the warm-up runs. */
  repeats: number;
  warmUps: number;
}

export interface WorldsFigures extends WorldsSize {
  worlds: number;
  /** The population each world ran. */
  population: number;
  /** Median wall time of one run: all worlds on one worker thread, and split over two. */
  sequentialSeconds: number;
  parallelSeconds: number;
  /** Sequential over parallel, from the medians. */
  speedup: number;
  /** The process's CPU seconds for the whole run over those for the split one (medians). */
  cpuRatio: number;
}

/**
 * Times one run of the scenario's worlds on warm worker pools: whole on a pool of one
 * thread, and split into two parts (src/cli/batch/world-parts.ts) on a pool of two, the
 * path `likesim run musiclab.json --jobs 2` takes. Each part builds the shared population
 * and graph again, so that cost is inside the parallel figure.
 */
export async function measureParallelWorlds(size: WorldsSize): Promise<WorldsFigures> {
  const input = JSON.parse(
    readFileSync(new URL(`../scenarios/${size.scenario}`, import.meta.url), "utf8"),
  );
  const scenario = parseScenario(
    size.users === undefined
      ? input
      : { ...input, population: { ...input.population, users: size.users } },
  );
  const task: RunTask = { id: 0, scenario, seed: scenario.seed, series: false, lorenz: false };
  const one = workerPool(1);
  const two = workerPool(2);
  const time = (pool: Executor, parts: number) => timed(() => pool.run(task, parts));
  try {
    for (let i = 0; i < size.warmUps; i++) await Promise.all([time(one, 1), time(two, 2)]);
    const sequential: { seconds: number; cpuSeconds: number }[] = [];
    const parallel: { seconds: number; cpuSeconds: number }[] = [];
    for (let i = 0; i < size.repeats; i++) {
      sequential.push(await time(one, 1));
      parallel.push(await time(two, 2));
    }
    const sequentialSeconds = median(sequential.map((t) => t.seconds));
    const parallelSeconds = median(parallel.map((t) => t.seconds));
    return {
      ...size,
      worlds: scenario.worlds,
      population: scenario.population.users,
      sequentialSeconds,
      parallelSeconds,
      speedup: sequentialSeconds / parallelSeconds,
      cpuRatio:
        median(sequential.map((t) => t.cpuSeconds)) / median(parallel.map((t) => t.cpuSeconds)),
    };
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
}
