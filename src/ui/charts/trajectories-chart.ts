import { format, max, min, scaleLinear } from "d3";
import { seriesColour } from "../palette.js";
import { ChartElement } from "./chart-element.js";
import { chartHeight, createFrame, drawAxes, drawEmpty } from "./frame.js";
import { drawPolyline } from "./polyline.js";
import type { Trajectory } from "./types.js";

const count = format(",~r");

/** Draws each video's cumulative likes over ticks: the paths by which the top videos got there. */
export function drawTrajectoriesChart(
  svg: SVGSVGElement,
  trajectories: readonly Trajectory[],
  width: number,
  height = chartHeight(width, 0.6),
): void {
  const colour = (t: Trajectory, i: number) => t.colour ?? seriesColour(i);
  const region = createFrame(svg, {
    width,
    height,
    title: "How the top videos got their likes",
    summary: summarise(trajectories),
    legend: trajectories.map((t, i) => ({
      label: t.label,
      colour: colour(t, i),
      dashed: t.dashed,
    })),
  });
  const first = min(trajectories, (t) => t.ticks[0]);
  const last = max(trajectories, (t) => t.ticks[t.ticks.length - 1]);
  const top = max(trajectories, (t) => max(t.likes)) ?? 0;
  const x = scaleLinear()
    .domain([first ?? 0, Math.max(last ?? 1, (first ?? 0) + 1)])
    .range([0, region.width]);
  const y = scaleLinear()
    .domain([0, Math.max(1, top)])
    .nice()
    .range([region.height, 0]);
  drawAxes(
    region,
    { scale: x, label: "time (ticks)" },
    { scale: y, label: "likes so far (cumulative)" },
  );
  if (first === undefined) {
    drawEmpty(region, "no videos followed yet");
    return;
  }
  trajectories.forEach((t, i) => {
    drawPolyline(region, { x, y }, t.ticks, t.likes, {
      colour: colour(t, i),
      width: 1.75,
      dashed: t.dashed,
    });
  });
}

function summarise(trajectories: readonly Trajectory[]): string {
  if (trajectories.length === 0) return "Like trajectories of the top videos: none yet.";
  const parts = trajectories.map(
    (t) =>
      `${t.label}: ${count(t.likes[t.likes.length - 1] ?? 0)} likes at tick ${t.ticks[t.ticks.length - 1] ?? 0}`,
  );
  return `Cumulative likes over time of the ${trajectories.length} top videos. ${parts.join("; ")}.`;
}

/** `<ls-trajectories-chart>`: cumulative likes over time of a few videos (the top ones). */
export class LsTrajectoriesChart extends ChartElement<readonly Trajectory[]> {
  /** One entry per video: ticks and cumulative like counts at those ticks (counts). */
  declare data: readonly Trajectory[] | undefined;

  protected override draw(svg: SVGSVGElement, width: number, height?: number): void {
    drawTrajectoriesChart(svg, this.data ?? [], width, height);
  }
}

customElements.define("ls-trajectories-chart", LsTrajectoriesChart);
