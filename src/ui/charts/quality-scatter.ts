import { format, max, scaleLinear, scaleLog } from "d3";
import { seriesColour } from "../palette.js";
import { ChartElement } from "./chart-element.js";
import { chartHeight, createFrame, drawAxes, drawEmpty } from "./frame.js";
import type { ScatterCloud } from "./types.js";

const count = format(",~r");
const twoDigits = format(".2f");
const DOT_RADIUS = 2.2;

/** "1 in every 3 videos of 3,000", or nothing when every video is drawn. */
export function thinningNote(stride: number, videos: number): string | undefined {
  return stride > 1 ? `showing 1 in every ${stride} videos of ${count(videos)}` : undefined;
}

/**
 * Draws one dot per video: quality across, likes up on a log scale (likes + 1, so that videos
 * without likes sit on the bottom line). Large worlds come thinned to one video in every k,
 * and the note says so.
 */
export function drawQualityScatter(
  svg: SVGSVGElement,
  worlds: readonly ScatterCloud[],
  width: number,
  height = chartHeight(width, 0.65),
): void {
  const total = max(worlds, (w) => w.videos) ?? 0;
  const stride = max(worlds, (w) => w.stride) ?? 1;
  const region = createFrame(svg, {
    width,
    height,
    title: "Does quality win? Quality vs likes",
    summary: summarise(worlds),
    legend: worlds.map((w, i) => ({
      label: `${worlds.length > 1 ? `${w.label} — ` : ""}Spearman ${Number.isFinite(w.spearman) ? twoDigits(w.spearman) : "–"}`,
      colour: seriesColour(i),
      dot: true,
    })),
    note: thinningNote(stride, total),
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
    for (let v = 0; v < world.likes.length; v++) {
      const cx = x(world.quality[v]).toFixed(1);
      const cy = y(world.likes[v] + 1).toFixed(1);
      d += `M${cx},${cy}m-${DOT_RADIUS},0a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 ${2 * DOT_RADIUS},0a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 -${2 * DOT_RADIUS},0`;
    }
    region.g.append("path").attr("d", d).attr("fill", seriesColour(i)).attr("fill-opacity", 0.45);
  });
}

/** Mean quality of the most-liked 1% of videos against the mean of all, per world. */
function summarise(worlds: readonly ScatterCloud[]): string {
  const parts = worlds.map((w) =>
    w.videos === 0
      ? `${w.label}: no videos`
      : `${w.label}: ${count(w.videos)} videos, mean quality ${twoDigits(w.meanQuality)}, of the most liked 1% ${twoDigits(w.topQuality)}, rank correlation of quality and likes (Spearman) ${twoDigits(w.spearman)}`,
  );
  return `Quality against likes per video (log scale). ${parts.join("; ")}.`;
}

/** `<ls-quality-scatter>`: each video's quality against its likes, per world. */
export class LsQualityScatter extends ChartElement<readonly ScatterCloud[]> {
  /** Quality (0–1) and likes (count) of the drawn videos, one entry per world. */
  declare data: readonly ScatterCloud[] | undefined;

  protected override draw(svg: SVGSVGElement, width: number, height?: number): void {
    drawQualityScatter(svg, this.data ?? [], width, height);
  }
}

customElements.define("ls-quality-scatter", LsQualityScatter);
