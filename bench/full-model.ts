import { type Agreement, agreement } from "./agreement.js";
import { defaultScenarioWith } from "./default-scenario.js";
import { type MemoryGrowth, memoryGrowth } from "./memory-growth.js";
import { type ModelRunFigures, type ModelRunOptions, measureModel } from "./model-run.js";
import { engineModel, naiveModel, type SteppedModel } from "./models.js";

/** How one population size is run: the engine for `ticks`, the naive reference for fewer. */
export interface FullModelSize {
  users: number;
  seed: number;
  ticks: number;
  /** Memory growth is measured from this tick on. */
  growthFrom: number;
  /** The naive reference runs the first `naiveTicks` ticks; rates are compared over them. */
  naiveTicks: number;
}

/** Users and ticks of the untimed run that lets the JIT compile a model's code first. */
const WARM_UP = { users: 1_000, ticks: 10 };

type Build = (scenario: unknown, seed: number) => SteppedModel;

function measureAt(build: Build, size: FullModelSize, options: ModelRunOptions): ModelRunFigures {
  const warm = build(defaultScenarioWith(WARM_UP.users), 0);
  for (let tick = 0; tick < WARM_UP.ticks; tick++) warm.step();
  const scenario = defaultScenarioWith(size.users);
  return measureModel(() => build(scenario, size.seed), options);
}

export function measureEngine(size: FullModelSize): ModelRunFigures {
  const { ticks, naiveTicks: window, growthFrom } = size;
  return measureAt(engineModel, size, { ticks, window, growthFrom });
}

/** The naive reference's growth (from half-way) is kept for the record, not judged. */
export function measureNaive(size: FullModelSize): ModelRunFigures {
  const ticks = size.naiveTicks;
  return measureAt(naiveModel, size, {
    ticks,
    window: ticks,
    growthFrom: ticks > 2 ? ticks >> 1 : 0,
  });
}

export interface FullModelFigures {
  size: FullModelSize;
  engine: ModelRunFigures;
  naive: ModelRunFigures;
  /** Engine impressions per second over naive's on the same ticks, by median tick wall time. */
  speedup: number;
  /** The same by CPU time summed over those ticks. */
  cpuSpeedup: number;
  agreement: Agreement;
  memory: MemoryGrowth | null;
}

export function compareModels(
  size: FullModelSize,
  engine: ModelRunFigures,
  naive: ModelRunFigures,
): FullModelFigures {
  return {
    size,
    engine,
    naive,
    speedup: engine.window.impressionsPerSecond / naive.window.impressionsPerSecond,
    cpuSpeedup: engine.window.impressionsPerCpuSecond / naive.window.impressionsPerCpuSecond,
    agreement: agreement(engine.window, naive.window),
    memory: memoryGrowth(engine),
  };
}
