import { median } from "./median.js";
import { liveBytes, maxRssBytes, usedBytes } from "./memory.js";
import type { ModelTotals, SteppedModel } from "./models.js";

export interface ModelRunOptions {
  /** Ticks to run and time. */
  ticks: number;
  /** The first `window` ticks are also reported on their own, to set beside a shorter run. */
  window: number;
  /** Memory growth is measured from this tick to the last (0: not measured). */
  growthFrom: number;
}

/** Counts and time over a range of ticks. */
export interface TickRange {
  ticks: number;
  seconds: number;
  impressions: number;
  likes: number;
  likeRate: number;
  impressionsPerSecond: number;
  ticksPerSecond: number;
  /** Videos posted and follows made in the range. */
  videos: number;
  newTies: number;
}

/** Live bytes (after a full collection) at two ticks, per tick between them. */
export interface Growth {
  fromTick: number;
  toTick: number;
  heapBytesPerTick: number;
  arrayBufferBytesPerTick: number;
  videosPerTick: number;
  newTiesPerTick: number;
}

export interface ModelRunFigures {
  buildSeconds: number;
  /** All timed ticks. */
  run: TickRange;
  /** The first `window` ticks. */
  window: TickRange;
  medianTickMs: number;
  tickMs: number[];
  /** Peak of heapUsed + arrayBuffers sampled after each tick, above the live bytes before the build. */
  peakUsedBytes: number;
  /** The process's resident-set high-water mark when the run ended (includes earlier workloads). */
  maxRssBytes: number;
  growth: Growth | null;
}

function range(ticks: number, seconds: number, from: ModelTotals, to: ModelTotals): TickRange {
  const impressions = to.impressions - from.impressions;
  const likes = to.likes - from.likes;
  return {
    ticks,
    seconds,
    impressions,
    likes,
    likeRate: impressions > 0 ? likes / impressions : Number.NaN,
    impressionsPerSecond: impressions / seconds,
    ticksPerSecond: ticks / seconds,
    videos: to.videos - from.videos,
    newTies: to.ties - from.ties,
  };
}

/**
 * Builds a model and steps it tick by tick, timing only `step()`: totals are read and
 * memory is collected and sampled between ticks, outside the timing.
 */
export function measureModel(build: () => SteppedModel, options: ModelRunOptions): ModelRunFigures {
  const { ticks, window, growthFrom } = options;
  if (!(window >= 1 && window <= ticks && growthFrom >= 0 && growthFrom < ticks)) {
    throw new RangeError(
      `measureModel: ticks ${ticks}, window ${window}, growthFrom ${growthFrom}; allowed: 1 ≤ window ≤ ticks and 0 ≤ growthFrom < ticks`,
    );
  }
  const baseline = liveBytes();
  const buildStart = performance.now();
  const model = build();
  const buildSeconds = (performance.now() - buildStart) / 1000;
  const start = model.totals();
  let atWindow = start;
  let atGrowth = start;
  let growthBytes = baseline;
  const tickMs: number[] = [];
  let peakUsed = usedBytes();
  for (let tick = 0; tick < ticks; tick++) {
    if (growthFrom > 0 && tick === growthFrom) {
      atGrowth = model.totals();
      growthBytes = liveBytes();
    }
    const begin = performance.now();
    model.step();
    tickMs.push(performance.now() - begin);
    peakUsed = Math.max(peakUsed, usedBytes());
    if (tick + 1 === window) atWindow = model.totals();
  }
  const end = model.totals();
  const seconds = tickMs.reduce((a, b) => a + b, 0) / 1000;
  const windowSeconds = tickMs.slice(0, window).reduce((a, b) => a + b, 0) / 1000;
  let growth: Growth | null = null;
  if (growthFrom > 0) {
    const last = liveBytes();
    const span = ticks - growthFrom;
    growth = {
      fromTick: growthFrom,
      toTick: ticks,
      heapBytesPerTick: (last.heap - growthBytes.heap) / span,
      arrayBufferBytesPerTick: (last.arrayBuffers - growthBytes.arrayBuffers) / span,
      videosPerTick: (end.videos - atGrowth.videos) / span,
      newTiesPerTick: (end.ties - atGrowth.ties) / span,
    };
  }
  return {
    buildSeconds,
    run: range(ticks, seconds, start, end),
    window: range(window, windowSeconds, start, atWindow),
    medianTickMs: median(tickMs),
    tickMs: tickMs.map((ms) => Math.round(ms * 100) / 100),
    peakUsedBytes: peakUsed - (baseline.heap + baseline.arrayBuffers),
    maxRssBytes: maxRssBytes(),
    growth,
  };
}
