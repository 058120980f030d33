/**
 * The frame every chart is drawn in: accessible root, title, legend, margins, axes with labels
 * and an optional note. Charts draw only their marks; everything around the marks lives here.
 */
import { type AxisScale, axisBottom, axisLeft, type Selection, select } from "d3";
import { NEUTRAL } from "../palette.js";

export type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;
export type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

/** A rectangle to draw marks in, in its own coordinates (origin top-left). */
export interface Region {
  g: GroupSelection;
  /** Width in px. */
  width: number;
  /** Height in px. */
  height: number;
}

/** One legend entry: a coloured line (or dot) and its label. */
export interface LegendItem {
  label: string;
  colour: string;
  /** Dashed line, for reference marks such as the line of equality. */
  dashed?: boolean;
  /** Drawn as a dot rather than a line (scatter plots). */
  dot?: boolean;
}

export interface FrameSpec {
  /** Width of the whole chart in px. */
  width: number;
  /** Height of the whole chart in px. */
  height: number;
  /** Visible title. */
  title: string;
  /** One or two sentences that say what the chart shows now: its aria-label. */
  summary: string;
  legend?: readonly LegendItem[];
  /** A line under the plot, e.g. how the data was sampled. */
  note?: string;
  /** No axes: the region takes the whole width and height below the title (diagrams). */
  axisFree?: boolean;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const MARGIN = { top: 6, right: 20, bottom: 42, left: 64 };
const TITLE_HEIGHT = 22;
const LEGEND_ROW = 18;
const NOTE_HEIGHT = 16;
/** Width of one character at 12 px, for layout without text measurement (none in tests). */
const CHAR_WIDTH = 6.6;
const NOTE_CHAR_WIDTH = 6;
const SWATCH = 18;

/** Clears the SVG and draws the frame; returns the region left for the marks. */
export function createFrame(svg: SVGSVGElement, spec: FrameSpec): Region {
  const root = select(svg);
  root.selectAll("*").remove();
  root
    .attr("xmlns", "http://www.w3.org/2000/svg")
    .attr("width", spec.width)
    .attr("height", spec.height)
    .attr("viewBox", `0 0 ${spec.width} ${spec.height}`)
    .attr("role", "img")
    .attr("aria-label", spec.summary)
    .attr("font-family", FONT)
    .attr("font-size", 12)
    .attr("fill", NEUTRAL.ink);
  root.append("title").text(spec.title);
  root.append("desc").text(spec.summary);
  root
    .append("rect")
    .attr("width", spec.width)
    .attr("height", spec.height)
    .attr("fill", NEUTRAL.background);
  root
    .append("text")
    .attr("x", 4)
    .attr("y", 15)
    .attr("font-size", 14)
    .attr("font-weight", 600)
    .text(spec.title);

  const legendRows = drawLegend(root, spec.legend ?? [], spec.width - 8, TITLE_HEIGHT);
  const margin = spec.axisFree ? { top: MARGIN.top, right: 4, bottom: 4, left: 4 } : MARGIN;
  const top = TITLE_HEIGHT + legendRows * LEGEND_ROW + margin.top;
  const noteLines = spec.note
    ? wrap(spec.note, Math.floor((spec.width - 8) / NOTE_CHAR_WIDTH))
    : [];
  const bottom = margin.bottom + noteLines.length * NOTE_HEIGHT;
  noteLines.forEach((line, i) => {
    root
      .append("text")
      .attr("x", 4)
      .attr("y", spec.height - 4 - (noteLines.length - 1 - i) * NOTE_HEIGHT)
      .attr("font-size", 11)
      .attr("fill", NEUTRAL.muted)
      .text(line);
  });
  const g = root.append("g").attr("transform", `translate(${margin.left},${top})`);
  return {
    g,
    width: Math.max(10, spec.width - margin.left - margin.right),
    height: Math.max(10, spec.height - top - bottom),
  };
}

/** Breaks text at spaces into lines of at most maxChars characters (longer words stay whole). */
function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays legend items left to right, wrapping at maxWidth; returns the number of rows. */
function drawLegend(
  root: SvgSelection,
  items: readonly LegendItem[],
  maxWidth: number,
  top: number,
): number {
  if (items.length === 0) return 0;
  const legend = root.append("g").attr("font-size", 12);
  let x = 4;
  let row = 0;
  for (const item of items) {
    const itemWidth = SWATCH + 6 + item.label.length * CHAR_WIDTH + 14;
    if (x > 4 && x + itemWidth > maxWidth) {
      x = 4;
      row += 1;
    }
    const y = top + row * LEGEND_ROW + LEGEND_ROW / 2;
    if (item.dot) {
      legend
        .append("circle")
        .attr("cx", x + SWATCH / 2)
        .attr("cy", y)
        .attr("r", 4)
        .attr("fill", item.colour);
    } else {
      legend
        .append("line")
        .attr("x1", x)
        .attr("x2", x + SWATCH)
        .attr("y1", y)
        .attr("y2", y)
        .attr("stroke", item.colour)
        .attr("stroke-width", 2.5)
        .attr("stroke-dasharray", item.dashed ? "4 3" : null);
    }
    legend
      .append("text")
      .attr("x", x + SWATCH + 6)
      .attr("y", y + 4)
      .text(item.label);
    x += itemWidth;
  }
  return row + 1;
}

/** Splits a region into n rows separated by gap px (stacked panels sharing an x axis). */
export function splitRows(region: Region, n: number, gap: number): Region[] {
  const height = (region.height - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({
    g: region.g.append("g").attr("transform", `translate(0,${i * (height + gap)})`),
    width: region.width,
    height,
  }));
}

export interface AxisSpec {
  scale: AxisScale<number>;
  /** Axis title, with its unit. */
  label: string;
  /** Approximate number of ticks (default: from the axis length). */
  ticks?: number;
  /** Tick label format (default: the scale's own, SI-abbreviated). */
  format?: (value: number) => string;
  /** Omit the tick labels and title (a panel above another that carries them). */
  bare?: boolean;
}

/** Draws the x axis at the bottom and the y axis at the left of the region, with grid lines. */
export function drawAxes(region: Region, x: AxisSpec, y: AxisSpec): void {
  const { g, width, height } = region;
  const xTicks = x.ticks ?? Math.max(2, Math.floor(width / 80));
  const yTicks = y.ticks ?? Math.max(2, Math.floor(height / 40));
  const xAxis = axisBottom(x.scale).ticks(xTicks).tickFormat(tickFormat(x, xTicks));
  const yAxis = axisLeft(y.scale).ticks(yTicks).tickFormat(tickFormat(y, yTicks));
  const xDecades = decades(x.scale);
  const yDecades = decades(y.scale);
  if (xDecades) xAxis.tickValues(xDecades);
  if (yDecades) yAxis.tickValues(yDecades);
  yAxis.tickSizeInner(-width).tickPadding(6);
  const yGroup = g.append("g").attr("color", NEUTRAL.muted).call(yAxis);
  yGroup.selectAll(".tick line").attr("stroke", NEUTRAL.grid);
  yGroup.select(".domain").remove();
  const xGroup = g
    .append("g")
    .attr("transform", `translate(0,${height})`)
    .attr("color", NEUTRAL.muted)
    .call(xAxis);
  for (const axisGroup of [xGroup, yGroup]) {
    axisGroup.attr("font-family", null).attr("font-size", 11);
  }
  if (x.bare) xGroup.selectAll(".tick text").remove();
  else
    g.append("text")
      .attr("x", width / 2)
      .attr("y", height + 34)
      .attr("text-anchor", "middle")
      .text(x.label);
  g.append("text")
    .attr("transform", `translate(${-50},${height / 2}) rotate(-90)`)
    .attr("text-anchor", "middle")
    .text(y.label);
}

type FormattableScale = AxisScale<number> & {
  domain(): number[];
  base?: () => number;
  tickFormat?: (count: number, specifier?: string) => (value: number) => string;
};

function tickFormat(axis: AxisSpec, count: number): (value: number) => string {
  if (axis.format) return axis.format;
  const scale = axis.scale as FormattableScale;
  if (!scale.tickFormat) return String;
  // SI prefixes read well for large counts (12k, 3M) but not for fractions (100m for 0.1).
  const large = Math.max(...scale.domain().map(Math.abs)) >= 10_000;
  if (large) return scale.tickFormat(count, "~s");
  return scale.base ? scale.tickFormat(count, "~g") : scale.tickFormat(count);
}

/**
 * On a log axis spanning two decades or more, ticks (and grid lines) at powers of ten only:
 * d3's default adds 2…9 of every decade, a comb of grid lines. Null keeps d3's ticks.
 */
function decades(axisScale: AxisScale<number>): number[] | null {
  const scale = axisScale as FormattableScale;
  if (!scale.base) return null;
  const [low, high] = scale.domain();
  const first = Math.ceil(Math.log10(Math.min(low, high)) - 1e-9);
  const last = Math.floor(Math.log10(Math.max(low, high)) + 1e-9);
  if (last - first < 2) return null;
  return Array.from({ length: last - first + 1 }, (_, k) => 10 ** (first + k));
}

/** Height of a chart of the given width: a fixed aspect, kept readable on phones and desktops. */
export function chartHeight(width: number, aspect = 0.62, min = 240, max = 380): number {
  return Math.round(Math.min(max, Math.max(min, width * aspect)));
}

/** Draws a centred message in place of marks (no data yet). */
export function drawEmpty(region: Region, message: string): void {
  region.g
    .append("text")
    .attr("x", region.width / 2)
    .attr("y", region.height / 2)
    .attr("text-anchor", "middle")
    .attr("fill", NEUTRAL.muted)
    .text(message);
}
