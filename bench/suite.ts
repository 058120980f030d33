import { loadavg } from "node:os";
import { type Aim, checkAims } from "./aims.js";
import { measureStartup, type StartupFigures } from "./cli-startup.js";
import { compareModels, type FullModelFigures, measureEngine, measureNaive } from "./full-model.js";
import { type KernelMedians, measureKernels } from "./kernel-bench.js";
import { describeMachine, type Machine } from "./machine.js";
import { type MemoryFloorFigures, measureMemoryFloor } from "./memory-floor.js";
import type { ModelRunFigures } from "./model-run.js";
import { measureWorldSizes } from "./parallel-report.js";
import type { WorldsFigures } from "./parallel-worlds.js";
import type { BenchPlan } from "./plan.js";
import { measureSaveRestore, type SaveRestoreFigures } from "./save-restore.js";
import { measureSweepSpeedup, type SweepFigures } from "./sweep-speedup.js";

/** Everything one bench run measured: what bench/results.json holds. */
export interface BenchResults {
  format: "likesim-bench/1";
  startedAt: string;
  quick: boolean;
  /** 1-, 5- and 15-minute load averages when the bench started and ended: other processes' share. */
  loadAverage: { start: number[]; end: number[] };
  machine: Machine;
  plan: BenchPlan;
  kernels: KernelMedians;
  fullModel: FullModelFigures[];
  /** The engine's memory traffic alone at each full-model size: the ceiling on its speed. */
  memoryFloor: MemoryFloorFigures[];
  sweep: SweepFigures;
  worlds: WorldsFigures[];
  startup: StartupFigures;
  saveRestore: SaveRestoreFigures;
  aims: Aim[];
  totalSeconds: number;
}

/**
 * Runs the plan in one process. The engine runs at every size before the naive reference
 * runs at any, so the engine's resident-set high-water marks are not the reference's.
 */
export async function runBench(
  plan: BenchPlan,
  quick: boolean,
  log: (line: string) => void = () => {},
): Promise<BenchResults> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg();
  log(`W1 and W2, ${plan.kernelRuns} runs each`);
  const kernels = measureKernels(plan.kernelRuns);
  const engines: ModelRunFigures[] = [];
  for (const size of plan.sizes) {
    log(`engine, ${size.users.toLocaleString("en-US")} users, ${size.ticks} ticks`);
    engines.push(measureEngine(size));
  }
  const fullModel = plan.sizes.map((size, i) => {
    log(`naive reference, ${size.users.toLocaleString("en-US")} users, ${size.naiveTicks} ticks`);
    return compareModels(size, engines[i], measureNaive(size));
  });
  const memoryFloor = plan.sizes.map((size) => {
    log(`memory floor, ${size.users.toLocaleString("en-US")} users, ${plan.floorTicks} ticks`);
    return measureMemoryFloor(size.users, plan.floorTicks);
  });
  log(`sweep of ${plan.sweep.runs} runs, ${plan.sweep.rounds} rounds on warm pools of 1 and 2`);
  const sweep = await measureSweepSpeedup(plan.sweep);
  const worlds = await measureWorldSizes(plan.worlds, log);
  log(`likesim --help, ${plan.startupRuns} starts`);
  const startup = measureStartup(plan.startupRuns);
  const { users, ticks } = plan.saveRestore;
  log(`save, restore and fork at ${users.toLocaleString("en-US")} users after ${ticks} ticks`);
  const saveRestore = measureSaveRestore(plan.saveRestore);
  const partial = { kernels, fullModel, memoryFloor, sweep, worlds, startup, saveRestore };
  return {
    format: "likesim-bench/1",
    startedAt,
    quick,
    loadAverage: { start: loadAtStart, end: loadavg() },
    machine: describeMachine(),
    plan,
    ...partial,
    aims: checkAims(partial),
    totalSeconds: (performance.now() - started) / 1000,
  };
}
