import { VideoStore } from "../src/engine/videos.js";
import type { GrowthInterval } from "./growth.js";
import { median } from "./median.js";
import type { ModelRunFigures } from "./model-run.js";

/** A new follow adds one Int32 to each direction of the follow graph (src/engine/graph/csr.ts). */
const BYTES_PER_TIE = 8;

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
