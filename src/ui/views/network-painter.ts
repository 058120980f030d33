/**
 * The network view's painter, which runs in its own worker on an OffscreenCanvas: it lays the
 * drawn users out, keeps the latest frame, and paints, so that none of it costs the page's
 * main thread. The worker file is a shell that hands it messages; tests drive it directly.
 */
import type { NetworkFrame, NetworkTopology } from "../../engine-host/network-watch.js";
import { type LayoutRun, startLayout } from "./force-layout.js";
import { type Canvas2D, dotGrowth, paintNetwork, type ViewTransform } from "./network-paint.js";
import { buildScene, type ColourBy, type NetworkScene } from "./network-scene.js";

/** What the page tells the painter. */
export type PainterMessage =
  | { kind: "canvas"; canvas: OffscreenCanvas; seed: number }
  | { kind: "size"; width: number; height: number; ratio: number }
  | { kind: "transform"; transform: ViewTransform }
  | { kind: "fit" }
  | { kind: "style"; colourBy: ColourBy; reducedMotion: boolean }
  | { kind: "frame"; frame: NetworkFrame }
  | { kind: "pick"; id: number; x: number; y: number };

/** What the painter tells the page. */
export type PainterReply =
  | { kind: "status"; text: string }
  | { kind: "fit"; transform: ViewTransform }
  | { kind: "picked"; id: number; user: number | null };

/** Longest like animation, ms; shorter when frames come faster, so that each one finishes. */
const LIKE_ANIMATION_MS = 900;
/** Layout ticks between paints while the layout settles. */
const LAYOUT_CHUNK = 10;
/** How far from a dot's centre a click still picks it, px beyond its radius. */
const PICK_SLACK = 4;

export interface PainterClock {
  now(): number;
  /** Runs `callback` at the next display frame (requestAnimationFrame in a worker). */
  nextFrame(callback: () => void): void;
  /** Runs `callback` soon, after pending messages. */
  later(callback: () => void): void;
}

export class NetworkPainter {
  private ctx: Canvas2D | undefined;
  private size = { width: 0, height: 0, ratio: 1 };
  private transform: ViewTransform = { x: 0, y: 0, k: 1 };
  private style: { colourBy: ColourBy; reducedMotion: boolean } = {
    colourBy: "liked",
    reducedMotion: false,
  };
  private seed = 1;
  private topology: NetworkTopology | undefined;
  private edges: Int32Array = new Int32Array(0);
  private frame: NetworkFrame | undefined;
  private scene: NetworkScene | undefined;
  private positions: Float32Array | undefined;
  private layout: LayoutRun | undefined;
  private generation = 0;
  private animationStart = Number.NEGATIVE_INFINITY;
  private animationMs = LIKE_ANIMATION_MS;
  private lastFrameAt = 0;
  private animating = false;

  constructor(
    private readonly reply: (message: PainterReply) => void,
    private readonly clock: PainterClock,
  ) {}

  handle(message: PainterMessage): void {
    switch (message.kind) {
      case "canvas":
        this.ctx = message.canvas.getContext("2d") ?? undefined;
        this.seed = message.seed;
        break;
      case "size":
        this.size = { width: message.width, height: message.height, ratio: message.ratio };
        if (this.ctx) {
          this.ctx.canvas.width = Math.round(message.width * message.ratio);
          this.ctx.canvas.height = Math.round(message.height * message.ratio);
        }
        if (this.positions) this.fit();
        break;
      case "transform":
        this.transform = message.transform;
        break;
      case "fit":
        this.fit();
        break;
      case "style":
        this.style = { colourBy: message.colourBy, reducedMotion: message.reducedMotion };
        this.rebuild();
        break;
      case "frame":
        this.take(message.frame);
        break;
      case "pick":
        this.reply({ kind: "picked", id: message.id, user: this.userAt(message.x, message.y) });
        return;
    }
    this.paint();
  }

  private take(frame: NetworkFrame): void {
    if (frame.topology) {
      this.topology = frame.topology;
      this.edges = frame.edges ?? new Int32Array(0);
      this.startLayout();
    } else if (frame.edges) {
      this.edges = frame.edges;
    }
    this.frame = frame;
    this.rebuild();
    this.startLikeAnimation();
  }

  private rebuild(): void {
    if (!this.topology || !this.frame) return;
    this.scene = buildScene(this.topology.topic, this.edges, this.frame, this.style.colourBy);
  }

  private startLayout(): void {
    const topology = this.topology!;
    const generation = ++this.generation;
    this.positions = undefined;
    this.layout = startLayout({
      nodeCount: topology.users.length,
      edges: this.edges,
      seed: this.seed,
    });
    this.reply({
      kind: "status",
      text: `laying out ${topology.users.length.toLocaleString("en-US")} users…`,
    });
    const chunk = () => {
      if (generation !== this.generation || !this.layout) return;
      const done = this.layout.step(LAYOUT_CHUNK);
      const first = this.positions === undefined;
      this.positions = this.layout.positions();
      if (first || done) this.fit();
      this.paint();
      if (done) {
        this.layout = undefined;
        this.reply({ kind: "status", text: "" });
      } else {
        this.clock.later(chunk);
      }
    };
    this.clock.later(chunk);
  }

  /**
   * Zooms so that the layout fits the canvas with a margin, and tells the page. The frame holds
   * all but the outermost 1% of dots on each side: a few isolated people far out would
   * otherwise shrink everyone else to a speck.
   */
  private fit(): void {
    const positions = this.positions;
    if (!positions || positions.length === 0) return;
    const n = positions.length / 2;
    const xs = Float32Array.from({ length: n }, (_, i) => positions[2 * i]).sort();
    const ys = Float32Array.from({ length: n }, (_, i) => positions[2 * i + 1]).sort();
    const cut = Math.floor(n * 0.01);
    const [x0, x1] = [xs[cut], xs[n - 1 - cut]];
    const [y0, y1] = [ys[cut], ys[n - 1 - cut]];
    const { width, height } = this.size;
    const k = 0.9 * Math.min(width / Math.max(1, x1 - x0), height / Math.max(1, y1 - y0));
    this.transform = { x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2, k };
    this.reply({ kind: "fit", transform: this.transform });
  }

  private startLikeAnimation(): void {
    const now = this.clock.now();
    if (this.lastFrameAt > 0) {
      this.animationMs = Math.max(250, Math.min(LIKE_ANIMATION_MS, 0.9 * (now - this.lastFrameAt)));
    }
    this.lastFrameAt = now;
    this.animationStart = now;
    if (this.animating || this.style.reducedMotion || !this.scene?.likeTo.length) return;
    this.animating = true;
    const step = () => {
      this.paint();
      if (this.clock.now() - this.animationStart < this.animationMs) this.clock.nextFrame(step);
      else this.animating = false;
    };
    this.clock.nextFrame(step);
  }

  private paint(): void {
    const ctx = this.ctx;
    if (!ctx || !this.scene || !this.positions || this.size.width === 0) return;
    const { ratio } = this.size;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    paintNetwork(ctx, this.scene, this.positions, {
      width: this.size.width,
      height: this.size.height,
      transform: this.transform,
      progress: (this.clock.now() - this.animationStart) / this.animationMs,
      reducedMotion: this.style.reducedMotion,
    });
  }

  /** The user whose dot is under (x, y) in canvas px, the nearest if several, or null. */
  private userAt(x: number, y: number): number | null {
    const { positions, scene, topology } = this;
    if (!positions || !scene || !topology) return null;
    const t = this.transform;
    const grow = dotGrowth(t.k);
    let best = -1;
    let bestDistance = Infinity;
    for (let i = 0; i < scene.nodeCount; i++) {
      const dx = t.x + t.k * positions[2 * i] - x;
      const dy = t.y + t.k * positions[2 * i + 1] - y;
      const distance = Math.hypot(dx, dy);
      if (distance <= scene.radius[i] * grow + PICK_SLACK && distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best >= 0 ? topology.users[best] : null;
  }
}
