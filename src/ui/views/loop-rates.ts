/** The loop diagram's numbers: the run's last few ticks, smoothed, read from its series. */
import type { TimeSeries } from "../../engine/types.js";

/** Ticks the loop's numbers are averaged over: steady enough to read, quick enough to follow. */
export const LOOP_WINDOW = 8;

export interface LoopRates {
  /** The last tick in the window. */
  tick: number;
  /** Ticks averaged over (fewer than LOOP_WINDOW at the start). */
  ticks: number;
  /** Mean impressions and likes per tick over the window. */
  impressionsPerTick: number;
  likesPerTick: number;
  /** Likes per impression over the window, 0–1; undefined while nothing was shown. */
  likeRate: number | undefined;
  /** Mean share of a tick's impressions that went to the top 1% of videos, or undefined. */
  topShareImpressions: number | undefined;
  /** Each flow as a share (0–1) of its own largest value so far: the arrows' widths. */
  flow: { likes: number; rate: number; focus: number; impressions: number };
}

function finiteMean(values: Float64Array, from: number, to: number): number | undefined {
  let sum = 0;
  let n = 0;
  for (let i = from; i < to; i++) {
    if (Number.isFinite(values[i])) {
      sum += values[i];
      n++;
    }
  }
  return n > 0 ? sum / n : undefined;
}

/**
 * Smoothed rates of a growing series. It reads each row once (`update` takes the rows added
 * since the last call) and keeps the largest smoothed values so far, against which the arrows'
 * widths are drawn; so the work per frame does not grow with the run. Never NaN: a rate with
 * nothing to measure is undefined.
 */
export class LoopMeter {
  private seen = 0;
  private peak = { likes: 0, rate: 0, focus: 0, impressions: 0 };

  /** The rates at the end of `series` (a longer version of the last one, or a new run's). */
  update(series: TimeSeries): LoopRates | undefined {
    const rows = series.tick.length;
    if (rows < this.seen) this.reset();
    for (let end = this.seen + 1; end <= rows; end++) this.note(this.at(series, end));
    this.seen = rows;
    return rows > 0 ? this.at(series, rows) : undefined;
  }

  /** Forgets the run (a new one starts). */
  reset(): void {
    this.seen = 0;
    this.peak = { likes: 0, rate: 0, focus: 0, impressions: 0 };
  }

  private note(rates: LoopRates): void {
    const p = this.peak;
    p.likes = Math.max(p.likes, rates.likesPerTick);
    p.impressions = Math.max(p.impressions, rates.impressionsPerTick);
    p.rate = Math.max(p.rate, rates.likeRate ?? 0);
    p.focus = Math.max(p.focus, rates.topShareImpressions ?? 0);
  }

  /** The rates over the window that ends at row `end` (exclusive). */
  private at(series: TimeSeries, end: number): LoopRates {
    const from = Math.max(0, end - LOOP_WINDOW);
    let impressions = 0;
    let likes = 0;
    for (let i = from; i < end; i++) {
      impressions += series.impressions[i];
      likes += series.likes[i];
    }
    const ticks = end - from;
    const rates = {
      tick: series.tick[end - 1],
      ticks,
      impressionsPerTick: impressions / ticks,
      likesPerTick: likes / ticks,
      likeRate: impressions > 0 ? likes / impressions : undefined,
      topShareImpressions: finiteMean(series.topShareImpressions, from, end),
    };
    const share = (value: number | undefined, peak: number) =>
      value === undefined || peak <= 0 ? 0 : Math.min(1, value / peak);
    const p = this.peak;
    return {
      ...rates,
      flow: {
        likes: share(rates.likesPerTick, Math.max(p.likes, rates.likesPerTick)),
        rate: share(rates.likeRate, Math.max(p.rate, rates.likeRate ?? 0)),
        focus: share(rates.topShareImpressions, Math.max(p.focus, rates.topShareImpressions ?? 0)),
        impressions: share(
          rates.impressionsPerTick,
          Math.max(p.impressions, rates.impressionsPerTick),
        ),
      },
    };
  }
}
