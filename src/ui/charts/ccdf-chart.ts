import { format, max, min, scaleLog } from "d3";
import { seriesColour } from "../palette.js";
import { ChartElement } from "./chart-element.js";
import { chartHeight, createFrame, drawAxes, drawEmpty } from "./frame.js";
import { drawPolyline } from "./polyline.js";
import type { CcdfCurve } from "./types.js";

const count = format(",~r");

/**
 * Draws the complementary CDF P(likes ≥ x) of each world on log–log axes, where a power-law
 * tail is a straight line. Videos with no likes cannot sit on a log axis; the note says how many.
 */
export function drawCcdfChart(
  svg: SVGSVGElement,
  curves: readonly CcdfCurve[],
  width: number,
  height = chartHeight(width, 0.7),
): void {
  const region = createFrame(svg, {
    width,
    height,
    title: "How heavy is the tail: likes per video",
    summary: summarise(curves),
    legend:
      curves.length > 1 ? curves.map((c, i) => ({ label: c.label, colour: seriesColour(i) })) : [],
    note: curves.some((c) => c.zeros > 0)
      ? `not shown: videos with no likes (${curves.map((c) => `${curves.length > 1 ? `${c.label} ` : ""}${count(c.zeros)}`).join(", ")})`
      : undefined,
  });
  const xs = curves.flatMap((c) => Array.from(c.x));
  const ps = curves.flatMap((c) => Array.from(c.p));
  const x = scaleLog()
    .domain([1, Math.max(10, max(xs) ?? 10)])
    .range([0, region.width])
    .nice();
  const y = scaleLog()
    .domain([Math.min(0.1, min(ps) ?? 0.1), 1])
    .range([region.height, 0])
    .nice();
  drawAxes(
    region,
    { scale: x, label: "likes x (log scale)" },
    { scale: y, label: "share of videos with ≥ x likes", ticks: 4 },
  );
  if (xs.length === 0) {
    drawEmpty(region, "no liked videos yet");
    return;
  }
  curves.forEach((curve, i) => {
    drawPolyline(region, { x, y }, curve.x, curve.p, { colour: seriesColour(i), width: 1.75 });
  });
}

function summarise(curves: readonly CcdfCurve[]): string {
  const parts = curves.map((c) =>
    c.x.length === 0
      ? `${c.label}: no liked videos`
      : `${c.label}: ${c.videos} videos, most liked has ${count(c.top)} likes`,
  );
  return `Complementary CDF of likes per video on log–log axes. ${parts.join("; ")}.`;
}

/** `<ls-ccdf-chart>`: the share of videos with at least x likes, log–log, per world. */
export class LsCcdfChart extends ChartElement<readonly CcdfCurve[]> {
  /** One thinned CCDF per world. */
  declare data: readonly CcdfCurve[] | undefined;

  protected override draw(svg: SVGSVGElement, width: number, height?: number): void {
    drawCcdfChart(svg, this.data ?? [], width, height);
  }
}

customElements.define("ls-ccdf-chart", LsCcdfChart);
