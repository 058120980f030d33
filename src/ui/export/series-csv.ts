import { SERIES_COLUMNS, type TimeSeries } from "../../engine/types.js";
import { csvText } from "../../formats/csv.js";
import { seriesRows } from "../../formats/series-csv.js";

/** One run's per-world series, labelled (compare mode has two runs). */
export interface LabelledRun {
  label: string;
  worlds: readonly TimeSeries[];
}

/** The time series as CSV: a row per run, world and tick; numbers as JavaScript prints them. */
export function seriesCsv(runs: readonly LabelledRun[]): string {
  const rows = runs.flatMap((run) => seriesRows(run.worlds).map((row) => [run.label, ...row]));
  return csvText(["run", "world", ...SERIES_COLUMNS], rows);
}
