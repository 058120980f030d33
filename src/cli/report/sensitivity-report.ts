import { scaleBand, scaleLinear } from "d3-scale";
import type { MetricIndices } from "../sensitivity/sensitivity-design.js";
import {
  ranked,
  type SensitivityResult,
  sensitivityText,
} from "../sensitivity/sensitivity-output.js";
import { ARM_COLOURS } from "./comparison-charts.js";
import { REPORT_STYLE } from "./html-report.js";
import { type Box, bottomAxis, element, escapeXml, svgFrame } from "./svg.js";

/**
 * A sensitivity study as one self-contained HTML file: per metric, a bar chart of each
 * parameter's index with its bootstrap interval (Morris μ*; Sobol' first-order and total),
 * most influential first, and the tables as text.
 */
interface Bar {
  label: string;
  series: { name: string; value: number; low: number; high: number; colour: string }[];
}

const ROW = 30;

function barChart(
  title: string,
  axisLabel: string,
  bars: readonly Bar[],
  floorAtZero: boolean,
): string {
  const box: Box = {
    width: 520,
    height: bars.length * ROW + 60,
    margin: { top: 10, right: 20, bottom: 44, left: 190 },
  };
  const width = box.width - box.margin.left - box.margin.right;
  const height = box.height - box.margin.top - box.margin.bottom;
  const all = bars
    .flatMap((b) => b.series.flatMap((s) => [s.value, s.low, s.high]))
    .filter(Number.isFinite);
  const low = floorAtZero ? Math.min(0, ...all) : Math.min(...all);
  const x = scaleLinear()
    .domain([low, Math.max(...all, low + 1e-12)])
    .range([0, width])
    .nice();
  const y = scaleBand<number>()
    .domain(bars.map((_, i) => i))
    .range([0, height])
    .padding(0.2);
  const band = y.bandwidth();
  const content = bars
    .map((bar, i) => {
      const top = y(i)!;
      const thick = band / bar.series.length;
      const label = element(
        "text",
        { x: -8, y: top + band / 2 + 4, "text-anchor": "end" },
        escapeXml(bar.label),
      );
      const marks = bar.series
        .map((s, k) => {
          if (!Number.isFinite(s.value)) return "";
          const y0 = top + k * thick;
          const rect = element("rect", {
            x: Math.min(x(0), x(s.value)),
            y: y0 + 1,
            width: Math.abs(x(s.value) - x(0)),
            height: thick - 2,
            fill: s.colour,
            "fill-opacity": 0.75,
          });
          const whisker =
            Number.isFinite(s.low) && Number.isFinite(s.high)
              ? element("line", {
                  x1: x(s.low),
                  x2: x(s.high),
                  y1: y0 + thick / 2,
                  y2: y0 + thick / 2,
                  stroke: "#222",
                  "stroke-width": 1.5,
                })
              : "";
          return rect + whisker;
        })
        .join("");
      return label + marks;
    })
    .join("");
  const zero = element("line", { x1: x(0), x2: x(0), y1: 0, y2: height, stroke: "#888" });
  return svgFrame(box, title, content + zero + bottomAxis(x, height, axisLabel, 5));
}

function metricChart(metric: string, indices: MetricIndices): string {
  if (indices.method === "morris") {
    const bars: Bar[] = ranked(indices.parameters).map((p) => ({
      label: p.path,
      series: [
        {
          name: "μ*",
          value: p.muStar,
          low: p.muStarLow,
          high: p.muStarHigh,
          colour: ARM_COLOURS.a,
        },
        { name: "σ", value: p.sigma, low: Number.NaN, high: Number.NaN, colour: "#999" },
      ],
    }));
    return barChart(
      `${metric}: Morris μ* (blue, with 95% interval) and σ (grey) per parameter`,
      `${metric} per full range`,
      bars,
      true,
    );
  }
  const bars: Bar[] = ranked(indices.parameters).map((p) => ({
    label: p.path,
    series: [
      { name: "S1", ...p.first, colour: ARM_COLOURS.a },
      { name: "ST", ...p.total, colour: ARM_COLOURS.b },
    ],
  }));
  return barChart(
    `${metric}: Sobol' first-order (blue) and total (vermillion) indices with 95% intervals`,
    "index",
    bars,
    true,
  );
}

export function sensitivityReport(result: SensitivityResult): string {
  const method =
    result.method === "morris"
      ? "Morris elementary effects: each trajectory moves one parameter at a time by Δ on a grid over the ranges; μ* is the mean absolute effect per full range of the parameter, σ the spread of the effects (large σ: non-linear or interacting), with 95% percentile-bootstrap intervals over trajectories."
      : "Sobol' indices by Saltelli sampling and Jansen's estimators: S1 is the share of the metric's variance a parameter explains alone, ST the share it takes part in (with interactions); 95% percentile-bootstrap intervals over the design's rows.";
  const ranges = result.parameters
    .map((p) => `<li><code>${escapeXml(p.path)}</code>: ${p.scale} on ${p.low}..${p.high}</li>`)
    .join("");
  const charts = Object.entries(result.indices)
    .map(
      ([metric, indices]) =>
        `<section class="metric"><h3>${escapeXml(metric)}</h3>${metricChart(metric, indices)}</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>likesim sensitivity: ${escapeXml(result.scenario.name)}</title><style>${REPORT_STYLE}</style></head>
<body>
<h1>likesim sensitivity: ${escapeXml(result.scenario.name)} (${result.method})</h1>
<p>${escapeXml(method)}</p>
<p>${result.runs} runs; ${result.seeds.length === 1 ? `each design point on seed ${result.seeds[0]}` : `each design point on seeds ${escapeXml(result.seeds.join(", "))}, its output the mean over them`}; design seed ${result.designSeed}. Ranges:</p>
<ul>${ranges}</ul>
<p>Made by <code>${escapeXml(result.command)}</code> with likesim ${escapeXml(result.version)}, scenario ${escapeXml(result.scenario.file)} (hash ${escapeXml(result.scenario.hash)}).</p>
<h2>Indices per metric, most influential first</h2>
<p>${result.method === "morris" ? "Blue: μ* with its 95% interval; grey: σ." : "Blue: first-order index S1; vermillion: total index ST; black: 95% intervals. Estimates can stray below 0 or above 1 by their sampling error."}</p>
${charts}
<h2>Tables</h2>
<pre>${escapeXml(sensitivityText(result))}</pre>
</body></html>
`;
}
