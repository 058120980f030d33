import { readFileSync } from "node:fs";
import { VideoStore } from "../src/engine/videos.js";
import type { GrowthInterval } from "./growth.js";
import { median } from "./median.js";
import { type ModelRunFigures, measureModel, type TickRange } from "./model-run.js";
import { engineModel, naiveModel, type SteppedModel } from "./models.js";

/** A new follow adds one Int32 to each direction of the follow graph (src/engine/graph/csr.ts). */
const BYTES_PER_TIE = 8;

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

/** The default scenario as shipped, with population.users set. */
export function defaultScenarioWith(users: number): Record<string, unknown> {
  const url = new URL("../scenarios/default.json", import.meta.url);
  const scenario = JSON.parse(readFileSync(url, "utf8")) as Record<string, unknown>;
  const population = (scenario.population ?? {}) as Record<string, unknown>;
  return { ...scenario, population: { ...population, users } };
}

/** Users and ticks of the untimed run that lets the JIT compile a model's code first. */
const WARM_UP = { users: 1_000, ticks: 10 };

function warmUp(build: (scenario: unknown, seed: number) => SteppedModel): void {
  const model = build(defaultScenarioWith(WARM_UP.users), 0);
  for (let tick = 0; tick < WARM_UP.ticks; tick++) model.step();
}

export function measureEngine(size: FullModelSize): ModelRunFigures {
  const scenario = defaultScenarioWith(size.users);
  warmUp(engineModel);
  return measureModel(() => engineModel(scenario, size.seed), {
    ticks: size.ticks,
    window: size.naiveTicks,
    growthFrom: size.growthFrom,
  });
}

export function measureNaive(size: FullModelSize): ModelRunFigures {
  const scenario = defaultScenarioWith(size.users);
  warmUp(naiveModel);
  return measureModel(() => naiveModel(scenario, size.seed), {
    ticks: size.naiveTicks,
    window: size.naiveTicks,
    growthFrom: size.naiveTicks > 2 ? size.naiveTicks >> 1 : 0,
  });
}

/** Per-tick aggregates over the same ticks of both implementations. */
export interface Agreement {
  ticks: number;
  engine: {
    impressionsPerTick: number;
    likeRate: number;
    videosPerTick: number;
    newTiesPerTick: number;
  };
  naive: {
    impressionsPerTick: number;
    likeRate: number;
    videosPerTick: number;
    newTiesPerTick: number;
  };
  /** (naive − engine) / engine. */
  likeRateDifference: number;
  impressionsDifference: number;
}

function perTick(range: TickRange) {
  return {
    impressionsPerTick: range.impressions / range.ticks,
    likeRate: range.likeRate,
    videosPerTick: range.videos / range.ticks,
    newTiesPerTick: range.newTies / range.ticks,
  };
}

export function agreement(engine: TickRange, naive: TickRange): Agreement {
  const e = perTick(engine);
  const n = perTick(naive);
  return {
    ticks: engine.ticks,
    engine: e,
    naive: n,
    likeRateDifference: (n.likeRate - e.likeRate) / e.likeRate,
    impressionsDifference: (n.impressionsPerTick - e.impressionsPerTick) / e.impressionsPerTick,
  };
}

/**
 * The engine's live-byte growth per tick against what the tick is meant to add: the new
 * videos (VideoStore.BYTES_PER_VIDEO each) and the new follows. Growable arrays double,
 * so one interval can show a step; the median interval is the steady growth.
 */
export interface MemoryGrowth {
  fromTick: number;
  toTick: number;
  bytesPerVideo: number;
  /** From the first tick measured to the last. */
  heapBytesPerTick: number;
  arrayBufferBytesPerTick: number;
  newVideoBytesPerTick: number;
  newTieBytesPerTick: number;
  /** Growth beyond new videos and follows, per tick, over the whole span (steps included). */
  excessBytesPerTick: number;
  /** The same in the median interval: what every tick keeps beyond its videos and follows. */
  steadyExcessBytesPerTick: number;
  /** The largest interval's excess: a doubling array, or a leak that comes in bursts. */
  largestExcessBytesPerTick: number;
  intervals: GrowthInterval[];
}

function excess(interval: GrowthInterval): number {
  return (
    interval.heapBytesPerTick +
    interval.arrayBufferBytesPerTick -
    interval.videosPerTick * VideoStore.BYTES_PER_VIDEO -
    interval.newTiesPerTick * BYTES_PER_TIE
  );
}

export function memoryGrowth(engine: ModelRunFigures): MemoryGrowth | null {
  if (!engine.growth) return null;
  const { overall, intervals } = engine.growth;
  const excesses = intervals.map(excess);
  return {
    fromTick: overall.fromTick,
    toTick: overall.toTick,
    bytesPerVideo: VideoStore.BYTES_PER_VIDEO,
    heapBytesPerTick: overall.heapBytesPerTick,
    arrayBufferBytesPerTick: overall.arrayBufferBytesPerTick,
    newVideoBytesPerTick: overall.videosPerTick * VideoStore.BYTES_PER_VIDEO,
    newTieBytesPerTick: overall.newTiesPerTick * BYTES_PER_TIE,
    excessBytesPerTick: excess(overall),
    steadyExcessBytesPerTick: median(excesses),
    largestExcessBytesPerTick: Math.max(...excesses),
    intervals,
  };
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
