import { line } from "d3";
import type { Region } from "./frame.js";

/** Maps a data value to px along one axis (a d3 scale). */
type Scale = (value: number) => number;

/**
 * Draws the line through (xs[k], ys[k]) in data units; a point whose y is not finite (a column
 * not measured that tick) leaves a gap rather than a drop to zero.
 */
export function drawPolyline(
  region: Region,
  scales: { x: Scale; y: Scale },
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  style: { colour: string; width: number },
): void {
  const path = line<number>()
    .defined((k) => Number.isFinite(ys[k]))
    .x((k) => scales.x(xs[k]))
    .y((k) => scales.y(ys[k]));
  const indices = Array.from({ length: Math.min(xs.length, ys.length) }, (_, k) => k);
  region.g
    .append("path")
    .attr("d", path(indices) ?? "")
    .attr("fill", "none")
    .attr("stroke", style.colour)
    .attr("stroke-width", style.width);
}
