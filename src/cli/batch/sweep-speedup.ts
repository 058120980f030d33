import { loadavg } from "node:os";
import { parseSweepAxis, scenarioHash } from "../../scenario/sweep.js";
import { parseScenario } from "../../scenario/validate.js";
import type { ScenarioFile } from "../scenario-file.js";
import type { Executor } from "./executor.js";
import { planRuns } from "./plan.js";
import { withoutWallTime } from "./result-line.js";
import { runBatch } from "./run-batch.js";
import { workerPool } from "./worker-pool.js";

export interface SweepSpeedupOptions {
  /** The scenario as written (default: 3,000 users, 200 ticks: about a CPU-second a run). */
  scenario?: unknown;
  /** Seeds per grid point (default 8); the grid is feed.ranker = random, popularity. */
  seeds?: number;
  /** Worker counts to time (default [1, 2]). */
  jobs?: number[];
}

export interface SweepSpeedupResult {
  runs: number;
  /** Wall seconds per worker count, pool start-up included (what a user waits). */
  seconds: Record<number, number>;
  /** CPU seconds of this process (all threads) per worker count: equal values mean the
   *  work split without overhead, whatever else the machine was doing. */
  cpuSeconds: Record<number, number>;
  /** seconds[first] / seconds[last]. */
  speedup: number;
  /** 1-minute load average before each timing: a shared machine makes wall times noisy. */
  loadAverage: Record<number, number>;
  /** Whether every worker count gave the same lines, wall time aside, whatever their order. */
  identical: boolean;
}

/**
 * Times one sweep on worker pools of different sizes, for `npm run bench`: the speed-up of
 * 2 workers over 1 and a check that the results do not depend on the number of workers.
 */
export async function sweepSpeedup(options: SweepSpeedupOptions = {}): Promise<SweepSpeedupResult> {
  const input = options.scenario ?? {
    name: "bench-sweep",
    ticks: 200,
    population: { users: 3000 },
  };
  const scenario = parseScenario(input, "bench scenario");
  const file: ScenarioFile = {
    given: "(bench)",
    path: "bench.json",
    input,
    scenario,
    hash: await scenarioHash(scenario),
  };
  const seeds = Array.from({ length: options.seeds ?? 8 }, (_, i) => i + 1);
  const plans = await planRuns(
    [{ file, overrides: [] }],
    [parseSweepAxis("feed.ranker=random,popularity")],
    seeds,
  );
  const silent = { start() {}, advance() {}, stop() {} };
  const seconds: Record<number, number> = {};
  const cpuSeconds: Record<number, number> = {};
  const loadAverage: Record<number, number> = {};
  const outputs: string[] = [];
  for (const jobs of options.jobs ?? [1, 2]) {
    loadAverage[jobs] = loadavg()[0];
    const cpu = process.cpuUsage();
    const started = performance.now();
    const executor: Executor = workerPool(jobs);
    try {
      const finished = await runBatch(plans, { executor, progress: silent });
      outputs.push(
        finished
          .map((f) => JSON.stringify(withoutWallTime(f.line)))
          .sort()
          .join("\n"),
      );
    } finally {
      await executor.close();
    }
    seconds[jobs] = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    cpuSeconds[jobs] = (used.user + used.system) / 1e6;
  }
  const counts = Object.keys(seconds).map(Number);
  return {
    runs: plans.length,
    seconds,
    cpuSeconds,
    speedup: seconds[counts[0]] / seconds[counts[counts.length - 1]],
    identical: outputs.every((output) => output === outputs[0]),
    loadAverage,
  };
}
