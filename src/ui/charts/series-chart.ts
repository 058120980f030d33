import { extent, format, max, min, scaleLinear } from "d3";
import { NEUTRAL, seriesColour } from "../palette.js";
import type { ChartAnnotation } from "./annotations.js";
import { ChartElement } from "./chart-element.js";
import { createFrame, drawAxes, drawEmpty, splitRows } from "./frame.js";
import { drawPolyline } from "./polyline.js";
import type { SeriesPanel, WorldSeries } from "./types.js";

export interface SeriesChartData {
  title: string;
  /** Stacked panels, top to bottom; they share the tick axis. */
  panels: readonly SeriesPanel[];
  /** Worlds drawn overlaid in every panel, in palette order. */
  worlds: readonly WorldSeries[];
  /** Moments marked across the panels (a dashed line and a few words). */
  annotations?: readonly ChartAnnotation[];
}

const PANEL_GAP = 18;
const count = format(",.4~r");

/** Draws stacked panels of per-tick columns, one line per world. Columns' NaNs are gaps. */
export function drawSeriesChart(
  svg: SVGSVGElement,
  data: SeriesChartData,
  width: number,
  height = Math.round(90 + data.panels.length * Math.min(190, Math.max(130, width * 0.3))),
): void {
  const { panels, worlds } = data;
  const ticks = worlds.flatMap((w) => [w.series.tick[0], w.series.tick[w.series.tick.length - 1]]);
  const [first, last] = extent(ticks.filter(Number.isFinite)) as [number?, number?];
  const region = createFrame(svg, {
    width,
    height,
    title: data.title,
    summary: summarise(data),
    legend:
      worlds.length > 1
        ? worlds.map((w, i) => ({ label: w.label, colour: seriesColour(i) }))
        : undefined,
  });
  if (first === undefined || last === undefined) {
    drawEmpty(region, "no ticks yet");
    return;
  }
  const x = scaleLinear()
    .domain([first, Math.max(last, first + 1)])
    .range([0, region.width]);
  const rows = splitRows(region, panels.length, PANEL_GAP);
  panels.forEach((panel, p) => {
    const columns = worlds.map((w) => w.series[panel.column]);
    const low = Math.min(0, min(columns, (c) => min(c)) ?? 0);
    const high = max(columns, (c) => max(c)) ?? 1;
    const y = scaleLinear()
      .domain([low, high > low ? high : low + 1])
      .nice()
      .range([rows[p].height, 0]);
    drawAxes(
      rows[p],
      { scale: x, label: "time (ticks)", bare: p < panels.length - 1 },
      { scale: y, label: panel.label },
    );
    worlds.forEach((world, i) => {
      const style = { colour: seriesColour(i), width: 1.75 };
      drawPolyline(rows[p], { x, y }, world.series.tick, world.series[panel.column], style);
    });
  });
  drawAnnotations(region, x, data.annotations ?? [], worlds.length > 1);
}

/** A dashed line per moment across the whole plot, and its words along the top. */
function drawAnnotations(
  region: { g: ReturnType<typeof createFrame>["g"]; height: number; width: number },
  x: (tick: number) => number,
  annotations: readonly ChartAnnotation[],
  compared: boolean,
): void {
  annotations.forEach((note, k) => {
    const at = x(note.tick);
    if (!Number.isFinite(at) || at < 0 || at > region.width) return;
    const colour = compared ? seriesColour(note.world) : NEUTRAL.muted;
    region.g
      .append("line")
      .attr("class", "annotation")
      .attr("x1", at)
      .attr("x2", at)
      .attr("y1", 0)
      .attr("y2", region.height)
      .attr("stroke", colour)
      .attr("stroke-dasharray", "3 3");
    region.g
      .append("text")
      .attr("x", at + (at > region.width * 0.7 ? -3 : 3))
      .attr("y", 10 + 13 * (k % 4))
      .attr("text-anchor", at > region.width * 0.7 ? "end" : "start")
      .attr("font-size", 10.5)
      .attr("fill", colour)
      .text(`${compared ? `${"AB"[note.world] ?? ""}: ` : ""}${note.text} (tick ${note.tick})`);
  });
}

/** "impressions per tick at tick 120: A 4,520; B 3,900. likes per tick …" */
function summarise(data: SeriesChartData): string {
  const lastTick = max(data.worlds, (w) => w.series.tick[w.series.tick.length - 1]);
  if (lastTick === undefined) return `${data.title}: no ticks yet.`;
  const parts = data.panels.map((panel) => {
    const values = data.worlds.map((w) => {
      const value = lastFinite(w.series[panel.column]);
      const shown = value === undefined ? "not measured" : count(value);
      return data.worlds.length > 1 ? `${w.label} ${shown}` : shown;
    });
    return `${panel.label}: ${values.join("; ")}`;
  });
  const notes = (data.annotations ?? []).map((note) => `tick ${note.tick}: ${note.text}`);
  return `${data.title}, latest values at tick ${lastTick}. ${parts.join(". ")}.${notes.length > 0 ? ` Marked: ${notes.join("; ")}.` : ""}`;
}

function lastFinite(values: Float64Array): number | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (Number.isFinite(values[i])) return values[i];
  return undefined;
}

/** `<ls-series-chart>`: per-tick columns of one or more worlds as stacked line panels. */
export class LsSeriesChart extends ChartElement<readonly WorldSeries[]> {
  static override properties = {
    ...ChartElement.properties,
    heading: { type: String },
    panels: { attribute: false },
    annotations: { attribute: false },
  };
  /** One entry per world: its per-tick columns; lines overlay in palette order (compare mode). */
  declare data: readonly WorldSeries[] | undefined;
  /** Visible title of the chart. */
  declare heading: string;
  /** Stacked panels (column and y-axis title with unit), top to bottom. */
  declare panels: readonly SeriesPanel[];
  /** Moments to mark (creators quitting, the first viral video). */
  declare annotations: readonly ChartAnnotation[];

  constructor() {
    super();
    this.heading = "";
    this.panels = [];
    this.annotations = [];
  }

  protected override draw(svg: SVGSVGElement, width: number, height?: number): void {
    const data = {
      title: this.heading,
      panels: this.panels,
      worlds: this.data ?? [],
      annotations: this.annotations,
    };
    drawSeriesChart(svg, data, width, height);
  }
}

/** Impressions and likes per tick: how much the platform shows and how much it is liked. */
export const ENGAGEMENT_PANELS: readonly SeriesPanel[] = [
  { column: "impressions", label: "impressions per tick" },
  { column: "likes", label: "likes per tick" },
];

/** Creators still posting and their mean motivation (1 = likes as expected). */
export const CREATOR_PANELS: readonly SeriesPanel[] = [
  { column: "activeCreators", label: "active creators" },
  { column: "meanMotivation", label: "mean motivation" },
];

/** `<ls-engagement-chart>`: impressions and likes per tick over time. */
export class LsEngagementChart extends LsSeriesChart {
  constructor() {
    super();
    this.heading = "Impressions and likes over time";
    this.panels = ENGAGEMENT_PANELS;
  }
}

/** `<ls-creators-chart>`: active creators and their mean motivation over time. */
export class LsCreatorsChart extends LsSeriesChart {
  constructor() {
    super();
    this.heading = "Creators: how many post, how motivated";
    this.panels = CREATOR_PANELS;
  }
}

/** The follow graph's sorting by interest and its community structure, measured every few ticks. */
export const HOMOPHILY_PANELS: readonly SeriesPanel[] = [
  { column: "homophily", label: "homophily (0: ties ignore interests)" },
  { column: "modularity", label: "modularity (communities)" },
];

/** `<ls-homophily-chart>`: how like-minded the follow graph becomes as follows form. */
export class LsHomophilyChart extends LsSeriesChart {
  constructor() {
    super();
    this.heading = "Birds of a feather: the follow graph";
    this.panels = HOMOPHILY_PANELS;
  }
}

customElements.define("ls-series-chart", LsSeriesChart);
customElements.define("ls-homophily-chart", LsHomophilyChart);
customElements.define("ls-engagement-chart", LsEngagementChart);
customElements.define("ls-creators-chart", LsCreatorsChart);
