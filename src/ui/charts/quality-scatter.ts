import { format, max, scaleLinear, scaleLog } from "d3";
import { seriesColour } from "../palette.js";
import { ChartElement } from "./chart-element.js";
import { chartHeight, createFrame, drawAxes, drawEmpty } from "./frame.js";
import type { QualityLikes } from "./types.js";

const count = format(",~r");
const twoDigits = format(".2f");
/** Beyond this many dots per world the SVG gets slow and the cloud solid: draw every k-th video. */
export const MAX_DOTS = 3000;
const DOT_RADIUS = 2.2;

/**
 * Draws one dot per video: quality across, likes up on a log scale (likes + 1, so that videos
 * without likes sit on the bottom line). Large worlds are thinned to every k-th video, and the
 * note says so.
 */
export function drawQualityScatter(
  svg: SVGSVGElement,
  worlds: readonly QualityLikes[],
  width: number,
): void {
  const total = max(worlds, (w) => w.likes.length) ?? 0;
  const stride = Math.max(1, Math.ceil(total / MAX_DOTS));
  const region = createFrame(svg, {
    width,
    height: chartHeight(width, 0.65),
    title: "Does quality win? Quality vs likes",
    summary: summarise(worlds),
    legend:
      worlds.length > 1
        ? worlds.map((w, i) => ({ label: w.label, colour: seriesColour(i), dot: true }))
        : [],
    note: stride > 1 ? `showing every ${stride}th video of ${count(total)}` : undefined,
  });
  let topLikes = 0;
  for (const w of worlds)
    for (let v = 0; v < w.likes.length; v++) topLikes = Math.max(topLikes, w.likes[v]);
  const x = scaleLinear().domain([0, 1]).range([0, region.width]);
  const y = scaleLog()
    .domain([1, Math.max(10, topLikes + 1)])
    .nice()
    .range([region.height, 0]);
  drawAxes(
    region,
    { scale: x, label: "video quality (0–1)" },
    { scale: y, label: "likes + 1 (log scale)" },
  );
  if (total === 0) {
    drawEmpty(region, "no videos yet");
    return;
  }
  worlds.forEach((world, i) => {
    let d = "";
    for (let v = 0; v < world.likes.length; v += stride) {
      const cx = x(world.quality[v]).toFixed(1);
      const cy = y(world.likes[v] + 1).toFixed(1);
      d += `M${cx},${cy}m-${DOT_RADIUS},0a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 ${2 * DOT_RADIUS},0a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 -${2 * DOT_RADIUS},0`;
    }
    region.g.append("path").attr("d", d).attr("fill", seriesColour(i)).attr("fill-opacity", 0.45);
  });
}

/** Mean quality of the most-liked 1% of videos against the mean of all, per world. */
function summarise(worlds: readonly QualityLikes[]): string {
  const parts = worlds.map((w) => {
    const n = w.likes.length;
    if (n === 0) return `${w.label}: no videos`;
    const all = meanQuality(w, n, -1);
    const top = meanQuality(w, Math.max(1, Math.floor(n / 100)), likesThreshold(w.likes, n));
    return `${w.label}: ${count(n)} videos, mean quality ${twoDigits(all)}, of the most liked 1% ${twoDigits(top)}`;
  });
  return `Quality against likes per video (log scale). ${parts.join("; ")}.`;
}

/** The like count of the k-th most liked video (a typed-array sort: fast for 100,000 videos). */
function likesThreshold(likes: ArrayLike<number>, k: number): number {
  const sorted = Float64Array.from(likes).sort();
  return sorted[sorted.length - Math.max(1, Math.floor(k / 100))];
}

/** Mean quality of the first `take` videos with more likes than `above`, ties by id. */
function meanQuality(world: QualityLikes, take: number, above: number): number {
  let sum = 0;
  let taken = 0;
  // Strictly above the threshold first, then videos at it, so ties fill up in id order.
  for (const strict of [true, false]) {
    for (let v = 0; v < world.likes.length && taken < take; v++) {
      const likes = world.likes[v];
      if (strict ? likes > above : likes === above) {
        sum += world.quality[v];
        taken++;
      }
    }
  }
  return sum / taken;
}

/** `<ls-quality-scatter>`: each video's quality against its likes, per world. */
export class LsQualityScatter extends ChartElement<readonly QualityLikes[]> {
  /** Quality (0–1) and likes (count) of each video, one entry per world. */
  declare data: readonly QualityLikes[] | undefined;

  protected override draw(svg: SVGSVGElement, width: number): void {
    drawQualityScatter(svg, this.data ?? [], width);
  }
}

customElements.define("ls-quality-scatter", LsQualityScatter);
