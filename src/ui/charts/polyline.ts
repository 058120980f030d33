import { line } from "d3";
import { decimate } from "./decimate.js";
import type { Region } from "./frame.js";

/** Maps a data value to px along one axis (a d3 scale). */
type Scale = (value: number) => number;

/**
 * Draws the line through the points (xs[k], ys[k]) in data units, at most two per px of the
 * region's width (see `decimate`). Points whose y is not finite (a column measured only every
 * few ticks) are skipped and the line joins the measurements on either side.
 */
export function drawPolyline(
  region: Region,
  scales: { x: Scale; y: Scale },
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  style: { colour: string; width: number; dashed?: boolean },
): void {
  const n = Math.min(xs.length, ys.length);
  const ysShown = ys.length === n ? ys : Array.prototype.slice.call(ys, 0, n);
  const path = line<number>()
    .x((k) => scales.x(xs[k]))
    .y((k) => scales.y(ys[k]));
  region.g
    .append("path")
    .attr("d", path(decimate(ysShown, Math.max(2, 2 * Math.round(region.width)))) ?? "")
    .attr("fill", "none")
    .attr("stroke", style.colour)
    .attr("stroke-width", style.width)
    .attr("stroke-dasharray", style.dashed ? "5 3" : null);
}
