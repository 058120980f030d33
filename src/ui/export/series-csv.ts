import { SERIES_COLUMNS, type TimeSeries } from "../../engine/types.js";

/** One run's per-world series, labelled (compare mode has two runs). */
export interface LabelledRun {
  label: string;
  worlds: readonly TimeSeries[];
}

function cell(value: number): string {
  // Costly metrics are NaN between measurements: an empty cell, as CSV readers expect.
  return Number.isFinite(value) ? String(value) : "";
}

function quoted(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The time series as CSV: a row per run, world and tick; numbers as JavaScript prints them. */
export function seriesCsv(runs: readonly LabelledRun[]): string {
  const lines = [["run", "world", ...SERIES_COLUMNS].join(",")];
  for (const run of runs) {
    run.worlds.forEach((series, world) => {
      for (let row = 0; row < series.tick.length; row++) {
        const values = SERIES_COLUMNS.map((column) => cell(series[column][row]));
        lines.push([quoted(run.label), String(world), ...values].join(","));
      }
    });
  }
  return `${lines.join("\n")}\n`;
}
