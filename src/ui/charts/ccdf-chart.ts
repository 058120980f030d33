import { format, max, min, scaleLog } from "d3";
import { complementaryCdf } from "../../metrics/index.js";
import { seriesColour } from "../palette.js";
import { ChartElement } from "./chart-element.js";
import { chartHeight, createFrame, drawAxes, drawEmpty } from "./frame.js";
import { drawPolyline } from "./polyline.js";
import type { LabelledValues } from "./types.js";

const count = format(",~r");

interface Curve {
  label: string;
  x: number[];
  p: number[];
}

/**
 * Draws the complementary CDF P(likes ≥ x) of each world on log–log axes, where a power-law
 * tail is a straight line. Videos with no likes cannot sit on a log axis; the note says how many.
 */
export function drawCcdfChart(
  svg: SVGSVGElement,
  worlds: readonly LabelledValues[],
  width: number,
): void {
  const curves = worlds.map(positiveTail);
  const zeros = worlds.map((w) => Array.prototype.filter.call(w.values, (v) => v <= 0).length);
  const region = createFrame(svg, {
    width,
    height: chartHeight(width, 0.7),
    title: "How heavy is the tail: likes per video",
    summary: summarise(worlds, curves),
    legend:
      worlds.length > 1 ? worlds.map((w, i) => ({ label: w.label, colour: seriesColour(i) })) : [],
    note: zeros.some((z) => z > 0)
      ? `not shown: videos with no likes (${worlds.map((w, i) => `${worlds.length > 1 ? `${w.label} ` : ""}${count(zeros[i])}`).join(", ")})`
      : undefined,
  });
  const xs = curves.flatMap((c) => c.x);
  const ps = curves.flatMap((c) => c.p);
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

/** The CCDF of all videos, restricted to the points a log–log plot can show (x ≥ 1). */
function positiveTail(world: LabelledValues): Curve {
  const { x, p } = complementaryCdf(world.values);
  const curve: Curve = { label: world.label, x: [], p: [] };
  for (let k = 0; k < x.length; k++) {
    if (x[k] >= 1 && p[k] > 0) {
      curve.x.push(x[k]);
      curve.p.push(p[k]);
    }
  }
  return curve;
}

function summarise(worlds: readonly LabelledValues[], curves: readonly Curve[]): string {
  const parts = curves.map((c, i) =>
    c.x.length === 0
      ? `${c.label}: no liked videos`
      : `${c.label}: ${worlds[i].values.length} videos, most liked has ${count(c.x[c.x.length - 1])} likes`,
  );
  return `Complementary CDF of likes per video on log–log axes. ${parts.join("; ")}.`;
}

/** `<ls-ccdf-chart>`: the share of videos with at least x likes, log–log, per world. */
export class LsCcdfChart extends ChartElement<readonly LabelledValues[]> {
  /** Likes of each video (count), one entry per world. */
  declare data: readonly LabelledValues[] | undefined;

  protected override draw(svg: SVGSVGElement, width: number): void {
    drawCcdfChart(svg, this.data ?? [], width);
  }
}

customElements.define("ls-ccdf-chart", LsCcdfChart);
