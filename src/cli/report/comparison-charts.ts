import { extent } from "d3-array";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import type { MetricComparison } from "../compare/paired-comparison.js";
import { type Box, bottomAxis, element, escapeXml, leftAxis, svgFrame } from "./svg.js";

/** Okabe–Ito blue and vermillion: distinct for every kind of colour vision. */
export const ARM_COLOURS = { a: "#0072B2", b: "#D55E00" } as const;

const STRIP: Box = {
  width: 330,
  height: 118,
  margin: { top: 10, right: 16, bottom: 38, left: 28 },
};
const DIFFERENCE: Box = {
  width: 330,
  height: 92,
  margin: { top: 10, right: 16, bottom: 38, left: 28 },
};
const LORENZ: Box = {
  width: 380,
  height: 360,
  margin: { top: 16, right: 20, bottom: 44, left: 56 },
};

const inner = (box: Box) => ({
  width: box.width - box.margin.left - box.margin.right,
  height: box.height - box.margin.top - box.margin.bottom,
});

/** Vertical jitter from the golden ratio: spreads dots evenly, with no random draws. */
function jitter(i: number, spread: number): number {
  return (((i * 0.6180339887) % 1) - 0.5) * spread;
}

function xScale(values: readonly number[], width: number) {
  const [low, high] = extent(values) as [number, number];
  const pad = low === high ? Math.max(1, Math.abs(low) * 0.1) : 0;
  return scaleLinear()
    .domain([low - pad, high + pad])
    .range([0, width])
    .nice();
}

function dots(
  values: readonly number[],
  x: (v: number) => number,
  y: number,
  colour: string,
): string {
  return values
    .map((v, i) =>
      element("circle", {
        cx: x(v),
        cy: y + jitter(i, 14),
        r: 2.5,
        fill: colour,
        "fill-opacity": 0.55,
      }),
    )
    .join("");
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Each arm's values of one metric over seeds, one row per arm, with the mean as a bar. */
export function distributionChart(
  metric: string,
  a: readonly number[],
  b: readonly number[],
): string {
  const { width } = inner(STRIP);
  const x = xScale([...a, ...b], width);
  const rows = [
    { name: "A", values: a, y: 18, colour: ARM_COLOURS.a },
    { name: "B", values: b, y: 52, colour: ARM_COLOURS.b },
  ];
  const content = rows
    .map(
      (row) =>
        element("text", { x: -8, y: row.y + 4, "text-anchor": "end", fill: row.colour }, row.name) +
        dots(row.values, x, row.y, row.colour) +
        (row.values.length > 0
          ? element("line", {
              x1: x(mean(row.values)),
              x2: x(mean(row.values)),
              y1: row.y - 12,
              y2: row.y + 12,
              stroke: row.colour,
              "stroke-width": 2.5,
            })
          : ""),
    )
    .join("");
  return svgFrame(
    STRIP,
    `${metric}: values per seed in each arm`,
    content + bottomAxis(x, 74, metric),
  );
}

/** Paired differences B − A over seeds, with zero, the mean and its 95% bootstrap interval. */
export function differenceChart(differences: readonly number[], row: MetricComparison): string {
  const { width } = inner(DIFFERENCE);
  const finite = [row.low, row.high].filter(Number.isFinite);
  const x = xScale([...differences, 0, ...finite], width);
  const y = 20;
  const interval =
    finite.length === 2
      ? element("line", {
          x1: x(row.low),
          x2: x(row.high),
          y1: y,
          y2: y,
          stroke: "#222",
          "stroke-width": 3,
        }) + element("circle", { cx: x(row.difference), cy: y, r: 4.5, fill: "#222" })
      : "";
  const content =
    element("line", {
      x1: x(0),
      x2: x(0),
      y1: 0,
      y2: 40,
      stroke: "#999",
      "stroke-dasharray": "3 3",
    }) +
    dots(differences, x, y, "#6a6a6a") +
    interval;
  return svgFrame(
    DIFFERENCE,
    `${row.metric}: B − A per seed, mean ${row.difference} with 95% interval [${row.low}, ${row.high}]`,
    content + bottomAxis(x, 48, `${row.metric}, B − A`),
  );
}

/** Each arm's Lorenz curve of likes over videos, averaged over seeds, against equality. */
export function lorenzChart(a: readonly number[], b: readonly number[]): string {
  const { width, height } = inner(LORENZ);
  const x = scaleLinear().domain([0, 1]).range([0, width]);
  const y = scaleLinear().domain([0, 1]).range([height, 0]);
  const path = (curve: readonly number[]) =>
    line<number>()
      .x((_, i) => x(i / (curve.length - 1)))
      .y((v) => y(v))
      .digits(1)(curve as number[]) ?? "";
  const curves = [
    { name: "A", curve: a, colour: ARM_COLOURS.a },
    { name: "B", curve: b, colour: ARM_COLOURS.b },
  ]
    .filter((arm) => arm.curve.length > 1)
    .map(
      (arm, i) =>
        element("path", {
          d: path(arm.curve),
          fill: "none",
          stroke: arm.colour,
          "stroke-width": 2,
        }) + element("text", { x: 10, y: 16 + 16 * i, fill: arm.colour }, escapeXml(`${arm.name}`)),
    )
    .join("");
  const content =
    element("line", {
      x1: x(0),
      y1: y(0),
      x2: x(1),
      y2: y(1),
      stroke: "#999",
      "stroke-dasharray": "4 3",
    }) +
    curves +
    bottomAxis(x, height, "share of videos, least liked first") +
    leftAxis(y, "share of likes");
  return svgFrame(LORENZ, "Lorenz curves of likes over videos, mean over seeds, per arm", content);
}
