import type { MetricComparison, Pair } from "../compare/paired-comparison.js";
import { formatInterval, formatNumber } from "../text-table.js";
import { comparisonSections, REPORT_STYLE } from "./html-report.js";
import { escapeXml } from "./svg.js";

/** One arm of a branch report: the arm against the original future, from the fork tick on. */
export interface BranchReportArm {
  name: string;
  label: string;
  pairs: readonly Pair[];
  rows: readonly MetricComparison[];
  /** The targeted video's likes in both futures, paired by seed, and their comparison. */
  target?: { rows: MetricComparison<string>[]; seeds: { seed: number; a: number; b: number }[] };
  lorenz: { a: readonly number[]; b: readonly number[] };
}

export interface BranchReportInput {
  at: number;
  ticks: number;
  scenario: string;
  target?: string;
  arms: readonly BranchReportArm[];
  command: string;
  version: string;
  markdown: string;
}

function targetSection(arm: BranchReportArm, target: string): string {
  if (!arm.target || arm.target.seeds.length === 0) return "";
  const row = arm.target.rows[0];
  const seeds = arm.target.seeds
    .map((s) => `<tr><td>${s.seed}</td><td>${s.a}</td><td>${s.b}</td><td>${s.b - s.a}</td></tr>`)
    .join("\n");
  return `<h3>The targeted video (${escapeXml(target)})</h3>
<p>Likes at the end: original ${formatNumber(row.meanA)}, ${escapeXml(arm.name)} ${formatNumber(row.meanB)}; difference ${formatNumber(row.difference)} (95% CI ${formatInterval(row.low, row.high)}; lower in ${row.lower} of ${row.n} seeds, sign test p ${row.p < 0.001 ? "&lt; 0.001" : row.p.toFixed(3)}).</p>
<table><thead><tr><th>seed</th><th class="a">original</th><th class="b">${escapeXml(arm.name)}</th><th>difference</th></tr></thead><tbody>
${seeds}
</tbody></table>`;
}

/** `likesim branch` as one HTML file: per arm, the paired comparison with the original future. */
export function branchReport(input: BranchReportInput): string {
  const seeds = input.arms[0]?.pairs.length ?? 0;
  const arms = input.arms
    .map(
      (arm) => `<h2>Arm ${escapeXml(arm.name)}: <code>${escapeXml(arm.label)}</code></h2>
<p><span class="a">A</span>: the original future; <span class="b">B</span>: ${escapeXml(arm.name)}.</p>
${input.target ? targetSection(arm, input.target) : ""}
${comparisonSections(arm, "h3")}`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>likesim branch</title><style>${REPORT_STYLE}</style></head>
<body>
<h1>likesim: ${escapeXml(input.scenario)} forked at tick ${input.at} of ${input.ticks}, over ${seeds} seeds</h1>
<p>Each seed's run went to tick ${input.at} once and was forked: the original future and each arm's continue from the same state, and share every random draw the intervention does not touch (common random numbers), so each metric is compared seed by seed: the mean paired difference B − A, its 95% percentile-bootstrap interval (2,000 seeded resamples) and the exact two-sided sign-test p-value (ties left out).</p>
<p>Made by <code>${escapeXml(input.command)}</code> with likesim ${escapeXml(input.version)}.</p>
${arms}
<h2>Markdown</h2>
<pre>${escapeXml(input.markdown)}</pre>
</body></html>
`;
}
