import { SERIES_COLUMNS, type TimeSeries } from "../../engine/types.js";
import { csvText } from "../../formats/csv.js";
import { seriesRows } from "../../formats/series-csv.js";

/** A run's per-tick metrics as CSV: one row per world and tick; unmeasured ticks are empty. */
export function timeseriesCsv(worlds: readonly TimeSeries[]): string {
  return csvText(["world", ...SERIES_COLUMNS], seriesRows(worlds));
}

/** A file name that says which run it holds and cannot collide: name, seed, key hash. */
export function timeseriesFileName(scenario: string, seed: number, keyHash: string): string {
  const slug =
    scenario
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "scenario";
  return `${slug}-seed${seed}-${keyHash}.csv`;
}
