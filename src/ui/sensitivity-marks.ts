import report from "../../docs/sensitivity/default.json";
import reportUrl from "../../docs/sensitivity/default-sobol.html?url";
import type { Scenario } from "../scenario/schema.js";

/**
 * A total-order index at or above this share of a metric's variance marks a setting as one
 * that matters: the usual screening cut (Saltelli et al. 2008 treat indices under 0.05–0.1 as
 * negligible), taken at its stricter end so a badge means a setting the run turns on.
 */
export const DOMINANT_TOTAL_INDEX = 0.1;

interface Estimate {
  value: number;
  low: number;
  high: number;
}

/** The part of `likesim sensitivity --json` output this reads (format likesim-sensitivity/1). */
export interface SensitivityReport {
  scenario: { name: string };
  method: string;
  seeds: readonly number[];
  runs: number;
  indices: Record<string, { parameters: readonly { path: string; total?: Estimate }[] }>;
}

/** Why a setting wears the badge: its largest total-order index, and on which metric. */
export interface SensitivityMark {
  total: number;
  metric: string;
  /** Where the full report is, for the badge's link. */
  href: string;
}

/**
 * The settings whose Sobol total-order index reaches DOMINANT_TOTAL_INDEX on some metric of
 * the report, each with its largest index. Morris screening has no variance share, so a report
 * of another method marks nothing.
 */
export function dominantSettings(
  source: SensitivityReport,
  href: string,
  threshold = DOMINANT_TOTAL_INDEX,
): ReadonlyMap<string, SensitivityMark> {
  const marks = new Map<string, SensitivityMark>();
  if (source.method !== "sobol") return marks;
  for (const [metric, { parameters }] of Object.entries(source.indices)) {
    for (const { path, total } of parameters) {
      if (!total || total.value < threshold) continue;
      const known = marks.get(path);
      if (!known || total.value > known.total)
        marks.set(path, { total: total.value, metric, href });
    }
  }
  return marks;
}

const DEFAULT_MARKS = dominantSettings(report as SensitivityReport, reportUrl);

/**
 * The badges for the running scenario: the analysis was made on the default scenario, so other
 * scenarios (whose settings may matter quite differently) get none.
 */
export function sensitivityMarks(
  scenario: Scenario | undefined,
): ReadonlyMap<string, SensitivityMark> {
  return scenario?.name === report.scenario.name ? DEFAULT_MARKS : new Map();
}
