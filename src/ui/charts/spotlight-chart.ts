import { axisBottom, axisLeft, format, max, scaleLinear } from "d3";
import type { VideoTrack } from "../../engine-host/video-history.js";
import { NEUTRAL, SPOTLIGHT_COLOUR } from "../palette.js";
import { ChartElement } from "./chart-element.js";
import { createFrame, drawEmpty, splitRows } from "./frame.js";
import { drawPolyline } from "./polyline.js";

const count = format(",~r");

/** The spotlight's three panels, top to bottom: the loop as one video lived it. */
const PANELS = [
  { key: "impressions", label: "views" },
  { key: "likes", label: "likes" },
  { key: "place", label: "place" },
] as const;

/**
 * Draws one video's views, likes and place by likes over the run's sampled ticks, stacked on
 * one tick axis: visibility bringing views, views bringing likes, likes lifting its place.
 */
export function drawSpotlightChart(
  svg: SVGSVGElement,
  track: VideoTrack | undefined,
  width: number,
  height = 260,
): void {
  const region = createFrame(svg, {
    width,
    height,
    title: track ? `Video ${track.video}, tick by tick` : "The spotlight",
    summary: summarise(track),
  });
  const ticks = track?.ticks ?? [];
  if (!track || ticks.length === 0) {
    drawEmpty(region, "pick a video");
    return;
  }
  const x = scaleLinear()
    .domain([ticks[0], Math.max(ticks[ticks.length - 1], ticks[0] + 1)])
    .range([0, region.width]);
  const rows = splitRows(region, PANELS.length, 8);
  PANELS.forEach((panel, p) => {
    const row = rows[p];
    const values = track[panel.key];
    const top = max(values.filter(Number.isFinite)) ?? 1;
    // Place 1 at the top: climbing the list reads as going up.
    const y = scaleLinear()
      .domain(panel.key === "place" ? [Math.max(top, 2), 1] : [0, Math.max(top, 1)])
      .range([row.height, 0]);
    // A small panel has room for its two ends and its name, not for a rotated title.
    const ends = axisLeft(y).tickValues(y.domain()).tickFormat(format(",~r")).tickSize(3);
    const axis = row.g.append("g").attr("color", NEUTRAL.muted).attr("font-size", 10).call(ends);
    axis.attr("font-family", null).select(".domain").attr("stroke", NEUTRAL.grid);
    row.g
      .append("text")
      .attr("x", 6)
      .attr("y", 10)
      .attr("font-size", 11)
      .attr("font-weight", 600)
      .text(panel.label);
    drawPolyline(row, { x, y }, ticks, values, { colour: SPOTLIGHT_COLOUR, width: 1.75 });
  });
  const last = rows[rows.length - 1];
  const time = axisBottom(x).ticks(Math.max(2, Math.floor(region.width / 80)));
  last.g
    .append("g")
    .attr("transform", `translate(0,${last.height})`)
    .attr("color", NEUTRAL.muted)
    .attr("font-size", 10)
    .call(time)
    .attr("font-family", null);
}

function summarise(track: VideoTrack | undefined): string {
  if (!track || track.ticks.length === 0) return "No video in the spotlight.";
  const last = track.ticks.length - 1;
  const place = track.place[last];
  return `Video ${track.video} at tick ${track.ticks[last]}: ${count(track.impressions[last])} views, ${count(track.likes[last])} likes, ${Number.isFinite(place) ? `place ${place}` : "not among the 100 most liked"}.`;
}

/** `<ls-spotlight-chart>`: one video's views, likes and place over time. */
export class LsSpotlightChart extends ChartElement<VideoTrack> {
  declare data: VideoTrack | undefined;

  protected override draw(svg: SVGSVGElement, width: number, height?: number): void {
    drawSpotlightChart(svg, this.data, width, height);
  }
}

customElements.define("ls-spotlight-chart", LsSpotlightChart);
