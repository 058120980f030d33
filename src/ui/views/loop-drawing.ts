/** The loop diagram as SVG: a pure function of the rates and the width, and an in-place update. */
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
}

/** The loop, clockwise from the top. */
const STAGES: readonly Stage[] = [
  { name: "engagement", value: (r) => `${percent(r.likeRate)} like rate`, verb: "raises" },
  { name: "ranking score", value: (_, ranker) => ranker || "the ranker", verb: "decides" },
  {
    name: "visibility",
    value: (r) => `top 1% get ${wholePercent(r.topShareImpressions)}`,
    verb: "brings",
  },
  {
    name: "impressions",
    value: (r) => `${count(r.impressionsPerTick)} per tick`,
    verb: "turn into",
  },
  { name: "likes", value: (r) => `${count(r.likesPerTick)} per tick`, verb: "count as" },
];

/**
 * Stage angles, clockwise from the top, degrees. Not a regular pentagon: the bottom pair sits
 * wider apart (±130° rather than ±144°) so that its boxes and arrow fit on a phone.
 */
const ANGLES = [0, 65, 130, 230, 295];

/** Dots that ride around the loop, so that the eye follows it. */
const RIDERS = 4;
const LOOP_SECONDS = 8;
/** Width of one character of an arrow's verb (11 px italic), for layout without measuring. */
const VERB_CHAR_WIDTH = 5.8;

export interface LoopDiagramData {
  rates: LoopRates | undefined;
  /** Name of the feed ranker, shown on the ranking-score stage. */
  ranker: string;
}

/** Draws the loop: five stages on a ring, arrows between them, riders when motion is allowed. */
export function drawLoopDiagram(
  svg: SVGSVGElement,
  data: LoopDiagramData,
  width: number,
  motion: boolean,
): void {
  const height = Math.round(Math.min(440, Math.max(340, width * 0.7)));
  const region = createFrame(svg, {
    width,
    height,
    title: "The feedback loop",
    summary: summarise(data),
    axisFree: true,
  });
  const boxWidth = Math.min(150, Math.max(112, width * 0.34));
  const boxHeight = 42;
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
  arrows.forEach((arrow, i) => {
    drawArrow(g, arrow, STAGES[i].verb, region.width);
  });
  if (motion) drawRiders(g, arrows);
  centres.forEach((c, i) => {
    const stage = g.append("g").attr("transform", `translate(${c.x},${c.y})`);
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
    .attr("y", cy + 4)
    .attr("text-anchor", "middle")
    .attr("fill", NEUTRAL.muted);
  updateLoopValues(svg, data);
}

/** Rewrites the live values only, so that the riders keep moving between ticks. */
export function updateLoopValues(svg: SVGSVGElement, data: LoopDiagramData): void {
  const root = select(svg);
  root.attr("aria-label", summarise(data));
  root.select("desc").text(summarise(data));
  STAGES.forEach((stage, i) => {
    root.select(`.value-${i}`).text(data.rates ? stage.value(data.rates, data.ranker) : "…");
  });
  root.select(".centre").text(data.rates ? `tick ${data.rates.tick}` : "not started");
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
function drawArrow(g: GroupSelection, arrow: Arrow, verb: string, width: number): void {
  const { start, control, end, out } = arrow;
  g.append("path")
    .attr("d", `M${start.x},${start.y}Q${control.x},${control.y} ${end.x},${end.y}`)
    .attr("fill", "none")
    .attr("stroke", NEUTRAL.muted)
    .attr("stroke-width", 1.6);
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

/**
 * Like-coloured dots that ride the arrows round the loop (SMIL, so no script timer); between
 * arrows they pass under the stage boxes, which are drawn on top.
 */
function drawRiders(g: GroupSelection, arrows: readonly Arrow[]): void {
  const loop = `${arrows
    .map(({ start: s, control: c, end: e }) => `${s.x},${s.y}Q${c.x},${c.y} ${e.x},${e.y}`)
    .map((segment, i) => (i === 0 ? `M${segment}` : `L${segment}`))
    .join("")}Z`;
  for (let r = 0; r < RIDERS; r++) {
    // Spaced along the loop by key points rather than by negative begin times, which browsers
    // clamp to 0 for elements added after the SVG's timeline started (all riders would overlap).
    const offset = r / RIDERS;
    const turn = 1 - offset;
    g.append("circle")
      .attr("r", 4)
      .attr("fill", LIKE_COLOUR)
      .append("animateMotion")
      .attr("dur", `${LOOP_SECONDS}s`)
      .attr("repeatCount", "indefinite")
      .attr("calcMode", "linear")
      .attr("keyPoints", r === 0 ? "0;1" : `${offset};1;0;${offset}`)
      .attr("keyTimes", r === 0 ? "0;1" : `0;${turn};${turn};1`)
      .attr("path", loop);
  }
}

function summarise({ rates }: LoopDiagramData): string {
  if (!rates)
    return "The feedback loop: engagement, ranking score, visibility, impressions, likes; not started.";
  return `The feedback loop at tick ${rates.tick}: engagement (like rate ${percent(rates.likeRate)}) raises the ranking score, which decides visibility (the top 1% of videos get ${percent(rates.topShareImpressions)} of impressions), which brings impressions (${count(rates.impressionsPerTick)} per tick), which turn into likes (${count(rates.likesPerTick)} per tick), which count as engagement.`;
}
