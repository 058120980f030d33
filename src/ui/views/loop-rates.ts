/** The live numbers the loop diagram shows, read from a world's per-tick columns. */
import type { TimeSeries } from "../../engine/types.js";

export interface LoopRates {
  /** The tick these rates belong to. */
  tick: number;
  /** Impressions shown in that tick. */
  impressionsPerTick: number;
  /** Likes given in that tick. */
  likesPerTick: number;
  /** Likes per impression in that tick, 0–1. */
  likeRate: number;
  /** Share of the tick's impressions that went to the top 1% of videos, 0–1. */
  topShareImpressions: number;
}

/** The rates of the last recorded tick, or undefined before the first. */
export function latestRates(series: TimeSeries): LoopRates | undefined {
  const row = series.tick.length - 1;
  if (row < 0) return undefined;
  return {
    tick: series.tick[row],
    impressionsPerTick: series.impressions[row],
    likesPerTick: series.likes[row],
    likeRate: series.likeRate[row],
    topShareImpressions: series.topShareImpressions[row],
  };
}
