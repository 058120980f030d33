import { format, scaleLinear } from "d3";
import { NEUTRAL, seriesColour } from "../palette.js";
import { ChartElement } from "./chart-element.js";
import { chartHeight, createFrame, drawAxes, drawEmpty } from "./frame.js";
import { drawPolyline } from "./polyline.js";
import type { LorenzCurve } from "./types.js";

const percent = format(".0%");
const twoDigits = format(".2f");

/**
 * Draws the Lorenz curve of each world's values (share of likes held by the least-liked share
 * of videos) against the line of equality, with each Gini coefficient in the legend.
 */
export function drawLorenzChart(
  svg: SVGSVGElement,
  worlds: readonly LorenzCurve[],
  width: number,
  height = chartHeight(width, 0.75),
): void {
  const filled = worlds.filter((w) => w.videos > 0);
  const legend = filled.map((w, i) => ({
    label: `${w.label ? `${w.label} — ` : ""}Gini ${twoDigits(w.gini)}`,
    colour: seriesColour(i),
  }));
  const region = createFrame(svg, {
    width,
    height,
    title: "Who gets the likes: Lorenz curve",
    summary: summarise(filled),
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
  filled.forEach((curve, i) => {
    drawPolyline(region, { x, y }, curve.x, curve.y, { colour: seriesColour(i), width: 2 });
  });
}

function summarise(worlds: readonly LorenzCurve[]): string {
  if (worlds.length === 0) return "Lorenz curve of likes over videos: no videos yet.";
  const parts = worlds.map(
    (w) => `${w.label ? `${w.label}: ` : ""}Gini ${twoDigits(w.gini)} over ${w.videos} videos`,
  );
  return `Lorenz curve of likes over videos (0 = every video equal, 1 = one video has all). ${parts.join("; ")}.`;
}

/** `<ls-lorenz-chart>`: how unequally likes are spread over videos, per world. */
export class LsLorenzChart extends ChartElement<readonly LorenzCurve[]> {
  /** One Lorenz curve (with its Gini) per world. */
  declare data: readonly LorenzCurve[] | undefined;

  protected override draw(svg: SVGSVGElement, width: number, height?: number): void {
    drawLorenzChart(svg, this.data ?? [], width, height);
  }
}

customElements.define("ls-lorenz-chart", LsLorenzChart);
