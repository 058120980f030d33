import type { TickRange } from "./model-run.js";

export interface PerTick {
  impressionsPerTick: number;
  likeRate: number;
  videosPerTick: number;
  newTiesPerTick: number;
}

/** Per-tick aggregates over the same ticks of both implementations. */
export interface Agreement {
  ticks: number;
  engine: PerTick;
  naive: PerTick;
  /** (naive − engine) / engine. */
  likeRateDifference: number;
  impressionsDifference: number;
}

function perTick(range: TickRange): PerTick {
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
