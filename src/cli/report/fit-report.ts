import type { FitProblem } from "../fit/fit-problem.js";
import {
  type FitResult,
  GENERATION_HEADER,
  generationRows,
  PARAMETER_HEADER,
  parameterRows,
} from "../fit/fit-result.js";
import { formatInterval, formatNumber } from "../text-table.js";
import { VERSION } from "../version.js";
import { checkChart, marginalChart, pairsChart, toleranceChart } from "./fit-charts.js";
import { REPORT_STYLE } from "./html-report.js";
import { escapeXml } from "./svg.js";

/** A fit as one self-contained HTML file: tables, the verdict and inline SVG charts. */

const STYLE = `${REPORT_STYLE}
.verdict { padding: .7rem 1rem; border-left: 5px solid; margin: 1rem 0; }
.reached { border-color: #009E73; background: #eefaf5; } .missed { border-color: #D55E00; background: #fdf0e8; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
table.sourced td:last-child { text-align: left; font-size: 12px; color: #555; max-width: 26rem; }
`;

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  className = "",
): string {
  const head = header.map((h) => `<th>${escapeXml(h)}</th>`).join("");
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeXml(cell)}</td>`).join("")}</tr>`)
    .join("\n");
  return `<table${className ? ` class="${className}"` : ""}><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

export function fitReport(result: FitResult, problem: FitProblem, command: string): string {
  const generations = table(GENERATION_HEADER, generationRows(result));
  const parameters = table(PARAMETER_HEADER, parameterRows(result));
  const draws = result.checks[0]?.check?.values.length ?? 0;
  const targets = table(
    [
      "target",
      "observed",
      "scale",
      "fit median [90%]",
      "check median [90%]",
      "observed within check 90%",
      "source",
    ],
    result.checks.map((t, k) => [
      t.name,
      formatNumber(t.observed),
      formatNumber(t.scale),
      `${formatNumber(t.median)} ${formatInterval(t.low, t.high)}`,
      t.check
        ? `${formatNumber(t.check.median)} ${formatInterval(t.check.low, t.check.high)}`
        : "–",
      t.check ? (t.check.covered ? "yes" : "no") : "–",
      problem.targets[k].target.source ?? "",
    ]),
    "sourced",
  );
  const sources = problem.targetsFile.sources.map((s) => `<li>${escapeXml(s)}</li>`).join("");
  const s = result.settings;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>likesim fit: ${escapeXml(result.scenario.name)}</title><style>${STYLE}</style></head>
<body>
<h1>likesim fit: ${escapeXml(result.scenario.name)} against ${escapeXml(result.targets.name)}</h1>
<p class="verdict ${result.reached ? "reached" : "missed"}">${escapeXml(result.statement)}</p>
<p>Approximate Bayesian computation by sequential Monte Carlo: generation 0 keeps the ${s.particles} of ${Math.ceil(s.particles * s.priorDraws)} prior draws closest to the targets (rejection ABC); each next generation moves particles of the last with a normal kernel of twice their weighted covariance (Beaumont et al. 2009) and keeps those within a tolerance set at the ${s.quantile} quantile of the last generation's distances. The distance is the root mean square of each target's miss in units of its scale. Seed ${result.seed}; ${result.simulations} simulations in the kept generations (${result.runs.run} runs run, ${result.runs.reused} reused).</p>
<p>Made by <code>${escapeXml(command)}</code> with likesim ${escapeXml(VERSION)}, scenario ${escapeXml(result.scenario.file)} (hash ${escapeXml(result.scenario.hash)}), targets ${escapeXml(result.targets.file)}.</p>
<h2>Parameters: weighted median and 90% interval of the final population</h2>
${parameters}
<div class="charts">${result.priors.map((_, a) => marginalChart(result, a)).join("\n")}</div>
<p>Bars: the final population's weights over the prior's range; dashed outline: generation 0; black: median and 90% interval.</p>
<h2>Pairs</h2>
${pairsChart(result) || "<p>One parameter: no pairs.</p>"}
<h2>Generations</h2>
<div class="charts">${toleranceChart(result)}<div>${generations}<p>Stopped because ${escapeXml(result.stop.text)}.</p></div></div>
<h2>Targets and the posterior predictive check</h2>
<p>Each target against its simulated values: blue dots on ${draws} fresh seeds (particles drawn by weight from the final population, seeds no proposal of the fit used), grey ticks over the final population, the observed value in vermillion with a band of one scale either side.</p>
${targets}
<div class="charts">${result.checks.map((_, k) => checkChart(result, k)).join("\n")}</div>
<h2>Sources of the targets</h2>
<p>${escapeXml(problem.targetsFile.description)}</p>
<ul>${sources}</ul>
</body></html>
`;
}
