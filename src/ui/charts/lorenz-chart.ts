import { format, scaleLinear } from "d3";
import { giniSorted, lorenz, sortedAmounts } from "../../metrics/index.js";
import { NEUTRAL, seriesColour } from "../palette.js";
import { ChartElement } from "./chart-element.js";
import { chartHeight, createFrame, drawAxes, drawEmpty } from "./frame.js";
import { drawPolyline } from "./polyline.js";
import type { LabelledValues } from "./types.js";

const percent = format(".0%");
const twoDigits = format(".2f");
/** Points per curve: enough for a smooth curve at any width, few enough for 100,000 videos. */
const CURVE_POINTS = 200;

/**
 * Draws the Lorenz curve of each world's values (share of likes held by the least-liked share
 * of videos) against the line of equality, with each Gini coefficient in the legend.
 */
export function drawLorenzChart(
  svg: SVGSVGElement,
  worlds: readonly LabelledValues[],
  width: number,
): void {
  const filled = worlds.filter((w) => w.values.length > 0);
  // Sort once per world: the Gini and the curve both need the values in order.
  const sorted = filled.map((w) => sortedAmounts(w.values, "Lorenz chart"));
  const ginis = sorted.map(giniSorted);
  const legend = filled.map((w, i) => ({
    label: `${w.label} — Gini ${twoDigits(ginis[i])}`,
    colour: seriesColour(i),
  }));
  const region = createFrame(svg, {
    width,
    height: chartHeight(width, 0.75),
    title: "Who gets the likes: Lorenz curve",
    summary: summarise(filled, ginis),
    legend: [...legend, { label: "equality", colour: NEUTRAL.edge, dashed: true }],
  });
  const x = scaleLinear().range([0, region.width]);
  const y = scaleLinear().range([region.height, 0]);
  drawAxes(
    region,
    { scale: x, label: "share of videos, least liked first", format: percent },
    { scale: y, label: "share of likes", format: percent },
  );
  region.g
    .append("line")
    .attr("class", "equality")
    .attr("x1", x(0))
    .attr("y1", y(0))
    .attr("x2", x(1))
    .attr("y2", y(1))
    .attr("stroke", NEUTRAL.edge)
    .attr("stroke-dasharray", "4 3");
  if (filled.length === 0) {
    drawEmpty(region, "no videos yet");
    return;
  }
  sorted.forEach((values, i) => {
    const curve = lorenz(values, CURVE_POINTS);
    drawPolyline(region, { x, y }, curve.x, curve.y, { colour: seriesColour(i), width: 2 });
  });
}

function summarise(worlds: readonly LabelledValues[], ginis: readonly number[]): string {
  if (worlds.length === 0) return "Lorenz curve of likes over videos: no videos yet.";
  const parts = worlds.map(
    (w, i) => `${w.label}: Gini ${twoDigits(ginis[i])} over ${w.values.length} videos`,
  );
  return `Lorenz curve of likes over videos (0 = every video equal, 1 = one video has all). ${parts.join("; ")}.`;
}

/** `<ls-lorenz-chart>`: how unequally likes are spread over videos, per world. */
export class LsLorenzChart extends ChartElement<readonly LabelledValues[]> {
  /** Likes of each video (count), one entry per world; each draws a curve and its Gini. */
  declare data: readonly LabelledValues[] | undefined;

  protected override draw(svg: SVGSVGElement, width: number): void {
    drawLorenzChart(svg, this.data ?? [], width);
  }
}

customElements.define("ls-lorenz-chart", LsLorenzChart);
