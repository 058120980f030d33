import { SUMMARY_NAMES, type SummaryName } from "../engine/types.js";
import { csvText } from "../formats/csv.js";
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

/** Results that share the grouping values, with each summary metric's mean and 95% CI. */
export interface ResultGroup {
  values: Record<string, unknown>;
  n: number;
  metrics: Record<SummaryName, MeanInterval>;
}

/** What a line says about `field`: a line field, else the value swept or set; undefined if neither. */
export function lineValue(line: ResultLine, field: string): unknown {
  if ((LINE_FIELDS as readonly string[]).includes(field)) return line[field as keyof ResultLine];
  if (Object.hasOwn(line.sweep, field)) return line.sweep[field];
  if (Object.hasOwn(line.overrides, field)) return line.overrides[field];
  return undefined;
}

/** Without `by`: one group per scenario and set of overrides (every run but its seed). */
function groupValues(line: ResultLine, by: readonly string[] | undefined): Record<string, unknown> {
  if (by && by.length > 0)
    return Object.fromEntries(by.map((field) => [field, lineValue(line, field)]));
  return { scenario: line.scenario, ...line.overrides, ...line.sweep };
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
  return [...groups.values()].map(({ values, lines: members }) => ({
    values,
    n: members.length,
    metrics: Object.fromEntries(
      SUMMARY_NAMES.map((name) => [name, meanInterval(members.map((line) => line.summary[name]))]),
    ) as Record<SummaryName, MeanInterval>,
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
      const rows = SUMMARY_NAMES.map((name) => {
        const m = group.metrics[name];
        return [name, String(m.n), formatNumber(m.mean), formatInterval(m.low, m.high)];
      });
      return `${describeValues(group.values)} (${group.n} run${group.n === 1 ? "" : "s"})\n${textTable(["metric", "n", "mean", "95% CI"], rows)}`;
    })
    .join("\n");
}

/** Wide CSV: the grouping fields, the run count, then mean, low and high of every metric. */
export function groupsCsv(groups: readonly ResultGroup[]): string {
  const fields = [...new Set(groups.flatMap((group) => Object.keys(group.values)))];
  const header = [
    ...fields,
    "runs",
    ...SUMMARY_NAMES.flatMap((name) => [`${name}_mean`, `${name}_ci_low`, `${name}_ci_high`]),
  ];
  const rows = groups.map((group) => [
    ...fields.map((field) => group.values[field]),
    group.n,
    ...SUMMARY_NAMES.flatMap((name) => [
      group.metrics[name].mean,
      group.metrics[name].low,
      group.metrics[name].high,
    ]),
  ]);
  return csvText(header, rows);
}
