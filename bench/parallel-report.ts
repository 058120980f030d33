import { loadavg } from "node:os";
import { textTable } from "../src/cli/text-table.js";
import { measureParallelWorlds, type WorldsFigures, type WorldsSize } from "./parallel-worlds.js";
import { loadAndPath, writeBenchResults } from "./results-file.js";
import { measureSweepSpeedup, type SweepFigures, type SweepSize } from "./sweep-speedup.js";

const seconds = (s: number) => `${s.toFixed(2)} s`;
const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;

export function sweepTable(s: SweepFigures): string {
  const rows = s.timed.map((round, r) => [
    `round ${r + 1}`,
    seconds(round.oneWorkerSeconds),
    seconds(round.twoWorkersSeconds),
    `${round.speedup.toFixed(2)}×`,
    round.cpuRatio.toFixed(2),
    `${seconds(round.tailSeconds)} (${((100 * round.tailSeconds) / round.twoWorkersSeconds).toFixed(0)}%)`,
  ]);
  return `Sweep on the CLI's warm worker pools: ${s.runs} runs × ${s.users.toLocaleString("en-US")} users × ${s.ticks} ticks\n${textTable(
    ["", "1 worker", "2 workers", "speed-up", "CPU 1 / CPU 2", "one worker idle"],
    [
      ...rows,
      [
        "median",
        "",
        "",
        `${s.speedup.toFixed(2)}× (lowest ${s.lowestSpeedup.toFixed(2)}×)`,
        "",
        "",
      ],
    ],
  )}CPU 1 / CPU 2: the process's CPU seconds on 1 worker over those on 2 (1: running side by side costs no extra CPU; it holds under load, the wall-time speed-up does not).
one worker idle: the end of the two-worker round, from the second-to-last run's end to the last's (a run is not split), and its share of the round.
warm-up (pool start, module load, ${s.warmUpRuns ?? 1} full-size run(s) per worker), outside the rounds: ${seconds(s.warmUpSeconds.one)} for 1 worker, ${seconds(s.warmUpSeconds.two)} for 2.\n`;
}

export function worldsTable(sizes: readonly WorldsFigures[]): string {
  return `Worlds in parallel: one run, all worlds on 1 warm worker and split over 2 (median)\n${textTable(
    ["scenario", "users", "runs", "all on 1 worker", "split over 2", "speed-up", "CPU 1 / CPU 2"],
    sizes.map((w) => [
      `${w.scenario} (${w.worlds} worlds)`,
      w.population.toLocaleString("en-US"),
      String(w.repeats),
      ms(w.sequentialSeconds),
      ms(w.parallelSeconds),
      `${w.speedup.toFixed(2)}×`,
      w.cpuRatio.toFixed(2),
    ]),
  )}`;
}

/** Each multi-world size in turn. */
export async function measureWorldSizes(
  sizes: readonly WorldsSize[],
  log: (line: string) => void,
): Promise<WorldsFigures[]> {
  const figures: WorldsFigures[] = [];
  for (const size of sizes) {
    log(
      `${size.scenario} at ${size.users ?? "its"} users: on 1 worker and split over 2, ${size.repeats} times`,
    );
    figures.push(await measureParallelWorlds(size));
  }
  return figures;
}

/** `npm run bench -- --parallel`: only the sweep and worlds parts, in bench/results-parallel.json. */
export async function runParallelBench(
  plan: { sweep: SweepSize; worlds: WorldsSize[] },
  log: (line: string) => void,
): Promise<void> {
  const loadAtStart = loadavg();
  log(
    `sweep of ${plan.sweep.runs} runs, ${plan.sweep.rounds} rounds on warm pools of 1 and 2 workers`,
  );
  const sweep = await measureSweepSpeedup(plan.sweep);
  const worlds = await measureWorldSizes(plan.worlds, log);
  const path = writeBenchResults("parallel", loadAtStart, { sweep, worlds });
  console.log(`${sweepTable(sweep)}\n${worldsTable(worlds)}`);
  console.log(loadAndPath(loadAtStart, path));
}
