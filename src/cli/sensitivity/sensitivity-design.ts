import { stream } from "../../deterministic/random.js";
import { SUMMARY_NAMES, type SummaryName } from "../../engine/types.js";
import {
  type MorrisDesign,
  type MorrisIndex,
  morrisDesign,
  morrisIndices,
} from "../../inference/morris.js";
import { type Prior, simulatedValue, valueAtFraction } from "../../inference/priors.js";
import {
  type SaltelliDesign,
  type SobolIndex,
  saltelliDesign,
  sobolIndices,
} from "../../inference/saltelli.js";
import type { Override } from "../../scenario/overrides.js";
import type { StoredSummary } from "../batch/result-line.js";

/**
 * A sensitivity study's design (Morris trajectories or Saltelli's matrices) on the priors'
 * ranges, its points as scenario overrides, and its indices from the runs' summaries.
 */
export type Method = "morris" | "sobol";

export type Design =
  | { method: "morris"; design: MorrisDesign }
  | { method: "sobol"; design: SaltelliDesign };

export interface DesignSize {
  trajectories: number;
  levels: number;
  samples: number;
}

export function makeDesign(
  method: Method,
  priors: readonly Prior[],
  size: DesignSize,
  seed: number,
): Design {
  const random = stream(seed, "inference", "sensitivity", method);
  return method === "morris"
    ? { method, design: morrisDesign(priors.length, size.trajectories, size.levels, random) }
    : { method, design: saltelliDesign(priors.length, size.samples, random) };
}

/** A point of the unit cube as overrides: each prior's value at that fraction of its range. */
export function pointOverrides(priors: readonly Prior[], unit: readonly number[]): Override[] {
  return priors.map((prior, a) => {
    const value = simulatedValue(prior, valueAtFraction(prior, unit[a]));
    return {
      path: prior.path.split("."),
      value,
      raw: String(value),
      label: `--param ${prior.path}=${value}`,
    };
  });
}

export type MorrisParameter = MorrisIndex & { path: string };
export interface SobolParameter {
  path: string;
  first: SobolIndex;
  total: SobolIndex;
}

export type MetricIndices =
  | { method: "morris"; parameters: MorrisParameter[] }
  | { method: "sobol"; parameters: SobolParameter[] };

/** Each metric's output at each design point: the mean over the point's seeds (NaN if undefined). */
export function designOutputs(
  summaries: readonly (readonly StoredSummary[])[],
  metric: SummaryName,
): number[] {
  return summaries.map((seeds) => {
    const values = seeds.map((s) => s[metric]);
    if (values.some((v) => v === null)) return Number.NaN;
    return (values as number[]).reduce((sum, v) => sum + v, 0) / values.length;
  });
}

export function indicesOf(
  design: Design,
  priors: readonly Prior[],
  outputs: readonly number[],
  resamples: number,
  seed: number,
  metric: string,
): MetricIndices {
  const random = stream(seed, "inference", "bootstrap", metric);
  if (design.method === "morris") {
    const indices = morrisIndices(design.design, outputs, resamples, random);
    return {
      method: "morris",
      parameters: indices.map((index, a) => ({ path: priors[a].path, ...index })),
    };
  }
  const { first, total } = sobolIndices(design.design, outputs, resamples, random);
  return {
    method: "sobol",
    parameters: priors.map((prior, a) => ({ path: prior.path, first: first[a], total: total[a] })),
  };
}

/** The indices of every metric asked for (default: every metric some run defines). */
export function indicesByMetric(
  design: Design,
  priors: readonly Prior[],
  summaries: readonly (readonly StoredSummary[])[],
  settings: { metrics?: SummaryName[]; resamples: number; designSeed: number },
): Record<string, MetricIndices> {
  const metrics =
    settings.metrics ??
    SUMMARY_NAMES.filter((name) => summaries.some((row) => row.some((s) => s[name] !== null)));
  return Object.fromEntries(
    metrics.map((metric) => [
      metric,
      indicesOf(
        design,
        priors,
        designOutputs(summaries, metric),
        settings.resamples,
        settings.designSeed,
        metric,
      ),
    ]),
  );
}
