import type { StartupFigures } from "./cli-startup.js";
import type { FullModelFigures } from "./full-model.js";
import type { KernelMedians } from "./kernel-bench.js";
import type { WorldsFigures } from "./parallel-worlds.js";
import type { SweepFigures } from "./sweep-speedup.js";

/** One of the speed aims, with the figure measured for it. */
export interface Aim {
  name: string;
  value: number;
  /** The aim as the issue words it. */
  aim: string;
  met: boolean;
}

/** Bytes per tick the heap may drift by (JIT code, lazily made streams) without a leak. */
export const STEADY_GROWTH_ALLOWANCE = 1024;

export function checkAims(results: {
  kernels: KernelMedians;
  fullModel: FullModelFigures[];
  sweep: SweepFigures;
  worlds: WorldsFigures[];
  startup: StartupFigures;
}): Aim[] {
  const { w1, w2 } = results.kernels;
  const aims: Aim[] = [
    {
      name: "W1 attempts/s",
      value: w1.attemptsPerSecond,
      aim: "≥ 20 M",
      met: w1.attemptsPerSecond >= 20e6,
    },
    {
      name: "W2 impressions/s",
      value: w2.impressionsPerSecond,
      aim: "≥ 30 M",
      met: w2.impressionsPerSecond >= 30e6,
    },
  ];
  const largest = results.fullModel.at(-1);
  if (largest) {
    const users = largest.size.users.toLocaleString("en-US");
    const rate = largest.engine.run.impressionsPerSecond;
    aims.push({
      name: `full model impressions/s at ${users} users`,
      value: rate,
      aim: "≥ 3 M",
      met: rate >= 3e6,
    });
  }
  for (const figures of results.fullModel) {
    const users = figures.size.users.toLocaleString("en-US");
    aims.push({
      name: `engine / naive at ${users} users, by CPU time`,
      value: figures.cpuSpeedup,
      aim: "≥ 10×",
      met: figures.cpuSpeedup >= 10,
    });
    const memory = figures.memory;
    if (memory) {
      aims.push({
        name: `steady growth beyond new videos and follows at ${users} users, B/tick`,
        value: memory.steadyExcessBytesPerTick,
        aim: "≈ 0 (≤ 1 KiB)",
        met: memory.steadyExcessBytesPerTick <= STEADY_GROWTH_ALLOWANCE,
      });
    }
  }
  const { sweep } = results;
  const worlds = results.worlds[0];
  aims.push(
    {
      name: `sweep, 2 workers / 1, lowest of ${sweep.rounds} rounds`,
      value: sweep.lowestSpeedup,
      aim: "≥ 1.8× (issue 12)",
      met: sweep.lowestSpeedup >= 1.8,
    },
    {
      name: `${worlds.scenario} ${worlds.worlds} worlds, 2 workers / 1`,
      value: worlds.speedup,
      aim: "≥ 1.8× (issue 12)",
      met: worlds.speedup >= 1.8,
    },
  );
  aims.push({
    name: "likesim --help start-up, ms",
    value: results.startup.helpMs,
    aim: "< 300 (issue 13)",
    met: results.startup.helpMs < 300,
  });
  return aims;
}
