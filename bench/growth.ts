import { liveBytes } from "./memory.js";
import type { ModelTotals, SteppedModel } from "./models.js";

/** Live-byte growth between two ticks, per tick, beside the videos and follows they added. */
export interface GrowthInterval {
  fromTick: number;
  toTick: number;
  heapBytesPerTick: number;
  arrayBufferBytesPerTick: number;
  videosPerTick: number;
  newTiesPerTick: number;
}

/**
 * Growth from the first checkpoint to the last, and between each pair of checkpoints.
 * Growable arrays double when full, which shows as a step in one interval; data kept per
 * tick shows in every interval, so the median interval is the steady growth.
 */
export interface Growth {
  overall: GrowthInterval;
  intervals: GrowthInterval[];
}

interface Reading {
  tick: number;
  heap: number;
  arrayBuffers: number;
  totals: ModelTotals;
}

function between(a: Reading, b: Reading): GrowthInterval {
  const span = b.tick - a.tick;
  return {
    fromTick: a.tick,
    toTick: b.tick,
    heapBytesPerTick: (b.heap - a.heap) / span,
    arrayBufferBytesPerTick: (b.arrayBuffers - a.arrayBuffers) / span,
    videosPerTick: (b.totals.videos - a.totals.videos) / span,
    newTiesPerTick: (b.totals.ties - a.totals.ties) / span,
  };
}

/** Reads live bytes at `parts + 1` evenly spread ticks from `from` to `to` (the run's end). */
export class GrowthProbe {
  private readonly checkpoints: Set<number>;
  private readonly readings: Reading[] = [];

  constructor(from: number, to: number, parts: number) {
    const ticks: number[] = [];
    for (let i = 0; i <= parts; i++) ticks.push(Math.round(from + ((to - from) * i) / parts));
    this.checkpoints = new Set(ticks);
  }

  /** Call before each tick is stepped, and once after the last with tick = the run's length. */
  note(tick: number, model: SteppedModel): void {
    if (!this.checkpoints.has(tick)) return;
    // Bytes first: the engine's totals come from a snapshot, which would be counted.
    const { heap, arrayBuffers } = liveBytes();
    this.readings.push({ tick, heap, arrayBuffers, totals: model.totals() });
  }

  result(): Growth | null {
    const r = this.readings;
    if (r.length < 2) return null;
    return {
      overall: between(r[0], r[r.length - 1]),
      intervals: r.slice(1).map((reading, i) => between(r[i], reading)),
    };
  }
}
