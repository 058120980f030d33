import { loadavg } from "node:os";
import { textTable } from "../src/cli/text-table.js";
import { type MeasureTiming, measureCostlyMeasures } from "./measures.js";
import { loadAndPath, writeBenchResults } from "./results-file.js";

/** The aim of the scale issue: each costly measure at 10^6 users within 10 s on one core. */
const AIM_SECONDS = 10;

export function formatMeasures(timings: MeasureTiming[]): string {
  const rows = timings.map((t) => [
    t.measure,
    t.users.toLocaleString("en-US"),
    t.items.toLocaleString("en-US"),
    `${t.wallSeconds.toFixed(3)} s`,
    `${t.cpuSeconds.toFixed(3)} s`,
    Number.isFinite(t.value) ? t.value.toFixed(4) : String(t.value),
    t.cpuSeconds <= AIM_SECONDS ? "yes" : "no",
  ]);
  return `Summary measures, one call each\n${textTable(
    ["measure", "users", "items", "wall", "CPU", "value", `≤ ${AIM_SECONDS} s CPU`],
    rows,
  )}`;
}

/** `npm run bench -- --measures`: the measures' timings on the terminal and in bench/results-measures.json. */
export function runMeasuresBench(quick: boolean, log: (line: string) => void): void {
  const loadAtStart = loadavg();
  const sizes = quick ? [10_000, 100_000] : [100_000, 1_000_000];
  const timings = measureCostlyMeasures(sizes, log);
  const path = writeBenchResults("measures", loadAtStart, { quick, timings });
  console.log(formatMeasures(timings));
  console.log(loadAndPath(loadAtStart, path));
}
