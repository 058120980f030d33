import { select, type ZoomBehavior, zoom, zoomIdentity } from "d3";
import { css, html, LitElement, nothing, type PropertyValues } from "lit";
import type { Snapshot } from "../../engine/types.js";
import { LIKE_COLOUR, topicColour } from "../palette.js";
import { describeSample, type GraphSample, sampledEdges, sampleUsers } from "./graph-sample.js";
import { createWorkerLayout, type LayoutFunction } from "./layout-client.js";
import { paintNetwork, type ViewTransform } from "./network-paint.js";
import {
  buildScene,
  type NetworkScene,
  type NodeColour,
  type NodeSize,
  type UserSelection,
} from "./network-scene.js";
import { prefersReducedMotion } from "./reduced-motion.js";

/** Colour by main interest, the default. */
export const colourByTopic: NodeColour = (user, snapshot) =>
  topicColour(snapshot.users.mainTopic[user]);
/** Area by follower count, the default. */
export const sizeByFollowers: NodeSize = (user, snapshot) => snapshot.users.followers[user];

function canvasHeight(width: number): number {
  return Math.round(Math.min(620, Math.max(300, width * 0.75)));
}

/** Longest like animation, ms; shorter when snapshots come faster, so that each one finishes. */
const LIKE_ANIMATION_MS = 900;
const KEY_ZOOM = 1.4;
const KEY_PAN = 40;

/**
 * `<ls-network-view>`: the follow graph on a canvas, zoomable and pannable, with each tick's
 * likes travelling along follow edges. Large graphs are sampled (the caption says how).
 */
export class LsNetworkView extends LitElement {
  static override properties = {
    snapshot: { attribute: false },
    emphasis: { attribute: false },
    emphasisLabel: { type: String, attribute: "emphasis-label" },
    maxNodes: { type: Number, attribute: "max-nodes" },
    layoutSeed: { type: Number, attribute: "layout-seed" },
    colour: { attribute: false },
    size: { attribute: false },
    layout: { attribute: false },
    status: { state: true },
  };
  /** The world to draw; ask for it with `snapshot({ graph: true })` to get follow edges. */
  declare snapshot: Snapshot | undefined;
  /** Users to highlight (e.g. who liked the followed video); all others are dimmed. */
  declare emphasis: UserSelection | undefined;
  /** What the highlight means, for the caption, e.g. "liked video 812". */
  declare emphasisLabel: string;
  /**
   * Most users drawn (default 2,000; fewer on a small screen); past it, the most followed and
   * the follows among them.
   */
  declare maxNodes: number;
  /** Seed of the layout's random source, so the same graph gets the same picture (default 1). */
  declare layoutSeed: number;
  /** Colour of a user's dot (default: its main interest, from the shared palette). */
  declare colour: NodeColour;
  /** The quantity a user's dot area shows (default: its follower count). */
  declare size: NodeSize;
  /** Computes node positions off the main thread (default: d3-force in a worker). */
  declare layout: LayoutFunction | undefined;
  declare private status: string;

  static override styles = css`
    :host { display: block; min-width: 0; }
    canvas { display: block; width: 100%; border-radius: 6px; background: #fff; touch-action: none; cursor: grab; }
    canvas:focus-visible { outline: 3px solid #0072b2; outline-offset: 2px; }
    p { margin: 0.4rem 0 0; font-size: 0.85rem; color: #404040; }
    ul { display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; list-style: none; margin: 0.3rem 0 0; padding: 0; font-size: 0.8rem; }
    li::before { content: ""; display: inline-block; width: 0.7em; height: 0.7em; border-radius: 50%; margin-right: 0.3em; background: var(--swatch); }
    .like::before { background: none; border: 2px solid var(--swatch); }
  `;

  private sample: GraphSample | undefined;
  private edges: Int32Array = new Int32Array(0);
  private positions: Float32Array | undefined;
  private scene: NetworkScene | undefined;
  private layoutGeneration = 0;
  private lastTick = -1;
  private transform: ViewTransform = zoomIdentity;
  private readonly zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<
    HTMLCanvasElement,
    unknown
  >()
    .scaleExtent([0.1, 40])
    .on("zoom", (event: { transform: ViewTransform }) => {
      this.transform = event.transform;
      this.paint();
    });
  private size2d = { width: 0, height: 0 };
  private resizeObserver: ResizeObserver | undefined;
  private workerLayout: ReturnType<typeof createWorkerLayout> | undefined;
  private animationStart = 0;
  private animationMs = LIKE_ANIMATION_MS;
  private lastSnapshotAt = 0;
  private frame = 0;

  constructor() {
    super();
    this.emphasisLabel = "";
    this.maxNodes = 2000;
    this.layoutSeed = 1;
    this.colour = colourByTopic;
    this.size = sizeByFollowers;
    this.status = "";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === "undefined") return;
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0].contentRect.width);
      if (width > 0 && width !== this.size2d.width) this.resize(width);
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.workerLayout?.terminate();
    this.workerLayout = undefined;
    cancelAnimationFrame(this.frame);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    const restarted = snapshot.tick < this.lastTick;
    if (
      !this.sample ||
      restarted ||
      changed.has("maxNodes") ||
      changed.has("layoutSeed") ||
      this.sample.total !== snapshot.users.count ||
      this.sample.nodes.length !== Math.min(this.nodeBudget(), snapshot.users.count)
    ) {
      this.sample = sampleUsers(snapshot.users.followers, this.nodeBudget());
      this.edges = snapshot.graph ? sampledEdges(snapshot.graph, this.sample) : new Int32Array(0);
      this.requestLayout(this.sample);
    } else if (changed.has("snapshot") && snapshot.graph) {
      this.edges = sampledEdges(snapshot.graph, this.sample);
    }
    this.scene = buildScene(snapshot, this.sample, this.edges, {
      colour: this.colour,
      size: this.size,
      emphasis: this.emphasis,
    });
    if (changed.has("snapshot") && snapshot.tick !== this.lastTick) this.startLikeAnimation();
    this.lastTick = snapshot.tick;
  }

  override render() {
    const scene = this.scene;
    const likes = scene ? scene.likeTo.length : 0;
    const caption = this.sample ? describeSample(this.sample) : "waiting for the first snapshot";
    const highlight =
      this.emphasis && this.emphasisLabel ? `; highlighted: users who ${this.emphasisLabel}` : "";
    const label = `Follow network, ${caption}${highlight}. ${likes} likes among them in the last tick.`;
    return html`
      <canvas tabindex="0" role="img" aria-label=${label} @keydown=${this.onKey}></canvas>
      <p>${this.status || caption}${highlight}. Colour: main interest; size: followers.
        Drag or use arrow keys to pan; scroll, pinch or +/− to zoom; 0 to reset.</p>
      <ul aria-label="legend">${this.topicLegend()}
        <li class="like" style="--swatch:${LIKE_COLOUR}">liked in the last tick (${likes})</li>
      </ul>
    `;
  }

  protected override firstUpdated(): void {
    select(this.canvas).call(this.zoomBehaviour);
    this.resize(this.size2d.width || this.clientWidth || 640);
  }

  protected override updated(): void {
    this.paint();
  }

  private get canvas(): HTMLCanvasElement {
    return this.renderRoot.querySelector("canvas") as HTMLCanvasElement;
  }

  private topicLegend() {
    if (this.colour !== colourByTopic || !this.snapshot) return nothing;
    let topics = 0;
    for (const t of this.snapshot.users.mainTopic) topics = Math.max(topics, t + 1);
    return Array.from(
      { length: Math.min(topics, 8) },
      (_, t) =>
        html`<li style="--swatch:${topicColour(t)}">topic ${t + 1}${topics > 8 ? ` (and ${t + 9}…)` : ""}</li>`,
    );
  }

  /**
   * Users drawn: maxNodes, or fewer on a small canvas, about one per 200 px² (in steps of 250,
   * so that small resizes do not ask for a new layout). A phone shows ~500, a desktop 2,000.
   */
  private nodeBudget(): number {
    const width = this.size2d.width || this.clientWidth;
    if (!width) return this.maxNodes;
    const area = width * canvasHeight(width);
    return Math.min(this.maxNodes, Math.max(250, Math.round(area / 200 / 250) * 250));
  }

  private resize(width: number): void {
    const budget = this.nodeBudget();
    const height = canvasHeight(width);
    this.size2d = { width, height };
    if (this.nodeBudget() !== budget) this.requestUpdate();
    const canvas = this.renderRoot.querySelector("canvas");
    if (!canvas) return;
    const ratio = globalThis.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.height = `${height}px`;
    this.fitView();
  }

  private requestLayout(sample: GraphSample): void {
    const generation = ++this.layoutGeneration;
    this.positions = undefined;
    this.status = `laying out ${sample.nodes.length.toLocaleString("en-US")} users…`;
    if (!this.layout) this.workerLayout ??= createWorkerLayout();
    const layout = this.layout ?? this.workerLayout!.layout;
    layout({ nodeCount: sample.nodes.length, edges: this.edges, seed: this.layoutSeed })
      .then((positions) => {
        if (generation !== this.layoutGeneration) return;
        this.positions = positions;
        this.status = "";
        this.fitView();
      })
      .catch((error: unknown) => {
        if (generation === this.layoutGeneration) this.status = `layout failed: ${String(error)}`;
      });
  }

  /** Zooms so that the whole layout fits the canvas with a margin. */
  private fitView(): void {
    const positions = this.positions;
    const canvas = this.renderRoot.querySelector("canvas");
    if (!positions || !canvas || positions.length === 0) return;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < positions.length; i += 2) {
      x0 = Math.min(x0, positions[i]);
      x1 = Math.max(x1, positions[i]);
      y0 = Math.min(y0, positions[i + 1]);
      y1 = Math.max(y1, positions[i + 1]);
    }
    const { width, height } = this.size2d;
    const k = 0.92 * Math.min(width / Math.max(1, x1 - x0), height / Math.max(1, y1 - y0));
    const fit = zoomIdentity
      .translate(width / 2, height / 2)
      .scale(k)
      .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    select(canvas).call(this.zoomBehaviour.transform, fit);
  }

  private onKey(event: KeyboardEvent): void {
    const target = select(this.canvas);
    const moves: Record<string, () => void> = {
      "+": () => this.zoomBehaviour.scaleBy(target, KEY_ZOOM),
      "=": () => this.zoomBehaviour.scaleBy(target, KEY_ZOOM),
      "-": () => this.zoomBehaviour.scaleBy(target, 1 / KEY_ZOOM),
      ArrowLeft: () => this.zoomBehaviour.translateBy(target, KEY_PAN / this.transform.k, 0),
      ArrowRight: () => this.zoomBehaviour.translateBy(target, -KEY_PAN / this.transform.k, 0),
      ArrowUp: () => this.zoomBehaviour.translateBy(target, 0, KEY_PAN / this.transform.k),
      ArrowDown: () => this.zoomBehaviour.translateBy(target, 0, -KEY_PAN / this.transform.k),
      "0": () => this.fitView(),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  }

  private startLikeAnimation(): void {
    const now = performance.now();
    if (this.lastSnapshotAt > 0) {
      this.animationMs = Math.max(
        250,
        Math.min(LIKE_ANIMATION_MS, 0.9 * (now - this.lastSnapshotAt)),
      );
    }
    this.lastSnapshotAt = now;
    this.animationStart = now;
    cancelAnimationFrame(this.frame);
    if (prefersReducedMotion() || !this.scene?.likeTo.length) return;
    const step = () => {
      this.paint();
      if (performance.now() - this.animationStart < this.animationMs) {
        this.frame = requestAnimationFrame(step);
      }
    };
    this.frame = requestAnimationFrame(step);
  }

  private paint(): void {
    const canvas = this.renderRoot.querySelector("canvas");
    const ctx = canvas?.getContext("2d");
    if (!ctx || !this.scene || !this.positions) return;
    const ratio = canvas!.width / Math.max(1, this.size2d.width);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    paintNetwork(ctx, this.scene, this.positions, {
      ...this.size2d,
      transform: this.transform,
      progress: (performance.now() - this.animationStart) / this.animationMs,
      reducedMotion: prefersReducedMotion(),
    });
  }
}

customElements.define("ls-network-view", LsNetworkView);
