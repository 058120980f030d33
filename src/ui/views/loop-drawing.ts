/** The loop diagram as SVG: drawn once for a size, then updated in place each frame. */
import { format, select } from "d3";
import { createFrame, type GroupSelection } from "../charts/frame.js";
import { LIKE_COLOUR, NEUTRAL, OKABE_ITO } from "../palette.js";
import type { LoopRates } from "./loop-rates.js";

const count = format(",.0f");
const percent = format(".1%");
const wholePercent = format(".0%");

interface Stage {
  name: string;
  /** The live value under the name. */
  value(rates: LoopRates, ranker: string): string;
  /** The arrow's verb to the next stage. */
  verb: string;
  /** Which flow sets the width of the arrow that leaves this stage. */
  flow: keyof LoopRates["flow"];
}

const maybe = (value: number | undefined, shown: (v: number) => string) =>
  value === undefined ? "–" : shown(value);

/** The loop, clockwise from the top. */
const STAGES: readonly Stage[] = [
  {
    name: "engagement",
    value: (r) => `${maybe(r.likeRate, percent)} of views liked`,
    verb: "raises",
    flow: "rate",
  },
  {
    name: "ranking score",
    value: (_, ranker) => ranker || "the ranker",
    verb: "decides",
    flow: "focus",
  },
  {
    name: "visibility",
    value: (r) => `top 1% get ${maybe(r.topShareImpressions, wholePercent)} of views`,
    verb: "brings",
    flow: "impressions",
  },
  {
    name: "views",
    value: (r) => `${count(r.impressionsPerTick)} a tick`,
    verb: "turn into",
    flow: "likes",
  },
  {
    name: "likes",
    value: (r) => `${count(r.likesPerTick)} a tick`,
    verb: "count as",
    flow: "likes",
  },
];

/**
 * Stage angles, clockwise from the top, degrees. Not a regular pentagon: the bottom pair sits
 * wider apart (±130° rather than ±144°) so that its boxes and arrow fit on a phone.
 */
const ANGLES = [0, 65, 130, 230, 295];

/** Most dots riding the loop: as many as the likes flow allows, out of this many. */
export const RIDERS = 6;
/** Ticks a rider takes to go once round: riders move with the run, not with the clock. */
export const TICKS_PER_LAP = 40;
/** Arrow widths, px: a flow at its largest so far, and a flow of nothing. */
const WIDEST = 9;
const THINNEST = 1.2;
/** Width of one character of an arrow's verb (11 px italic), for layout without measuring. */
const VERB_CHAR_WIDTH = 5.8;

export interface LoopDiagramData {
  rates: LoopRates | undefined;
  /** The feed ranker in words, shown on the ranking-score stage. */
  ranker: string;
  /** The run's tick (the rates' window ends at it). */
  tick: number;
  /** Riders move (false for readers who ask for reduced motion: widths and numbers remain). */
  motion: boolean;
}

/**
 * Draws the loop: five stages on a ring and arrows between them whose widths follow the flows
 * of the last few ticks, with dots riding round it that move a step each tick (and so stand
 * still while the run is paused). `height` defaults to one set by the width.
 */
export function drawLoopDiagram(
  svg: SVGSVGElement,
  data: LoopDiagramData,
  width: number,
  height = Math.round(Math.min(440, Math.max(340, width * 0.7))),
): void {
  const region = createFrame(svg, {
    width,
    height,
    title: "The feedback loop",
    summary: summarise(data),
    axisFree: true,
  });
  const boxWidth = Math.min(150, Math.max(104, width * 0.34));
  const boxHeight = 40;
  const cx = region.width / 2;
  const cy = region.height / 2;
  // 0.906 = sin 65°: the widest stages sit at ±65° from the top.
  const rx = Math.min(1.5 * cy, (region.width / 2 - 2 - boxWidth / 2) / 0.906);
  const ry = cy - boxHeight / 2 - 4;
  const centres = ANGLES.map((degrees) => {
    const angle = (degrees * Math.PI) / 180;
    return { x: cx + rx * Math.sin(angle), y: cy - ry * Math.cos(angle) };
  });
  const g = region.g;
  const half = { width: boxWidth / 2 + 3, height: boxHeight / 2 + 3 };
  const arrows = centres.map((from, i) =>
    arrowBetween(from, centres[(i + 1) % centres.length], half, { x: cx, y: cy }),
  );
  // On a small ring the verbs would sit on the boxes: the arrows alone carry the loop then.
  const roomy = region.height >= 180 && region.width >= 380;
  arrows.forEach((arrow, i) => {
    drawArrow(g, arrow, roomy ? STAGES[i].verb : "", region.width, i);
  });
  drawRiders(svg, g, arrows);
  centres.forEach((c, i) => {
    const stage = g
      .append("g")
      .attr("class", "stage")
      .attr("transform", `translate(${c.x},${c.y})`);
    stage
      .append("rect")
      .attr("x", -boxWidth / 2)
      .attr("y", -boxHeight / 2)
      .attr("width", boxWidth)
      .attr("height", boxHeight)
      .attr("rx", 8)
      .attr("fill", i === 4 ? "#fdeee6" : "#eef5fb")
      .attr("stroke", i === 4 ? LIKE_COLOUR : OKABE_ITO.blue);
    stage
      .append("text")
      .attr("y", -4)
      .attr("text-anchor", "middle")
      .attr("font-weight", 600)
      .text(STAGES[i].name);
    stage
      .append("text")
      .attr("class", `value-${i}`)
      .attr("y", 13)
      .attr("text-anchor", "middle")
      .attr("fill", NEUTRAL.muted);
  });
  g.append("text")
    .attr("class", "centre")
    .attr("x", cx)
    .attr("y", cy)
    .attr("text-anchor", "middle")
    .attr("font-weight", 600)
    .attr("fill", NEUTRAL.ink);
  g.append("text")
    .attr("class", "centre-note")
    .attr("x", cx)
    .attr("y", cy + 15)
    .attr("text-anchor", "middle")
    .attr("font-size", 11)
    .attr("fill", NEUTRAL.muted);
  updateLoopValues(svg, data);
}

/** Rewrites the live values, the arrows' widths and the riders' places, in place. */
export function updateLoopValues(svg: SVGSVGElement, data: LoopDiagramData): void {
  const root = select(svg);
  const rates = data.rates;
  root.attr("aria-label", summarise(data));
  root.select("desc").text(summarise(data));
  STAGES.forEach((stage, i) => {
    root.select(`.value-${i}`).text(rates ? stage.value(rates, data.ranker) : "waiting for Play");
    const flow = rates ? rates.flow[stage.flow] : 0;
    root
      .select(`.arrow-${i}`)
      .attr("stroke-width", (THINNEST + (WIDEST - THINNEST) * flow).toFixed(2));
  });
  root.select(".centre").text(rates ? `tick ${data.tick}` : `tick ${data.tick}: press Play`);
  root
    .select(".centre-note")
    .text(rates ? `mean of the last ${rates.ticks} tick${rates.ticks === 1 ? "" : "s"}` : "");
  const riders = rates && data.motion ? Math.round(RIDERS * rates.flow.likes) : 0;
  placeRiders(svg, riders, data.tick);
}

type Point = { x: number; y: number };

interface Arrow {
  start: Point;
  control: Point;
  end: Point;
  /** Unit vector pointing away from the diagram's centre at the arrow's middle. */
  out: Point;
}

/** An arrow between two boxes as a quadratic curve bowed away from the centre. */
function arrowBetween(
  from: Point,
  to: Point,
  half: { width: number; height: number },
  centre: Point,
): Arrow {
  const start = boxExit(from, to, half);
  const end = boxExit(to, from, half);
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const norm = Math.hypot(mid.x - centre.x, mid.y - centre.y) || 1;
  const out = { x: (mid.x - centre.x) / norm, y: (mid.y - centre.y) / norm };
  const bow = 0.15 * Math.hypot(end.x - start.x, end.y - start.y);
  return { start, end, out, control: { x: mid.x + out.x * bow, y: mid.y + out.y * bow } };
}

/** The arrow's curve, its head and its verb beside it, kept inside [0, width]. */
function drawArrow(g: GroupSelection, arrow: Arrow, verb: string, width: number, i: number): void {
  const { start, control, end, out } = arrow;
  g.append("path")
    .attr("class", `arrow-${i}`)
    .attr("d", `M${start.x},${start.y}Q${control.x},${control.y} ${end.x},${end.y}`)
    .attr("fill", "none")
    .attr("stroke", "#9ab7cc")
    .attr("stroke-linecap", "round")
    .attr("stroke-width", THINNEST);
  const angle = Math.atan2(end.y - control.y, end.x - control.x);
  const head = (a: number) => `${end.x - 9 * Math.cos(a)},${end.y - 9 * Math.sin(a)}`;
  g.append("path")
    .attr("d", `M${end.x},${end.y}L${head(angle - 0.4)}L${head(angle + 0.4)}Z`)
    .attr("fill", NEUTRAL.muted);
  const anchor = out.x > 0.05 ? "start" : out.x < -0.05 ? "end" : "middle";
  const textWidth = verb.length * VERB_CHAR_WIDTH;
  const x = control.x + out.x * 10;
  g.append("text")
    .attr(
      "x",
      anchor === "end"
        ? Math.max(textWidth, x)
        : anchor === "start"
          ? Math.min(width - textWidth, x)
          : x,
    )
    .attr("y", control.y + out.y * 10 + 4)
    .attr("text-anchor", anchor)
    .attr("font-size", 11)
    .attr("font-style", "italic")
    .attr("fill", NEUTRAL.muted)
    .text(verb);
}

/** Where the segment from a box's centre towards `to` leaves the box. */
function boxExit(from: Point, to: Point, half: { width: number; height: number }): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const t = Math.min(half.width / Math.abs(dx || 1e-9), half.height / Math.abs(dy || 1e-9));
  return { x: from.x + dx * t, y: from.y + dy * t };
}

/** Points along the loop's path with the distance to each from its start, for the riders. */
interface LoopPath {
  xs: Float64Array;
  ys: Float64Array;
  /** Distance along the path to each point; the last is the loop's length. */
  along: Float64Array;
}

/** Points per arrow: smooth enough for a dot to ride, measured once per drawing. */
const PATH_STEPS = 48;

/**
 * The loop as points: each arrow's curve sampled, joined by straight steps under the boxes.
 * Computed here rather than asked of the SVG path (getPointAtLength), which makes the browser
 * lay the page out again on every frame.
 */
function loopPath(arrows: readonly Arrow[]): LoopPath {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const { start: s, control: c, end: e } of arrows) {
    for (let k = 0; k <= PATH_STEPS; k++) {
      const t = k / PATH_STEPS;
      const u = 1 - t;
      xs.push(u * u * s.x + 2 * u * t * c.x + t * t * e.x);
      ys.push(u * u * s.y + 2 * u * t * c.y + t * t * e.y);
    }
  }
  xs.push(xs[0]);
  ys.push(ys[0]);
  const along = new Float64Array(xs.length);
  for (let k = 1; k < xs.length; k++) {
    along[k] = along[k - 1] + Math.hypot(xs[k] - xs[k - 1], ys[k] - ys[k - 1]);
  }
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys), along };
}

/** The point `distance` along the path (0 ≤ distance ≤ its length). */
function pointAlong(path: LoopPath, distance: number): Point {
  const { xs, ys, along } = path;
  let low = 0;
  let high = along.length - 1;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (along[mid] <= distance) low = mid;
    else high = mid;
  }
  const span = along[high] - along[low];
  const f = span > 0 ? (distance - along[low]) / span : 0;
  return { x: xs[low] + f * (xs[high] - xs[low]), y: ys[low] + f * (ys[high] - ys[low]) };
}

const PATHS = new WeakMap<SVGSVGElement, LoopPath>();

/** Like-coloured dots on the loop's path, placed by `placeRiders`; between arrows they pass under the boxes. */
function drawRiders(svg: SVGSVGElement, g: GroupSelection, arrows: readonly Arrow[]): void {
  PATHS.set(svg, loopPath(arrows));
  for (let r = 0; r < RIDERS; r++) {
    g.insert("circle", ".stage")
      .attr("class", "rider")
      .attr("r", 4)
      .attr("fill", LIKE_COLOUR)
      .attr("opacity", 0);
  }
}

/**
 * Puts `shown` riders where tick `tick` has them: evenly spaced, a 1/TICKS_PER_LAP of the way
 * further round each tick, so the loop turns as the run does and stands still when it stops.
 */
function placeRiders(svg: SVGSVGElement, shown: number, tick: number): void {
  const path = PATHS.get(svg);
  const length = path ? path.along[path.along.length - 1] : 0;
  svg.querySelectorAll<SVGCircleElement>(".rider").forEach((rider, r) => {
    if (r >= shown || !path || length === 0) {
      // A hidden rider has no place, so the drawing depends on this tick alone, not on
      // where the rider was when it was last shown.
      rider.setAttribute("opacity", "0");
      rider.removeAttribute("cx");
      rider.removeAttribute("cy");
      return;
    }
    const point = pointAlong(path, ((tick / TICKS_PER_LAP + r / shown) % 1) * length);
    rider.setAttribute("cx", point.x.toFixed(1));
    rider.setAttribute("cy", point.y.toFixed(1));
    rider.setAttribute("opacity", "1");
  });
}

function summarise({ rates, tick }: LoopDiagramData): string {
  if (!rates)
    return `The feedback loop: engagement, ranking score, visibility, views, likes; tick ${tick}, nothing shown yet.`;
  return `The feedback loop at tick ${tick}, over the last ${rates.ticks} ticks: engagement (${maybe(rates.likeRate, percent)} of views liked) raises the ranking score, which decides visibility (the top 1% of videos get ${maybe(rates.topShareImpressions, percent)} of views), which brings views (${count(rates.impressionsPerTick)} a tick), which turn into likes (${count(rates.likesPerTick)} a tick), which count as engagement.`;
}
