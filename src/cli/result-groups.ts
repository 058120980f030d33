import { SUMMARY_NAMES, type SummaryName } from "../engine/types.js";
import { csvText } from "../formats/csv.js";
import { EXTENDED_NAMES, type ExtendedName } from "../metrics/extended-summary.js";
import { canonicalJson } from "../scenario/sweep.js";
import { compareByKey, type ResultLine } from "./batch/result-line.js";
import { type MeanInterval, meanInterval } from "./stats/mean-interval.js";
import { formatInterval, formatNumber, textTable } from "./text-table.js";

/** Fields of a line that --by can name besides dotted scenario paths. */
export const LINE_FIELDS = [
  "scenario",
  "scenarioHash",
  "scenarioFile",
  "seed",
  "ticks",
  "worlds",
  "version",
] as const;

/** A metric a result line can hold: the summary's, and the extended ones with --extended. */
export type LineMetric = SummaryName | ExtendedName;

/** Results that share the grouping values, with each metric's mean and 95% CI. */
export interface ResultGroup {
  values: Record<string, unknown>;
  n: number;
  /** Every summary metric, and the extended ones when the runs measured them. */
  metrics: Partial<Record<LineMetric, MeanInterval>>;
}

/** The metrics the lines hold: the summary's, then the extended ones if any line has them. */
export function lineMetrics(lines: readonly ResultLine[]): LineMetric[] {
  return lines.some((line) => line.extended)
    ? [...SUMMARY_NAMES, ...EXTENDED_NAMES]
    : [...SUMMARY_NAMES];
}

/** A line's value of a metric, null where it is undefined or was not measured. */
export function metricValue(line: ResultLine, metric: LineMetric): number | null {
  const value = Object.hasOwn(line.summary, metric)
    ? line.summary[metric as SummaryName]
    : line.extended?.[metric as ExtendedName];
  return value ?? null;
}

/** What a line says about `field`: a line field, else the value swept or set; undefined if neither. */
export function lineValue(line: ResultLine, field: string): unknown {
  if ((LINE_FIELDS as readonly string[]).includes(field)) return line[field as keyof ResultLine];
  if (Object.hasOwn(line.sweep, field)) return line.sweep[field];
  if (Object.hasOwn(line.overrides, field)) return line.overrides[field];
  return undefined;
}

/**
 * Without `by`: one group per scenario and set of overrides (every run but its seed), and per
 * fork tick and arm for the futures of `likesim branch`.
 */
function groupValues(line: ResultLine, by: readonly string[] | undefined): Record<string, unknown> {
  if (by && by.length > 0)
    return Object.fromEntries(by.map((field) => [field, lineValue(line, field)]));
  const branch = line.branch ? { at: line.branch.at, arm: line.branch.arm } : {};
  return { scenario: line.scenario, ...line.overrides, ...line.sweep, ...branch };
}

export function groupResults(lines: readonly ResultLine[], by?: readonly string[]): ResultGroup[] {
  const groups = new Map<string, { values: Record<string, unknown>; lines: ResultLine[] }>();
  for (const line of [...lines].sort(compareByKey)) {
    const values = groupValues(line, by);
    const identity =
      by && by.length > 0 ? canonicalJson(values) : `${line.scenarioHash}|${canonicalJson(values)}`;
    const group = groups.get(identity) ?? { values, lines: [] };
    groups.set(identity, group);
    group.lines.push(line);
  }
  const metrics = lineMetrics(lines);
  return [...groups.values()].map(({ values, lines: members }) => ({
    values,
    n: members.length,
    metrics: Object.fromEntries(
      metrics.map((name) => [name, meanInterval(members.map((line) => metricValue(line, name)))]),
    ),
  }));
}

function describeValues(values: Record<string, unknown>): string {
  return Object.entries(values)
    .map(
      ([field, value]) =>
        `${field}=${value === undefined ? "(scenario's own)" : typeof value === "string" ? value : JSON.stringify(value)}`,
    )
    .join(" ");
}

/** One block per group: metric, runs, mean and 95% CI (t interval over runs). */
export function groupsText(groups: readonly ResultGroup[]): string {
  return groups
    .map((group) => {
      const rows = Object.entries(group.metrics).map(([name, m]) => [
        name,
        String(m.n),
        formatNumber(m.mean),
        formatInterval(m.low, m.high),
      ]);
      return `${describeValues(group.values)} (${group.n} run${group.n === 1 ? "" : "s"})\n${textTable(["metric", "n", "mean", "95% CI"], rows)}`;
    })
    .join("\n");
}

/** Wide CSV: the grouping fields, the run count, then mean, low and high of every metric. */
export function groupsCsv(groups: readonly ResultGroup[]): string {
  const fields = [...new Set(groups.flatMap((group) => Object.keys(group.values)))];
  const metrics = Object.keys(groups[0]?.metrics ?? {}) as LineMetric[];
  const header = [
    ...fields,
    "runs",
    ...metrics.flatMap((name) => [`${name}_mean`, `${name}_ci_low`, `${name}_ci_high`]),
  ];
  const rows = groups.map((group) => [
    ...fields.map((field) => group.values[field]),
    group.n,
    ...metrics.flatMap((name) => {
      const m = group.metrics[name];
      return [m?.mean, m?.low, m?.high];
    }),
  ]);
  return csvText(header, rows);
}
