import { SERIES_COLUMNS, type TimeSeries } from "../../engine/types.js";
import { csvText } from "../csv.js";

/** A run's per-tick metrics as CSV: one row per world and tick; unmeasured ticks are empty. */
export function timeseriesCsv(worlds: readonly TimeSeries[]): string {
  const rows: number[][] = [];
  worlds.forEach((series, world) => {
    for (let t = 0; t < series.tick.length; t++) {
      rows.push([world, ...SERIES_COLUMNS.map((column) => series[column][t])]);
    }
  });
  return csvText(["world", ...SERIES_COLUMNS], rows);
}

/** A file name that says which run it holds and cannot collide: name, seed, key hash. */
export function timeseriesFileName(scenario: string, seed: number, keyHash: string): string {
  const slug = scenario.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 60) || "scenario";
  return `${slug}-seed${seed}-${keyHash}.csv`;
}
