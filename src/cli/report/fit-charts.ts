import { extent } from "d3-array";
import { scaleLinear, scaleLog } from "d3-scale";
import { line } from "d3-shape";
import type { FitResult } from "../fit/fit-result.js";
import { ARM_COLOURS } from "./comparison-charts.js";
import {
  type Box,
  bottomAxis,
  element,
  escapeXml,
  leftAxis,
  type NumericScale,
  svgFrame,
} from "./svg.js";

/** The charts of a fit's report, as SVG text drawn with d3's scales (no DOM, no scripts). */

const POSTERIOR = ARM_COLOURS.a;
const OBSERVED = ARM_COLOURS.b;
const BINS = 20;

const inner = (box: Box) => ({
  width: box.width - box.margin.left - box.margin.right,
  height: box.height - box.margin.top - box.margin.bottom,
});

type Prior = FitResult["priors"][number];

function priorScale(prior: Prior, range: [number, number]): NumericScale {
  return prior.scale === "log-uniform"
    ? scaleLog().domain([prior.low, prior.high]).range(range)
    : scaleLinear().domain([prior.low, prior.high]).range(range);
}

/** Weights per bin over the prior's range, evenly spaced in its own coordinate. */
function histogram(
  x: NumericScale,
  width: number,
  values: readonly number[],
  weights: readonly number[],
) {
  const heights = new Array<number>(BINS).fill(0);
  values.forEach((v, i) => {
    const bin = Math.min(BINS - 1, Math.max(0, Math.floor((x(v) / width) * BINS)));
    heights[bin] += weights[i];
  });
  return heights;
}

const MARGINAL: Box = {
  width: 340,
  height: 190,
  margin: { top: 12, right: 16, bottom: 58, left: 52 },
};

/**
 * One parameter's weighted posterior histogram over its prior range, with the median and
 * 90% interval, and generation 0 (rejection ABC) as a grey outline for contrast.
 */
export function marginalChart(result: FitResult, a: number): string {
  const prior = result.priors[a];
  const { width, height } = inner(MARGINAL);
  const x = priorScale(prior, [0, width]);
  const final = histogram(
    x,
    width,
    result.particles.map((p) => p.values[a]),
    result.particles.map((p) => p.weight),
  );
  const first = result.history[0];
  const initial = histogram(
    x,
    width,
    first.map((p) => p.values[a]),
    first.map((p) => p.weight),
  );
  const y = scaleLinear()
    .domain([0, Math.max(...final, ...initial)])
    .range([height, 0])
    .nice();
  const step = width / BINS;
  const bars = final
    .map((h, b) =>
      element("rect", {
        x: b * step + 0.5,
        y: y(h),
        width: step - 1,
        height: height - y(h),
        fill: POSTERIOR,
        "fill-opacity": 0.7,
      }),
    )
    .join("");
  const outline =
    line<number>()
      .x((_, i) => Math.floor(i / 2) * step + (i % 2) * step)
      .y((h) => y(h))
      .digits(1)(initial.flatMap((h) => [h, h])) ?? "";
  const s = result.parameters[a];
  const marks =
    element("line", {
      x1: x(s.low),
      x2: x(s.high),
      y1: height + 6,
      y2: height + 6,
      stroke: "#222",
      "stroke-width": 3,
    }) + element("circle", { cx: x(s.median), cy: height + 6, r: 4, fill: "#222" });
  return svgFrame(
    MARGINAL,
    `${prior.path}: posterior histogram, median ${s.median}, 90% interval [${s.low}, ${s.high}]`,
    bars +
      element("path", { d: outline, fill: "none", stroke: "#999", "stroke-dasharray": "3 2" }) +
      marks +
      bottomAxis(
        x,
        height + 12,
        `${prior.path}${prior.scale === "log-uniform" ? " (log scale)" : ""}`,
        4,
      ) +
      leftAxis(y, "weight", 3),
  );
}

const CELL = 150;

/** Every pair of parameters: the final population as dots, area by weight. */
export function pairsChart(result: FitResult): string {
  const k = result.priors.length;
  if (k < 2) return "";
  const pad = 34;
  const box: Box = {
    width: (k - 1) * CELL + pad + 10,
    height: (k - 1) * CELL + pad + 10,
    margin: { top: 10, right: 10, bottom: pad, left: pad },
  };
  const size = CELL - 12;
  const top = Math.max(...result.particles.map((p) => p.weight));
  let content = "";
  for (let row = 1; row < k; row++) {
    for (let col = 0; col < row; col++) {
      const x = priorScale(result.priors[col], [0, size]);
      const y = priorScale(result.priors[row], [size, 0]);
      const dots = result.particles
        .map((p) =>
          element("circle", {
            cx: x(p.values[col]),
            cy: y(p.values[row]),
            r: 0.8 + 2.6 * Math.sqrt(p.weight / top),
            fill: POSTERIOR,
            "fill-opacity": 0.45,
          }),
        )
        .join("");
      const frame = element("rect", { width: size, height: size, fill: "none", stroke: "#ccc" });
      const labels =
        (row === k - 1
          ? element(
              "text",
              { x: size / 2, y: size + 14, "text-anchor": "middle", class: "axis-label" },
              escapeXml(result.priors[col].path),
            )
          : "") +
        (col === 0
          ? element(
              "text",
              {
                transform: `translate(-8,${size / 2}) rotate(-90)`,
                "text-anchor": "middle",
                class: "axis-label",
              },
              escapeXml(result.priors[row].path),
            )
          : "");
      content += element(
        "g",
        { transform: `translate(${col * CELL},${(row - 1) * CELL})` },
        frame + dots + labels,
      );
    }
  }
  return svgFrame(
    box,
    "Pairs of parameters in the final population (dot area: weight); each axis spans the prior's range",
    content,
  );
}

const TOLERANCE: Box = {
  width: 380,
  height: 220,
  margin: { top: 14, right: 20, bottom: 42, left: 56 },
};

/** The tolerance per generation (log scale), against the targets' scale (1). */
export function toleranceChart(result: FitResult): string {
  const { width, height } = inner(TOLERANCE);
  const points = result.generations.map((g) => ({ g: g.generation, t: g.tolerance }));
  const last = points[points.length - 1].g;
  const x = scaleLinear()
    .domain([0, Math.max(1, last)])
    .range([0, width]);
  const [low, high] = extent([...points.map((p) => p.t), 1]) as [number, number];
  const y = scaleLog()
    .domain([Math.max(low * 0.8, 1e-6), high * 1.25])
    .range([height, 0]);
  const path =
    line<{ g: number; t: number }>()
      .x((p) => x(p.g))
      .y((p) => y(p.t))
      .digits(1)(points) ?? "";
  const dots = points
    .map((p) => element("circle", { cx: x(p.g), cy: y(p.t), r: 3.5, fill: POSTERIOR }))
    .join("");
  const unit =
    element("line", {
      x1: 0,
      x2: width,
      y1: y(1),
      y2: y(1),
      stroke: OBSERVED,
      "stroke-dasharray": "4 3",
    }) +
    element(
      "text",
      { x: width - 4, y: y(1) - 5, "text-anchor": "end", fill: OBSERVED },
      "targets reached below this line",
    );
  return svgFrame(
    TOLERANCE,
    "Tolerance per generation, in units of the targets' scales",
    unit +
      element("path", { d: path, fill: "none", stroke: POSTERIOR, "stroke-width": 2 }) +
      dots +
      bottomAxis(x, height, "generation", Math.min(last, 8)) +
      leftAxis(y, "tolerance (log)", 4),
  );
}

const CHECK: Box = {
  width: 360,
  height: 112,
  margin: { top: 12, right: 16, bottom: 40, left: 16 },
};

/** Golden-ratio jitter: spreads dots evenly without random draws. */
const jitter = (i: number) => (((i * 0.6180339887) % 1) - 0.5) * 16;

/**
 * One target: its simulated values on the posterior check's fresh seeds (dots), the final
 * population's values (grey ticks), the observed value and the band of one scale around it.
 */
export function checkChart(result: FitResult, k: number): string {
  const target = result.checks[k];
  const { width } = inner(CHECK);
  const checkValues = (target.check?.values ?? []).filter(Number.isFinite);
  const fitValues = result.particles.map((p) => p.stats[k]).filter(Number.isFinite);
  const [low, high] = extent([
    ...checkValues,
    ...fitValues,
    target.observed - target.scale,
    target.observed + target.scale,
  ]) as [number, number];
  const x = scaleLinear().domain([low, high]).range([0, width]).nice();
  const band = element("rect", {
    x: x(target.observed - target.scale),
    y: 0,
    width: x(target.observed + target.scale) - x(target.observed - target.scale),
    height: 60,
    fill: OBSERVED,
    "fill-opacity": 0.12,
  });
  const observed = element("line", {
    x1: x(target.observed),
    x2: x(target.observed),
    y1: 0,
    y2: 60,
    stroke: OBSERVED,
    "stroke-width": 2.5,
  });
  const ticks = fitValues
    .map((v) =>
      element("line", {
        x1: x(v),
        x2: x(v),
        y1: 46,
        y2: 56,
        stroke: "#888",
        "stroke-opacity": 0.5,
      }),
    )
    .join("");
  const dots = checkValues
    .map((v, i) =>
      element("circle", {
        cx: x(v),
        cy: 22 + jitter(i),
        r: 2.6,
        fill: POSTERIOR,
        "fill-opacity": 0.6,
      }),
    )
    .join("");
  return svgFrame(
    CHECK,
    `${target.name}: observed ${target.observed} ± ${target.scale}; simulated on fresh seeds from the posterior`,
    band + observed + ticks + dots + bottomAxis(x, 62, target.name, 5),
  );
}
