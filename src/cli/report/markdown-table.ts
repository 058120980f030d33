import type { MetricComparison } from "../compare/paired-comparison.js";
import { formatInterval, formatNumber } from "../text-table.js";

function pValue(p: number): string {
  return p < 0.001 ? "< 0.001" : p.toFixed(3);
}

/** The comparison as a Markdown table, one row per summary metric. */
export function comparisonMarkdown(
  rows: readonly MetricComparison<string>[],
  labels: { a: string; b: string },
): string {
  const header =
    "| metric | n | A mean | B mean | B − A | 95% CI (bootstrap) | B > A / B < A | sign test p |";
  const rule = "|---|---:|---:|---:|---:|---:|---:|---:|";
  const body = rows.map((r) =>
    r.n === 0
      ? `| ${r.metric} | 0 | – | – | – | – | – | – |`
      : `| ${r.metric} | ${r.n} | ${formatNumber(r.meanA)} | ${formatNumber(r.meanB)} | ${formatNumber(r.difference)} | ${formatInterval(r.low, r.high)} | ${r.higher} / ${r.lower} | ${pValue(r.p)} |`,
  );
  return [`A: ${labels.a}  `, `B: ${labels.b}`, "", header, rule, ...body, ""].join("\n");
}
