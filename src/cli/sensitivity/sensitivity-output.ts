import { jsonText } from "../../formats/json-text.js";
import type { Prior } from "../../inference/priors.js";
import { dotted, type Override } from "../../scenario/overrides.js";
import type { ScenarioFile } from "../scenario-file.js";
import { formatInterval, formatNumber, textTable } from "../text-table.js";
import { VERSION } from "../version.js";
import type {
  Method,
  MetricIndices,
  MorrisParameter,
  SobolParameter,
} from "./sensitivity-design.js";
import type { SensitivitySettings } from "./sensitivity-options.js";

/** A sensitivity study's result: printed as tables, as JSON (the app reads it), and drawn in the report. */
export interface SensitivityResult {
  format: "likesim-sensitivity/1";
  scenario: { name: string; file: string; hash: string };
  /** Fields set with --set and --ticks. */
  overrides: Record<string, unknown>;
  method: Method;
  parameters: Pick<Prior, "path" | "scale" | "low" | "high" | "whole">[];
  design: { trajectories: number; levels: number } | { samples: number };
  designSeed: number;
  /** Each design point ran on these seeds; its output is the mean over them. */
  seeds: number[];
  runs: number;
  bootstrap: number;
  version: string;
  command: string;
  /** Per summary metric. */
  indices: Record<string, MetricIndices>;
}

export function sensitivityResult(input: {
  file: ScenarioFile;
  sets: readonly Override[];
  priors: readonly Prior[];
  settings: SensitivitySettings;
  seeds: number[];
  runs: number;
  command: string;
  indices: Record<string, MetricIndices>;
}): SensitivityResult {
  const { file, settings } = input;
  const { size } = settings;
  return {
    format: "likesim-sensitivity/1",
    scenario: { name: file.scenario.name, file: file.given, hash: file.hash },
    overrides: Object.fromEntries(input.sets.map((o) => [dotted(o.path), o.value])),
    method: settings.method,
    parameters: input.priors.map(({ path, scale, low, high, whole }) => ({
      path,
      scale,
      low,
      high,
      whole,
    })),
    design:
      settings.method === "morris"
        ? { trajectories: size.trajectories, levels: size.levels }
        : { samples: size.samples },
    designSeed: settings.designSeed,
    seeds: input.seeds,
    runs: input.runs,
    bootstrap: settings.resamples,
    version: VERSION,
    command: input.command,
    indices: input.indices,
  };
}

/** The parameters of one metric, most influential first: by μ* (Morris) or total index (Sobol'). */
export function ranked<T extends MorrisParameter | SobolParameter>(parameters: readonly T[]): T[] {
  const key = (p: T) => ("muStar" in p ? p.muStar : p.total.value);
  return [...parameters].sort(
    (a, b) => (Number.isFinite(key(b)) ? key(b) : -1) - (Number.isFinite(key(a)) ? key(a) : -1),
  );
}

function metricTable(metric: string, indices: MetricIndices): string {
  if (indices.method === "morris") {
    const rows = ranked(indices.parameters).map((p) => [
      p.path,
      formatNumber(p.muStar),
      formatInterval(p.muStarLow, p.muStarHigh),
      formatNumber(p.mu),
      formatNumber(p.sigma),
    ]);
    return `${metric}\n\n${textTable(["parameter", "μ*", "μ* 95% CI", "μ", "σ"], rows)}`;
  }
  const rows = ranked(indices.parameters).map((p) => [
    p.path,
    formatNumber(p.first.value),
    formatInterval(p.first.low, p.first.high),
    formatNumber(p.total.value),
    formatInterval(p.total.low, p.total.high),
  ]);
  return `${metric}\n\n${textTable(["parameter", "S1", "S1 95% CI", "ST", "ST 95% CI"], rows)}`;
}

export function sensitivityText(result: SensitivityResult): string {
  const design =
    "trajectories" in result.design
      ? `Morris: ${result.design.trajectories} trajectories on a ${result.design.levels}-level grid; μ* = mean |elementary effect| per unit of each range (0 to 1), σ their standard deviation`
      : `Sobol' (Saltelli sampling, Jansen's estimators): N = ${result.design.samples}; S1 first-order, ST total index`;
  return [
    `likesim sensitivity: ${result.scenario.name} (${result.scenario.file}), ${result.runs} runs, seeds ${result.seeds.length === 1 ? result.seeds[0] : `${result.seeds.length} per point`}`,
    `${design}; 95% percentile-bootstrap intervals (${result.bootstrap} resamples), design seed ${result.designSeed}.`,
    "",
    ...Object.entries(result.indices).map(([metric, indices]) => metricTable(metric, indices)),
  ].join("\n");
}

export function sensitivityJson(result: SensitivityResult): string {
  return jsonText(result);
}
