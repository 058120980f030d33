import { loadavg } from "node:os";
import { textTable } from "../src/cli/text-table.js";
import { type LargeRunFigures, type LargeRunSize, measureLargeRun } from "./large-run.js";
import { median } from "./median.js";
import { loadAndPath, writeBenchResults } from "./results-file.js";

const MIB = 1024 ** 2;
const mib = (bytes: number) => `${(bytes / MIB).toFixed(0)} MiB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
/** The issue's aims for this run. */
const AIM = { wallSeconds: 600, peakRssBytes: 2 * 1024 ** 3, measureSeconds: 10 };

/** How far `value` is from `reference`, as a signed share of it. */
function off(value: number, reference: number): string {
  const share = (value - reference) / reference;
  return `${share >= 0 ? "+" : ""}${(share * 100).toFixed(1)}%`;
}

export function formatLargeRun(f: LargeRunFigures): string {
  const ticks = f.tickSeconds.reduce((sum, t) => sum + t, 0);
  const measures = f.measures.reduce((sum, m) => sum + m.seconds, 0);
  const x = f.extrapolated;
  const phases = textTable(
    ["phase", `as run (${f.ticks} ticks)`, "CPU", x ? `${f.fullTicks} ticks, extrapolated` : ""],
    [
      [
        "build (population, graph, world)",
        s(f.buildSeconds),
        s(f.cpuSeconds.build),
        x ? s(f.buildSeconds) : "",
      ],
      [
        `ticks (median ${(median(f.tickSeconds) * 1000).toFixed(0)} ms)`,
        s(ticks),
        s(f.cpuSeconds.ticks),
        x ? s(x.ticksSeconds) : "",
      ],
      ["summary measures", s(measures), s(f.cpuSeconds.measures), x ? s(x.measuresSeconds) : ""],
      [
        "wall time",
        s(f.wallSeconds),
        s(f.cpuSeconds.build + f.cpuSeconds.ticks + f.cpuSeconds.measures),
        x ? s(x.wallSeconds) : "",
      ],
      ...(x ? [["CPU time", "", "", s(x.cpuSeconds)]] : []),
    ],
  );
  const measureRows = f.measures
    .filter((m) => m.seconds >= 0.005)
    .map((m) => [
      m.measure,
      s(m.seconds),
      s(m.cpuSeconds),
      Number.isFinite(m.value) ? m.value.toPrecision(4) : String(m.value),
    ]);
  const m = f.memory;
  const memory = textTable(
    ["count", "bytes", "vs accounted"],
    [
      ["typed arrays reachable from the world (accounted)", mib(m.accountedBytes), ""],
      [
        "sim.memoryBytes(): the declared state layouts",
        mib(m.declaredBytes),
        off(m.declaredBytes, m.accountedBytes),
      ],
      [
        "live ArrayBuffers after GC, above the start (V8)",
        mib(m.arrayBufferBytes),
        off(m.arrayBufferBytes, m.accountedBytes),
      ],
      [
        `budget estimate before allocating (${f.ticks} ticks)`,
        mib(m.estimateBytes),
        off(m.estimateBytes, m.accountedBytes),
      ],
      [
        "peak RSS over the ticks less RSS before the build",
        mib(m.peakRssAfterTicksBytes - m.rssBeforeBytes),
        off(m.peakRssAfterTicksBytes - m.rssBeforeBytes, m.accountedBytes),
      ],
      [
        "peak RSS at the end (measures too) less before the build",
        mib(m.peakRssBytes - m.rssBeforeBytes),
        off(m.peakRssBytes - m.rssBeforeBytes, m.accountedBytes),
      ],
      ["JS heap after GC, above the start", mib(m.heapBytes), ""],
      [
        "RSS before the build / after it",
        `${mib(m.rssBeforeBytes)} / ${mib(m.rssAfterBuildBytes)}`,
        "",
      ],
      [
        "peak RSS after the build / the ticks / the measures",
        `${mib(m.peakRssAfterBuildBytes)} / ${mib(m.peakRssAfterTicksBytes)} / ${mib(m.peakRssBytes)}`,
        "",
      ],
      ...(x ? [[`budget estimate for ${f.fullTicks} ticks`, mib(m.estimateFullBytes), ""]] : []),
    ],
  );
  const slowest = Math.max(...f.measures.map((t) => t.cpuSeconds));
  const wall = x ? x.wallSeconds : f.wallSeconds;
  const cpu = x ? x.cpuSeconds : f.cpuSeconds.build + f.cpuSeconds.ticks + f.cpuSeconds.measures;
  const aims = textTable(
    ["aim", "measured", "wanted", "met"],
    [
      [
        `wall time, ${f.fullTicks} ticks${x ? " (extrapolated)" : ""}`,
        s(wall),
        "≤ 600 s",
        wall <= AIM.wallSeconds ? "yes" : "NO",
      ],
      [
        `CPU time (one core's share), ${f.fullTicks} ticks${x ? " (extrapolated)" : ""}`,
        s(cpu),
        "≤ 600 s",
        cpu <= AIM.wallSeconds ? "yes" : "NO",
      ],
      [
        `peak RSS${x ? ` at ${f.ticks} ticks` : ""}`,
        mib(m.peakRssBytes),
        "≤ 2 GiB",
        m.peakRssBytes <= AIM.peakRssBytes ? "yes" : "NO",
      ],
      ["slowest measure, CPU", s(slowest), "≤ 10 s", slowest <= AIM.measureSeconds ? "yes" : "NO"],
      [
        "accounted vs budget estimate",
        off(m.estimateBytes, m.accountedBytes),
        "within ±20%",
        Math.abs(m.estimateBytes / m.accountedBytes - 1) <= 0.2 ? "yes" : "NO",
      ],
      ...(
        [
          ["over the ticks", m.peakRssAfterTicksBytes],
          ["at the end, with the measures' working memory", m.peakRssBytes],
        ] as const
      ).map(([when, peak]) => [
        `peak RSS ${when}, above the start, vs accounted`,
        off(peak - m.rssBeforeBytes, m.accountedBytes),
        "within ±20%",
        Math.abs((peak - m.rssBeforeBytes) / m.accountedBytes - 1) <= 0.2 ? "yes" : "NO",
      ]),
    ],
  );
  return `Large run: the default scenario at ${f.users.toLocaleString("en-US")} users, seed ${f.seed}, one thread
${phases}${x ? `extrapolated: the ${f.fullTicks - f.ticks} ticks not run at the mean of the last quarter run; the video measures (Gini of videos, top 1%, Spearman, Kendall) scaled by ${f.fullTicks}/${f.ticks} for the videos still to come.\n` : ""}
Summary measures at tick ${f.ticks} (those over 5 ms)
${textTable(["measure", "wall", "CPU", "value"], measureRows)}
Memory at tick ${f.ticks}
${memory}
Aims (issue 12)
${aims}`;
}

/** `npm run bench -- --large [--users N] [--ticks N]`: the large run, in bench/results-large.json. */
export function runLargeBench(size: LargeRunSize, log: (line: string) => void): void {
  const loadAtStart = loadavg();
  const figures = measureLargeRun(size, log);
  const path = writeBenchResults("large", loadAtStart, { figures });
  console.log(formatLargeRun(figures));
  console.log(loadAndPath(loadAtStart, path));
}
