import { SUMMARY_NAMES } from "../engine/types.js";
import { jsonText } from "../formats/json-text.js";
import type { ChartElement } from "./charts/chart-element.js";
import { pngBlob, svgBlob } from "./export/chart-image.js";
import { downloadBlob, fileStem } from "./export/download.js";
import { seriesCsv } from "./export/series-csv.js";
import type { RunGroup } from "./run-group.js";

function json(value: unknown): Blob {
  return new Blob([jsonText(value)], { type: "application/json" });
}

/** Every world's full time series, fetched from the workers, as one CSV file. */
export async function exportSeries(group: RunGroup, name: string): Promise<void> {
  const metrics = await Promise.all(group.runs.map((run) => run.metrics()));
  const runs = metrics.flatMap((m, i) => (m ? [{ label: group.labels[i], worlds: m.series }] : []));
  downloadBlob(new Blob([seriesCsv(runs)], { type: "text/csv" }), `${fileStem(name)}-series.csv`);
}

/** The scenario each run is running, defaults filled in, with the seed: enough to rerun it. */
export function exportScenario(group: RunGroup, name: string): void {
  const scenarios = group.runs.map((run) => ({ ...run.scenario, seed: run.seed }));
  downloadBlob(json(scenarios.length === 1 ? scenarios[0] : scenarios), `${fileStem(name)}.json`);
}

/** The summary metrics at the current tick (NaN, undefined for the run, written as null). */
export function exportSummary(group: RunGroup, name: string): void {
  const rows = group.runs.map((run, i) => ({
    label: group.labels[i],
    seed: run.seed,
    tick: run.tick,
    summary: Object.fromEntries(SUMMARY_NAMES.map((key) => [key, run.summary?.[key] ?? null])),
  }));
  downloadBlob(json(rows), `${fileStem(name)}-summary.json`);
}

export async function exportChart(
  chart: ChartElement<unknown>,
  kind: "svg" | "png",
  fileName: string,
): Promise<void> {
  const svg = chart.toSvgString();
  const blob = kind === "svg" ? svgBlob(svg) : await pngBlob(svg);
  downloadBlob(blob, `${fileStem(fileName)}.${kind}`);
}
