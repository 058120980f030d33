import { formatNumber, textTable } from "../src/cli/text-table.js";
import type { FullModelFigures } from "./full-model.js";
import type { ModelRunFigures, TickRange } from "./model-run.js";
import { sweepTable, worldsTable } from "./parallel-report.js";
import type { BenchResults } from "./suite.js";

const millions = (x: number) => `${(x / 1e6).toFixed(2)} M`;
const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`;
const percent = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
const users = (n: number) => n.toLocaleString("en-US");

function bytes(n: number): string {
  const size = Math.abs(n);
  if (size >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  if (size >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n.toFixed(0)} B`;
}

function kernelTable({ kernels }: BenchResults): string {
  const { w1, w2, runs } = kernels;
  return `Kernels (BENCH.md), median of ${runs} runs\n${textTable(
    ["workload", "rate", "time", "result", "expected"],
    [
      [
        "W1 cascade",
        `${millions(w1.attemptsPerSecond)} attempts/s`,
        `build ${ms(w1.buildSeconds)}, cascades ${ms(w1.cascadeSeconds)}`,
        `${formatNumber(w1.attempts / w1.cascades)} attempts, ${formatNumber(w1.activated / w1.cascades)} activated per cascade`,
        "430–520 attempts, 22–27 activated",
      ],
      [
        "W2 feed",
        `${millions(w2.impressionsPerSecond)} impressions/s`,
        ms(w2.seconds),
        `${formatNumber(w2.totalLikes)} likes, Gini ${w2.gini.toFixed(4)}`,
        "797,500 ± 2,500 likes, Gini 0.789 ± 0.003",
      ],
    ],
  )}`;
}

function speedRow(label: string, run: string, r: TickRange, more: string[]): string[] {
  return [
    label,
    run,
    `0–${r.ticks}`,
    millions(r.impressionsPerSecond),
    millions(r.meanImpressionsPerSecond),
    millions(r.impressionsPerCpuSecond),
    `${r.medianTickMs.toFixed(1)} ms`,
    ...more,
  ];
}

function speedTable(results: BenchResults): string {
  const rows = results.fullModel.flatMap((f: FullModelFigures) => {
    const n = users(f.size.users);
    const memory = (m: ModelRunFigures) => [
      `${m.buildSeconds.toFixed(2)} s`,
      bytes(m.peakUsedBytes),
      bytes(m.maxRssBytes),
    ];
    return [
      speedRow(n, "engine", f.engine.run, memory(f.engine)),
      speedRow(n, "engine", f.engine.window, ["", "", ""]),
      speedRow(n, "naive", f.naive.window, memory(f.naive)),
      [
        n,
        "engine / naive",
        `0–${f.size.naiveTicks}`,
        `${f.speedup.toFixed(1)}×`,
        "",
        `${f.cpuSpeedup.toFixed(1)}×`,
        "",
        "",
        "",
        "",
      ],
    ];
  });
  return `Full model: the default scenario, seed ${results.plan.sizes[0]?.seed ?? 1}\n${textTable(
    [
      "users",
      "run",
      "ticks",
      "impressions/s",
      "(mean)",
      "(per CPU s)",
      "median tick",
      "build",
      "peak used",
      "max RSS",
    ],
    rows,
  )}impressions/s: mean impressions per tick over the median tick's wall time; (mean): over the summed wall time, stalls included; (per CPU s): over the process's CPU time.
peak used: heapUsed + arrayBuffers after each tick, above the live bytes before the build; max RSS: the process's high-water mark so far.
`;
}

function floorTable(results: BenchResults): string {
  const rows = results.memoryFloor.map((floor, i) => {
    const engine = results.fullModel[i].engine.run.impressionsPerCpuSecond;
    return [
      users(floor.users),
      millions(floor.impressionsPerTick),
      `${floor.medianTickCpuMs.toFixed(1)} ms`,
      millions(floor.ceilingImpressionsPerCpuSecond),
      millions(engine),
      `${((100 * engine) / floor.ceilingImpressionsPerCpuSecond).toFixed(0)}%`,
    ];
  });
  return `Memory floor: the engine's per-user reads and writes alone, at the default world's rates (bench/memory-floor.ts)\n${textTable(
    [
      "users",
      "impressions/tick",
      "tick (CPU)",
      "ceiling /CPU s",
      "engine /CPU s",
      "engine / ceiling",
    ],
    rows,
  )}ceiling: the floor's impressions over its median tick's CPU time; no code making these reads and writes, in this order, goes faster here.
`;
}

function agreementTable(results: BenchResults): string {
  const rows = results.fullModel.map(({ size, agreement: a }) => [
    users(size.users),
    `0–${a.ticks}`,
    `${formatNumber(a.engine.impressionsPerTick)} / ${formatNumber(a.naive.impressionsPerTick)} (${percent(a.impressionsDifference)})`,
    `${a.engine.likeRate.toFixed(4)} / ${a.naive.likeRate.toFixed(4)} (${percent(a.likeRateDifference)})`,
    `${formatNumber(a.engine.videosPerTick)} / ${formatNumber(a.naive.videosPerTick)}`,
    `${formatNumber(a.engine.newTiesPerTick)} / ${formatNumber(a.naive.newTiesPerTick)}`,
  ]);
  return `Same model? engine / naive per tick: same population and graph, behaviour from separate streams, one seed\n(test/bench checks the agreement over many seeds; one seed over a few ticks can differ by several %)\n${textTable(
    ["users", "ticks", "impressions/tick", "like rate", "videos/tick", "new follows/tick"],
    rows,
  )}`;
}

function memoryTable(results: BenchResults): string {
  const rows = results.fullModel.flatMap(({ size, memory: m }) =>
    m
      ? [
          [
            users(size.users),
            `${m.fromTick}–${m.toTick}`,
            bytes(m.heapBytesPerTick),
            bytes(m.arrayBufferBytesPerTick),
            bytes(m.newVideoBytesPerTick),
            bytes(m.newTieBytesPerTick),
            bytes(m.excessBytesPerTick),
            bytes(m.steadyExcessBytesPerTick),
            bytes(m.largestExcessBytesPerTick),
          ],
        ]
      : [],
  );
  const perVideo = results.fullModel.find((f) => f.memory)?.memory?.bytesPerVideo ?? 0;
  return `Engine memory growth per tick: live bytes after full collections, at ${
    (results.fullModel[0]?.memory?.intervals.length ?? 0) + 1
  } ticks spread evenly\n${textTable(
    [
      "users",
      "ticks",
      "heap",
      "arrayBuffers",
      `new videos (× ${perVideo} B)`,
      "new follows (× 8 B)",
      "beyond both",
      "median interval",
      "largest interval",
    ],
    rows,
  )}beyond both: growth less the new videos and follows; a doubling array is a step in one interval, a leak shows in the median.\n`;
}

function startupTable({ startup: s }: BenchResults): string {
  return `Start-up of the command, median of ${s.runs} starts\n${textTable(
    ["likesim --help", "node -e 0", "likesim beyond Node"],
    [
      [
        `${s.helpMs.toFixed(0)} ms`,
        `${s.nodeMs.toFixed(0)} ms`,
        `${(s.helpMs - s.nodeMs).toFixed(0)} ms`,
      ],
    ],
  )}`;
}

function saveRestoreTable({ saveRestore: s }: BenchResults): string {
  return `Save, restore and fork of the default scenario at ${users(s.users)} users after ${s.ticks} ticks, median of ${s.runs}\n${textTable(
    ["state", "run's arrays", "save", "restore", "fork", "one tick", "continues exactly"],
    [
      [
        bytes(s.stateBytes),
        bytes(s.memoryBytes),
        `${s.saveMs.toFixed(1)} ms`,
        `${s.restoreMs.toFixed(1)} ms`,
        `${s.forkMs.toFixed(1)} ms`,
        `${s.tickMs.toFixed(1)} ms`,
        s.continuesExactly ? "yes" : "NO",
      ],
    ],
  )}`;
}

function aimsTable({ aims }: BenchResults): string {
  return `Aims (issue 2)\n${textTable(
    ["aim", "measured", "wanted", "met"],
    aims.map((a) => [
      a.name,
      Math.abs(a.value) >= 1e5 ? millions(a.value) : formatNumber(a.value),
      a.aim,
      a.met ? "yes" : "NO",
    ]),
  )}`;
}

/** The terminal report: every table, then where it ran. */
export function formatReport(results: BenchResults): string {
  const m = results.machine;
  const tables = [
    kernelTable(results),
    speedTable(results),
    floorTable(results),
    agreementTable(results),
    memoryTable(results),
    sweepTable(results.sweep),
    worldsTable(results.worlds),
    startupTable(results),
    saveRestoreTable(results),
    aimsTable(results),
  ];
  const where = `${m.cpu} (${m.cores} cores), Node ${m.node}, commit ${m.commit ?? "unknown"}${m.dirty ? " (with uncommitted changes)" : ""}; load average ${results.loadAverage.start[0].toFixed(1)} at the start, ${results.loadAverage.end[0].toFixed(1)} at the end; ${results.quick ? "--quick, " : ""}${results.totalSeconds.toFixed(0)} s in all`;
  return `${tables.join("\n")}\n${where}\n`;
}
