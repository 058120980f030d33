import { MEASURES } from "../src/engine/measures.js";
import { estimateBytes } from "../src/engine/memory-budget.js";
import { createWorlds } from "../src/engine/simulation.js";
import { simulationBytes } from "../src/engine/state/simulation-state.js";
import { SUMMARY_NAMES, type SummaryName } from "../src/engine/types.js";
import { parseScenario } from "../src/scenario/validate.js";
import { defaultScenarioWith } from "./default-scenario.js";
import { liveBytes, maxRssBytes } from "./memory.js";
import { typedArrayBytes } from "./typed-array-bytes.js";

/** The default scenario at `users`, run `ticks` of its `fullTicks` (fewer when time is short). */
export interface LargeRunSize {
  users: number;
  ticks: number;
  fullTicks: number;
  seed: number;
}

export interface MeasureTime {
  measure: SummaryName;
  seconds: number;
  cpuSeconds: number;
  value: number;
}

export interface LargeRunFigures extends LargeRunSize {
  /** Population, graph and world: createWorlds (the budget check and parsing before it are ms). */
  buildSeconds: number;
  /** Wall time of each tick, in order, and the process's CPU seconds in it. */
  tickSeconds: number[];
  tickCpuSeconds: number[];
  /** Each summary measure of the world at the last tick, timed once, in SUMMARY_NAMES order. */
  measures: MeasureTime[];
  /** Build + ticks + measures, as run. */
  wallSeconds: number;
  /**
   * The process's CPU seconds in each phase: on a machine shared with other processes the
   * wall time stretches, the CPU time much less (one thread does the work).
   */
  cpuSeconds: { build: number; ticks: number; measures: number };
  /**
   * When fewer ticks ran than the scenario's: the ticks not run, at the mean wall time of the
   * last quarter of those that ran (past the videos' lifetime the tick cost is flat), added
   * to the wall time. Measures are timed at the last tick run; at the full length their
   * inputs (videos) grow by the ticks left, so Kendall's tau and the video measures there
   * cost proportionally more (n log n), which the extrapolation scales in.
   */
  extrapolated?: {
    ticksSeconds: number;
    measuresSeconds: number;
    wallSeconds: number;
    /** The same extrapolation of CPU seconds: the one-core figure, whatever the load. */
    cpuSeconds: number;
  };
  memory: LargeRunMemory;
}

/** The run's memory, by three counts that should agree, at the last tick run. */
export interface LargeRunMemory {
  /** The memory-budget estimate made from the scenario before anything is allocated (src/engine/memory-budget.ts). */
  estimateBytes: number;
  /** The same estimate for the full length, when fewer ticks ran. */
  estimateFullBytes: number;
  /** Every ArrayBuffer reachable from the world, each once, at its full capacity. */
  accountedBytes: number;
  /** What `sim.memoryBytes()` says: the typed arrays of the declared state layouts (src/engine/state/). */
  declaredBytes: number;
  /** The process's live ArrayBuffer bytes after full collections, less those before the build. */
  arrayBufferBytes: number;
  /** The JS heap in use after full collections, less before the build. */
  heapBytes: number;
  /** Resident set after the build, and the process's high-water mark at the end. */
  rssAfterBuildBytes: number;
  peakRssBytes: number;
  /** The high-water mark when the build, and then the ticks, were done: which phase set the peak. */
  peakRssAfterBuildBytes: number;
  peakRssAfterTicksBytes: number;
  /** The resident set before the build (Node, the modules): the floor under every figure. */
  rssBeforeBytes: number;
}

function seconds(work: () => void): number {
  const start = performance.now();
  work();
  return (performance.now() - start) / 1000;
}

function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * The default scenario at platform size, in one process and on one thread: build, every
 * tick, every summary measure (Louvain modularity and Kendall's tau included) each timed
 * on its own through the measures registry (src/engine/measures.ts), and memory counted
 * three ways against the process's peak.
 */
export function measureLargeRun(
  size: LargeRunSize,
  log: (line: string) => void = () => {},
): LargeRunFigures {
  const input = { ...defaultScenarioWith(size.users), ticks: size.ticks, seed: size.seed };
  const scenario = parseScenario(input);
  const full = parseScenario({ ...input, ticks: size.fullTicks });
  const before = liveBytes();
  const rssBeforeBytes = process.memoryUsage().rss;
  log(`build, ${size.users.toLocaleString("en-US")} users`);
  let world = undefined as unknown as ReturnType<typeof createWorlds>[number];
  const cpuAtStart = cpuNow();
  const buildSeconds = seconds(() => {
    [world] = createWorlds(scenario, { seed: size.seed });
  });
  const rssAfterBuildBytes = process.memoryUsage().rss;
  const peakRssAfterBuildBytes = maxRssBytes();
  const cpuAfterBuild = cpuNow();
  const tickSeconds: number[] = [];
  const tickCpuSeconds: number[] = [];
  for (let t = 0; t < size.ticks; t++) {
    const cpu = cpuNow();
    tickSeconds.push(seconds(() => world.step()));
    tickCpuSeconds.push(cpuNow() - cpu);
    if ((t + 1) % 12 === 0 || t + 1 === size.ticks)
      log(`tick ${t + 1}/${size.ticks}: ${(tickSeconds[t] * 1000).toFixed(0)} ms`);
  }
  const cpuAfterTicks = cpuNow();
  const peakRssAfterTicksBytes = maxRssBytes();
  const measures = SUMMARY_NAMES.map((measure) => {
    let value = Number.NaN;
    const cpu = cpuNow();
    const time = seconds(() => {
      value = MEASURES[measure].measure(world);
    });
    log(`${measure}: ${time.toFixed(2)} s`);
    return { measure, seconds: time, cpuSeconds: cpuNow() - cpu, value };
  });
  const cpuSeconds = {
    build: cpuAfterBuild - cpuAtStart,
    ticks: cpuAfterTicks - cpuAfterBuild,
    measures: cpuNow() - cpuAfterTicks,
  };
  const after = liveBytes();
  const memory: LargeRunMemory = {
    estimateBytes: estimateBytes(scenario),
    estimateFullBytes: estimateBytes(full),
    accountedBytes: typedArrayBytes([world]),
    declaredBytes: simulationBytes(world.pop, [world]),
    arrayBufferBytes: after.arrayBuffers - before.arrayBuffers,
    heapBytes: after.heap - before.heap,
    rssAfterBuildBytes,
    peakRssBytes: maxRssBytes(),
    peakRssAfterBuildBytes,
    peakRssAfterTicksBytes,
    rssBeforeBytes,
  };
  const ticksSeconds = tickSeconds.reduce((sum, s) => sum + s, 0);
  const measuresSeconds = measures.reduce((sum, m) => sum + m.seconds, 0);
  const wallSeconds = buildSeconds + ticksSeconds + measuresSeconds;
  const figures: LargeRunFigures = {
    ...size,
    buildSeconds,
    tickSeconds,
    tickCpuSeconds,
    measures,
    wallSeconds,
    cpuSeconds,
    memory,
  };
  if (size.ticks < size.fullTicks) {
    const left = size.fullTicks - size.ticks;
    const quarter = Math.max(1, Math.floor(size.ticks / 4));
    const fullTicksSeconds = ticksSeconds + left * mean(tickSeconds.slice(-quarter));
    // The measures read every video posted so far; videos grow about linearly with ticks.
    const growth = size.fullTicks / size.ticks;
    const fullMeasures = measures.reduce(
      (sum, m) => sum + (isVideoMeasure(m.measure) ? m.seconds * growth : m.seconds),
      0,
    );
    const wallOverCpu = measuresSeconds / Math.max(1e-9, cpuSeconds.measures);
    figures.extrapolated = {
      ticksSeconds: fullTicksSeconds,
      measuresSeconds: fullMeasures,
      wallSeconds: buildSeconds + fullTicksSeconds + fullMeasures,
      cpuSeconds:
        cpuSeconds.build +
        cpuSeconds.ticks +
        left * mean(tickCpuSeconds.slice(-quarter)) +
        fullMeasures / wallOverCpu,
    };
  }
  return figures;
}

/** Measures whose input is the run's videos (they grow with ticks); the rest read users or the graph. */
function isVideoMeasure(name: SummaryName): boolean {
  return ["giniVideos", "top1Share", "qualitySpearman", "qualityKendall"].includes(name);
}
