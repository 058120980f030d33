import { type Growth, GrowthProbe } from "./growth.js";
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

/**
 * Intervals memory growth is measured over (see Growth). Enough that the intervals holding a
 * doubling stay a minority and the median is a steady tick: at 10,000 users the video columns,
 * for-you's trend and the follow rows double in about 4 of the 192 ticks measured, which took
 * 3 of 6 intervals and put a doubling's share in the median (1.6 KiB a tick).
 */
const GROWTH_INTERVALS = 12;

/** Counts and times over a range of ticks. */
export interface TickRange {
  ticks: number;
  impressions: number;
  likes: number;
  likeRate: number;
  /** Videos posted and follows made in the range. */
  videos: number;
  newTies: number;
  /** Wall time summed over the ticks. */
  seconds: number;
  /** The process's CPU time (user + system, all threads) summed over the ticks. */
  cpuSeconds: number;
  medianTickMs: number;
  /**
   * Mean impressions per tick over the median tick's wall time: on a shared machine a few
   * ticks stall while other processes run, and the median is what the tick itself costs.
   */
  impressionsPerSecond: number;
  ticksPerSecond: number;
  /** Impressions over the summed wall time, stalls included. */
  meanImpressionsPerSecond: number;
  impressionsPerCpuSecond: number;
}

export interface ModelRunFigures {
  buildSeconds: number;
  /** All timed ticks. */
  run: TickRange;
  /** The first `window` ticks. */
  window: TickRange;
  /** Wall and CPU milliseconds of each tick. */
  tickMs: number[];
  tickCpuMs: number[];
  /** Peak of heapUsed + arrayBuffers sampled after each tick, above the live bytes before the build. */
  peakUsedBytes: number;
  /** The process's resident-set high-water mark when the run ended (includes earlier workloads). */
  maxRssBytes: number;
  growth: Growth | null;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const hundredths = (ms: number) => Math.round(ms * 100) / 100;

function range(
  tickMs: number[],
  tickCpuMs: number[],
  from: ModelTotals,
  to: ModelTotals,
): TickRange {
  const ticks = tickMs.length;
  const impressions = to.impressions - from.impressions;
  const likes = to.likes - from.likes;
  const seconds = sum(tickMs) / 1000;
  const cpuSeconds = sum(tickCpuMs) / 1000;
  const medianTickMs = median(tickMs);
  return {
    ticks,
    impressions,
    likes,
    likeRate: impressions > 0 ? likes / impressions : Number.NaN,
    videos: to.videos - from.videos,
    newTies: to.ties - from.ties,
    seconds,
    cpuSeconds,
    medianTickMs,
    impressionsPerSecond: impressions / ticks / (medianTickMs / 1000),
    ticksPerSecond: 1000 / medianTickMs,
    meanImpressionsPerSecond: impressions / seconds,
    impressionsPerCpuSecond: impressions / cpuSeconds,
  };
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
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
  const probe = growthFrom > 0 ? new GrowthProbe(growthFrom, ticks, GROWTH_INTERVALS) : null;
  const tickMs: number[] = [];
  const tickCpuMs: number[] = [];
  let peakUsed = usedBytes();
  for (let tick = 0; tick < ticks; tick++) {
    probe?.note(tick, model);
    const cpuBefore = process.cpuUsage();
    const begin = performance.now();
    model.step();
    tickMs.push(performance.now() - begin);
    tickCpuMs.push(cpuMs(process.cpuUsage(cpuBefore)));
    peakUsed = Math.max(peakUsed, usedBytes());
    if (tick + 1 === window) atWindow = model.totals();
  }
  probe?.note(ticks, model);
  const end = model.totals();
  return {
    buildSeconds,
    run: range(tickMs, tickCpuMs, start, end),
    window: range(tickMs.slice(0, window), tickCpuMs.slice(0, window), start, atWindow),
    tickMs: tickMs.map(hundredths),
    tickCpuMs: tickCpuMs.map(hundredths),
    peakUsedBytes: peakUsed - (baseline.heap + baseline.arrayBuffers),
    maxRssBytes: maxRssBytes(),
    growth: probe?.result() ?? null,
  };
}
