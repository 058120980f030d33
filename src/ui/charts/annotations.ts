/**
 * Moments worth a word on the time charts, read from a run's own series (so they are the same
 * at any playback speed): when creators gave up in numbers, and when the first video went viral.
 */
import type { TimeSeries } from "../../engine/types.js";

export interface ChartAnnotation {
  tick: number;
  /** A few words, e.g. "42 creators quit". */
  text: string;
  /** Which world it happened in, when worlds are compared (colour index). */
  world: number;
}

/** A drop in active creators worth a note: at least this share of those active before it. */
const QUIT_SHARE = 0.1;
/** Drops shown per world at most: the largest. */
const QUIT_NOTES = 2;

/** Runs of ticks in which the active creators only fell, with the size of each fall. */
function quitting(series: TimeSeries): { tick: number; quit: number; before: number }[] {
  const active = series.activeCreators;
  const falls: { tick: number; quit: number; before: number }[] = [];
  let start = -1;
  for (let i = 1; i <= active.length; i++) {
    const falling = i < active.length && active[i] < active[i - 1];
    if (falling && start < 0) start = i - 1;
    if (!falling && start >= 0) {
      falls.push({
        tick: series.tick[i - 1],
        quit: active[start] - active[i - 1],
        before: active[start],
      });
      start = -1;
    }
  }
  return falls;
}

export function annotate(series: TimeSeries, world = 0): ChartAnnotation[] {
  const notes: ChartAnnotation[] = [];
  const viral = series.viralCount.findIndex((count) => count >= 1);
  if (viral >= 0) notes.push({ tick: series.tick[viral], text: "first video goes viral", world });
  const drops = quitting(series)
    .filter((fall) => fall.quit >= Math.max(2, QUIT_SHARE * fall.before))
    .sort((a, b) => b.quit - a.quit || a.tick - b.tick)
    .slice(0, QUIT_NOTES);
  for (const drop of drops) {
    notes.push({ tick: drop.tick, text: `${drop.quit} creators quit`, world });
  }
  return notes.sort((a, b) => a.tick - b.tick);
}
