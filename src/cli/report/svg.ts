import type { ScaleContinuousNumeric } from "d3-scale";

/** A linear or logarithmic scale, as the axes draw them. */
export type NumericScale = ScaleContinuousNumeric<number, number>;

/**
 * SVG as text, built from d3's scales and path generators without a DOM, so the report
 * is written server-side and opens anywhere without scripts or network.
 */
export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** Coordinates to a tenth of a pixel: smaller files and stable snapshots. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function element(
  name: string,
  attributes: Record<string, string | number>,
  content = "",
): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${typeof value === "number" ? px(value) : escapeXml(value)}"`)
    .join("");
  return content === "" ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

export interface Box {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** An <svg> with a title for screen readers and a plot area shifted by the margins. */
export function svgFrame(box: Box, title: string, content: string): string {
  const { width, height, margin } = box;
  return element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
    },
    element("title", {}, escapeXml(title)) +
      element("g", { transform: `translate(${margin.left},${margin.top})` }, content),
  );
}

/** A horizontal axis at y = `at` with ticks and labels. */
/**
 * Tick labels: d3's own, but plain numbers (`~g`) on a log scale, whose default SI prefixes
 * would print 0.03 as "30m".
 */
function tickLabels(scale: NumericScale, ticks: number) {
  return "base" in scale ? scale.tickFormat(ticks, "~g") : scale.tickFormat(ticks);
}

export function bottomAxis(scale: NumericScale, at: number, label: string, ticks = 5): string {
  const format = tickLabels(scale, ticks);
  const [x0, x1] = scale.range();
  const marks = scale
    .ticks(ticks)
    .map(
      (t) =>
        element("line", { x1: scale(t), x2: scale(t), y1: at, y2: at + 4, stroke: "#888" }) +
        element("text", { x: scale(t), y: at + 15, "text-anchor": "middle" }, escapeXml(format(t))),
    )
    .join("");
  return (
    element("line", { x1: x0, x2: x1, y1: at, y2: at, stroke: "#888" }) +
    marks +
    element(
      "text",
      { x: (x0 + x1) / 2, y: at + 30, "text-anchor": "middle", class: "axis-label" },
      escapeXml(label),
    )
  );
}

/** A vertical axis at x = 0 with ticks and labels. */
export function leftAxis(scale: NumericScale, label: string, ticks = 5): string {
  const format = tickLabels(scale, ticks);
  const [y0, y1] = scale.range();
  const marks = scale
    .ticks(ticks)
    .map(
      (t) =>
        element("line", { x1: -4, x2: 0, y1: scale(t), y2: scale(t), stroke: "#888" }) +
        element("text", { x: -7, y: scale(t) + 4, "text-anchor": "end" }, escapeXml(format(t))),
    )
    .join("");
  return (
    element("line", { x1: 0, x2: 0, y1: y0, y2: y1, stroke: "#888" }) +
    marks +
    element(
      "text",
      {
        transform: `translate(-40,${px((y0 + y1) / 2)}) rotate(-90)`,
        "text-anchor": "middle",
        class: "axis-label",
      },
      escapeXml(label),
    )
  );
}
