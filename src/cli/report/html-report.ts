import type { MetricComparison, Pair } from "../compare/paired-comparison.js";
import type { LineMetric } from "../result-groups.js";
import { formatInterval, formatNumber } from "../text-table.js";
import {
  ARM_COLOURS,
  differenceChart,
  distributionChart,
  lorenzChart,
} from "./comparison-charts.js";
import { escapeXml } from "./svg.js";

export interface ReportInput {
  labels: { a: string; b: string };
  pairs: readonly Pair[];
  rows: readonly MetricComparison[];
  /** Mean Lorenz curve of likes over videos per arm. */
  lorenz: { a: readonly number[]; b: readonly number[] };
  /** The command that made the report, and the tool version, so it can be made again. */
  command: string;
  version: string;
  markdown: string;
}

/** The reports' shared look. */
export const REPORT_STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
code, pre { font: 12px ui-monospace, monospace; } pre { background: #f5f5f5; padding: .8rem; overflow-x: auto; }
table { border-collapse: collapse; } th, td { padding: .25rem .6rem; border-bottom: 1px solid #ddd; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.metric { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; border-top: 1px solid #eee; padding-top: .5rem; }
.metric h3 { width: 100%; margin: 0; font-size: 1rem; }
svg { font-size: 11px; } .axis-label { fill: #555; }
.a { color: ${ARM_COLOURS.a}; } .b { color: ${ARM_COLOURS.b}; }
`;

function comparisonTable(rows: readonly MetricComparison[]): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td>${r.metric}</td><td>${r.n}</td><td>${formatNumber(r.meanA)}</td><td>${formatNumber(r.meanB)}</td>` +
        `<td>${formatNumber(r.difference)}</td><td>${formatInterval(r.low, r.high)}</td>` +
        `<td>${r.higher} / ${r.lower}</td><td>${r.n > 0 ? (r.p < 0.001 ? "&lt; 0.001" : r.p.toFixed(3)) : "–"}</td></tr>`,
    )
    .join("\n");
  return `<table><thead><tr><th>metric</th><th>n</th><th class="a">A mean</th><th class="b">B mean</th><th>B − A</th><th>95% CI</th><th>B &gt; A / B &lt; A</th><th>sign test p</th></tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

function finitePairs(pairs: readonly Pair[], metric: LineMetric) {
  return pairs.filter((p) => Number.isFinite(p.a[metric]) && Number.isFinite(p.b[metric])) as {
    a: Record<string, number>;
    b: Record<string, number>;
  }[];
}

function metricSection(pairs: readonly Pair[], row: MetricComparison): string {
  const both = finitePairs(pairs, row.metric);
  if (both.length === 0)
    return `<section class="metric"><h3>${row.metric}</h3><p>Not defined for these runs.</p></section>`;
  const a = both.map((p) => p.a[row.metric]);
  const b = both.map((p) => p.b[row.metric]);
  const differences = both.map((p) => p.b[row.metric] - p.a[row.metric]);
  return `<section class="metric"><h3>${row.metric}</h3>${distributionChart(row.metric, a, b)}${differenceChart(differences, row)}</section>`;
}

/** The summary table, the Lorenz curves and a section per metric: the body of a paired comparison. */
export function comparisonSections(
  input: Pick<ReportInput, "pairs" | "rows" | "lorenz">,
  heading = "h2",
): string {
  return `<${heading}>Summary</${heading}>
${comparisonTable(input.rows)}
<${heading}>Who gets the likes</${heading}>
${lorenzChart(input.lorenz.a, input.lorenz.b)}
<${heading}>Per metric: values per seed in each arm (bar: mean), and paired differences B − A (black: mean and 95% interval)</${heading}>
${input.rows.map((row) => metricSection(input.pairs, row)).join("\n")}`;
}

/** The comparison as one HTML file: no scripts, no fonts, no requests; charts are inline SVG. */
export function comparisonReport(input: ReportInput): string {
  const seeds = input.pairs.map((p) => p.seed);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>likesim compare</title><style>${REPORT_STYLE}</style></head>
<body>
<h1>likesim: paired comparison over ${seeds.length} seeds</h1>
<p><span class="a">A</span>: <code>${escapeXml(input.labels.a)}</code><br><span class="b">B</span>: <code>${escapeXml(input.labels.b)}</code></p>
<p>Both arms of a seed share the population, the graph and the videos' qualities (common random numbers), so each metric is compared seed by seed: the mean paired difference B − A, its 95% percentile-bootstrap interval (2,000 seeded resamples) and the exact two-sided sign-test p-value (ties left out).</p>
<p>Made by <code>${escapeXml(input.command)}</code> with likesim ${escapeXml(input.version)}.</p>
${comparisonSections(input)}
<h2>Markdown</h2>
<pre>${escapeXml(input.markdown)}</pre>
</body></html>
`;
}
