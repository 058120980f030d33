/** Paints a network scene on a 2D canvas: edges, dots grouped by colour, then the likes. */
import { LIKE_COLOUR, NEUTRAL } from "../palette.js";
import type { NetworkScene } from "./network-scene.js";

/** A 2D context on a page's canvas or, in the painting worker, on an OffscreenCanvas. */
export type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** d3-zoom's transform: screen = k · layout + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export interface PaintFrame {
  /** Canvas size in CSS px. */
  width: number;
  height: number;
  transform: ViewTransform;
  /** How far the last tick's like animation has run: 0 at its start, ≥ 1 when it is over. */
  progress: number;
  /** Likes as a colour change only: a ring on each liker, nothing moving. */
  reducedMotion: boolean;
}

/** Share of the animation spent travelling along the edge; the rest is the flash. */
const TRAVEL = 0.6;
/** Radius of a travelling like's head, px. */
const PULSE_RADIUS = 3.5;

/** The canvas with the scene and its mapping to screen px. */
interface Pen {
  ctx: Canvas2D;
  scene: NetworkScene;
  sx(i: number): number;
  sy(i: number): number;
  /** Factor on every dot radius at the current zoom. */
  zoomRadius: number;
}

/** Factor on every dot radius at zoom k: dots grow slower than the layout, so zooming in separates them. */
export function dotGrowth(k: number): number {
  return Math.min(2.5, Math.max(0.4, k ** 0.75));
}

export function paintNetwork(
  ctx: Canvas2D,
  scene: NetworkScene,
  positions: Float32Array,
  frame: PaintFrame,
): void {
  const { transform: t } = frame;
  const pen: Pen = {
    ctx,
    scene,
    sx: (i) => t.x + t.k * positions[2 * i],
    sy: (i) => t.y + t.k * positions[2 * i + 1],
    zoomRadius: dotGrowth(t.k),
  };
  const { sx, sy, zoomRadius } = pen;
  ctx.globalAlpha = 1;
  ctx.fillStyle = NEUTRAL.background;
  ctx.fillRect(0, 0, frame.width, frame.height);

  ctx.strokeStyle = NEUTRAL.edge;
  ctx.lineWidth = 0.6;
  // Fainter edges the more there are, so that a dense core stays coloured by its dots.
  const edgeAlpha = Math.min(0.3, Math.max(0.06, 600 / Math.max(1, scene.edges.length / 2)));
  ctx.globalAlpha = scene.emphasising ? edgeAlpha / 2 : edgeAlpha;
  ctx.beginPath();
  for (let e = 0; e < scene.edges.length; e += 2) {
    ctx.moveTo(sx(scene.edges[e]), sy(scene.edges[e]));
    ctx.lineTo(sx(scene.edges[e + 1]), sy(scene.edges[e + 1]));
  }
  ctx.stroke();

  const dots = (alpha: number, keep: (i: number) => boolean) => {
    ctx.globalAlpha = alpha;
    for (const [colour, members] of groupByColour(scene, keep)) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      for (const i of members) {
        const r = scene.radius[i] * zoomRadius;
        ctx.moveTo(sx(i) + r, sy(i));
        ctx.arc(sx(i), sy(i), r, 0, 2 * Math.PI);
      }
      ctx.fill();
    }
  };
  if (scene.emphasising) {
    dots(0.2, (i) => scene.emphasised[i] === 0);
    dots(1, (i) => scene.emphasised[i] !== 0);
  } else {
    dots(0.9, () => true);
  }
  paintLikes(pen, frame);
  ctx.globalAlpha = 1;
}

function paintLikes(pen: Pen, frame: PaintFrame): void {
  const { ctx, scene, sx, sy, zoomRadius } = pen;
  const { likeTo, likeFrom } = scene;
  if (frame.reducedMotion) {
    const liked = new Uint8Array(scene.nodeCount);
    for (const i of likeTo) liked[i] = 1;
    ring(pen, (i) => liked[i] === 1, LIKE_COLOUR, 2);
    return;
  }
  const p = frame.progress;
  if (p >= 1) return;
  if (p < TRAVEL) paintPulses(pen, p / TRAVEL);
  ctx.strokeStyle = LIKE_COLOUR;
  ctx.lineWidth = 2;
  for (let e = 0; e < likeTo.length; e++) {
    // A like that travelled flashes on arrival; one that came from outside the drawing at once.
    const start = likeFrom[e] >= 0 ? TRAVEL : 0;
    if (p < start) continue;
    const f = (p - start) / (1 - start);
    const i = likeTo[e];
    ctx.globalAlpha = 1 - f;
    ctx.beginPath();
    ctx.arc(sx(i), sy(i), scene.radius[i] * zoomRadius + 2 + 8 * f, 0, 2 * Math.PI);
    ctx.stroke();
  }
}

/** Each travelling like: a trail along its follow edge and a head where it has got to (f of the way). */
function paintPulses(pen: Pen, f: number): void {
  const { ctx, scene, sx, sy } = pen;
  const { likeTo, likeFrom } = scene;
  const heads: number[] = [];
  ctx.strokeStyle = LIKE_COLOUR;
  ctx.lineWidth = 1.5;
  ctx.globalAlpha = 0.6;
  ctx.beginPath();
  for (let e = 0; e < likeTo.length; e++) {
    if (likeFrom[e] < 0) continue;
    const x = sx(likeFrom[e]) * (1 - f) + sx(likeTo[e]) * f;
    const y = sy(likeFrom[e]) * (1 - f) + sy(likeTo[e]) * f;
    ctx.moveTo(sx(likeFrom[e]), sy(likeFrom[e]));
    ctx.lineTo(x, y);
    heads.push(x, y);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.fillStyle = LIKE_COLOUR;
  ctx.strokeStyle = NEUTRAL.background;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let h = 0; h < heads.length; h += 2) {
    ctx.moveTo(heads[h] + PULSE_RADIUS, heads[h + 1]);
    ctx.arc(heads[h], heads[h + 1], PULSE_RADIUS, 0, 2 * Math.PI);
  }
  ctx.fill();
  ctx.stroke();
}

/** Outlines the kept nodes. */
function ring(pen: Pen, keep: (i: number) => boolean, colour: string, width: number): void {
  const { ctx, scene, sx, sy, zoomRadius } = pen;
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.globalAlpha = 1;
  ctx.beginPath();
  for (let i = 0; i < scene.nodeCount; i++) {
    if (!keep(i)) continue;
    const r = scene.radius[i] * zoomRadius + width;
    ctx.moveTo(sx(i) + r, sy(i));
    ctx.arc(sx(i), sy(i), r, 0, 2 * Math.PI);
  }
  ctx.stroke();
}

/**
 * Node indices by colour, so each colour is one fill call; the commonest colours come first,
 * so that the rarer ones (a few people who liked a race video) are painted on top.
 */
function groupByColour(scene: NetworkScene, keep: (i: number) => boolean): [string, number[]][] {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < scene.nodeCount; i++) {
    if (!keep(i)) continue;
    const members = groups.get(scene.colour[i]);
    if (members) members.push(i);
    else groups.set(scene.colour[i], [i]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}
