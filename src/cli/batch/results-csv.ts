import { csvText } from "../../formats/csv.js";
import { lineMetrics, metricValue } from "../result-groups.js";
import { compareByKey, type ResultLine } from "./result-line.js";

/** The --csv flat table: one row per run, sorted by key; every field set or swept is a column. */
export function resultsCsv(lines: readonly ResultLine[]): string {
  const sorted = [...lines].sort(compareByKey);
  const metrics = lineMetrics(sorted);
  const fields = [
    ...new Set(
      sorted.flatMap((line) => [...Object.keys(line.overrides), ...Object.keys(line.sweep)]),
    ),
  ];
  // ticks and worlds get their own column unless a field of that name is already one.
  const sizes = (["ticks", "worlds"] as const).filter((size) => !fields.includes(size));
  // The futures of likesim branch: their fork tick and arm.
  const branched = sorted.some((line) => line.branch);
  const header = [
    "scenario",
    "scenarioHash",
    "seed",
    ...(branched ? ["at", "arm"] : []),
    ...fields,
    ...sizes,
    ...metrics,
    "wallMs",
    "version",
  ];
  const rows = sorted.map((line) => [
    line.scenario,
    line.scenarioHash,
    line.seed,
    ...(branched ? [line.branch?.at, line.branch?.arm] : []),
    ...fields.map((field) =>
      Object.hasOwn(line.sweep, field) ? line.sweep[field] : line.overrides[field],
    ),
    ...sizes.map((size) => line[size]),
    ...metrics.map((name) => metricValue(line, name)),
    line.wallMs,
    line.version,
  ]);
  return csvText(header, rows);
}
