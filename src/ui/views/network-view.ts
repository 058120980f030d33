import { select, type ZoomBehavior, zoom, zoomIdentity } from "d3";
import { css, html, LitElement, nothing, type PropertyValues } from "lit";
import type { NetworkFrame } from "../../engine-host/network-watch.js";
import { buffersOf } from "../../engine-host/transferables.js";
import { emit } from "../controls/control-styles.js";
import { networkCaption, networkLegend } from "./network-caption.js";
import type { ViewTransform } from "./network-paint.js";
import type { PainterMessage, PainterReply } from "./network-painter.js";
import type { ColourBy } from "./network-scene.js";
import { prefersReducedMotion } from "./reduced-motion.js";

const KEY_ZOOM = 1.4;
const KEY_PAN = 40;

function canvasHeight(width: number): number {
  return Math.round(Math.min(620, Math.max(300, width * 0.75)));
}

/** What the caption says of the latest frame (read before its arrays go to the painter). */
export interface NetworkFacts {
  drawn: number;
  total: number;
  likers: number;
  raceLikers: number;
  leaderLikers: number;
  spotlightLikers: number;
  spotlighting: boolean;
  likesShown: number;
}

/**
 * `<ls-network-view>`: the follow graph on a canvas, zoomable and pannable, with each tick's
 * likes travelling along follow edges. The canvas belongs to a worker (OffscreenCanvas) that
 * lays the graph out and paints it; this element only passes it frames, sizes and gestures,
 * so drawing thousands of people costs the page's main thread nothing per frame.
 * Events: `network-watch` {nodes, fresh} asks the run for data for that many users;
 * `user-pick` {user} reports a click on a person.
 */
export class LsNetworkView extends LitElement {
  static override properties = {
    frame: { attribute: false },
    layoutSeed: { type: Number, attribute: "layout-seed" },
    colourBy: { type: String, attribute: "colour-by" },
    height: { type: Number },
    maxNodes: { type: Number, attribute: "max-nodes" },
    status: { state: true },
    facts: { state: true },
  };
  /** The run's latest network data; its arrays are transferred to the painter. */
  declare frame: NetworkFrame | undefined;
  /** Seed of the layout's random source, so the same graph gets the same picture (default 1). */
  declare layoutSeed: number;
  declare colourBy: ColourBy;
  /** Canvas height in px; 0: from its width. */
  declare height: number;
  /** Most users drawn (default 2,000; fewer on a small canvas). */
  declare maxNodes: number;
  declare private status: string;
  declare private facts: NetworkFacts | undefined;

  static override styles = css`
    :host { display: block; min-width: 0; contain: content; }
    canvas { display: block; width: 100%; border-radius: 6px; background: #fff; touch-action: none; cursor: grab; }
    canvas:focus-visible { outline: 3px solid #0072b2; outline-offset: 2px; }
    p { margin: 0.3rem 0 0; font-size: 0.8rem; color: #404040; }
    ul { display: flex; flex-wrap: wrap; gap: 0.1rem 0.7rem; list-style: none; margin: 0.2rem 0 0; padding: 0; font-size: 0.78rem; }
    li::before { content: ""; display: inline-block; width: 0.7em; height: 0.7em; border-radius: 50%; margin-right: 0.3em; background: var(--swatch); }
  `;

  private worker: Worker | undefined;
  private sized = { width: 0, height: 0 };
  private resizeObserver: ResizeObserver | undefined;
  private pickId = 0;
  private transform: ViewTransform = zoomIdentity;
  private readonly zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<
    HTMLCanvasElement,
    unknown
  >()
    .scaleExtent([0.1, 40])
    .on("zoom", (event: { transform: ViewTransform }) => {
      const { x, y, k } = event.transform;
      this.transform = event.transform;
      this.post({ kind: "transform", transform: { x, y, k } });
    });

  constructor() {
    super();
    this.layoutSeed = 1;
    this.colourBy = "liked";
    this.height = 0;
    this.maxNodes = 2000;
    this.status = "";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === "undefined") return;
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0].contentRect.width);
      if (width > 0 && width !== this.sized.width) this.resize(width);
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.worker?.terminate();
    this.worker = undefined;
    super.disconnectedCallback();
  }

  protected override firstUpdated(): void {
    const canvas = this.canvas;
    select(canvas).call(this.zoomBehaviour);
    this.worker = new Worker(new URL("../../../workers/network.worker.ts", import.meta.url), {
      type: "module",
      name: "likesim-network",
    });
    this.worker.onmessage = (event: MessageEvent<PainterReply>) => this.heard(event.data);
    const offscreen = canvas.transferControlToOffscreen();
    this.worker.postMessage({ kind: "canvas", canvas: offscreen, seed: this.layoutSeed }, [
      offscreen,
    ]);
    this.postStyle();
    this.resize(this.sized.width || this.clientWidth || 640, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("height") && this.sized.width > 0) this.resize(this.sized.width);
    const frame = this.frame;
    if (!changed.has("frame") || !frame) return;
    const topology = frame.topology;
    this.facts = {
      drawn: topology ? topology.users.length : (this.facts?.drawn ?? frame.followers.length),
      total: topology ? topology.total : (this.facts?.total ?? frame.followers.length),
      likers: frame.likers,
      raceLikers: frame.raceLikers,
      leaderLikers: frame.leaderLikers,
      spotlightLikers: frame.spotlightLikers,
      spotlighting: frame.spotlit !== undefined,
      likesShown: frame.likeTo.length,
    };
    this.post({ kind: "frame", frame }, buffersOf(frame));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("colourBy")) this.postStyle();
  }

  override render() {
    const facts = this.facts;
    const label = facts
      ? `Follow network: ${networkCaption(facts, this.colourBy)}`
      : "Follow network, waiting for the first frame";
    return html`
      <canvas tabindex="0" role="img" aria-label=${label} @keydown=${this.onKey}
        @click=${this.onClick}></canvas>
      <p>${this.status || (facts ? networkCaption(facts, this.colourBy) : "waiting for the first frame")}
        Click a person to follow the video they liked last; drag, scroll or +/− to move and zoom; 0 to fit.</p>
      ${
        facts
          ? html`<ul aria-label="legend">${networkLegend(this.colourBy, facts.spotlighting).map(
              (item) => html`<li style="--swatch:${item.colour}">${item.label}</li>`,
            )}</ul>`
          : nothing
      }
    `;
  }

  private get canvas(): HTMLCanvasElement {
    return this.renderRoot.querySelector("canvas") as HTMLCanvasElement;
  }

  private post(message: PainterMessage, transfer: Transferable[] = []): void {
    this.worker?.postMessage(message, transfer);
  }

  private postStyle(): void {
    this.post({ kind: "style", colourBy: this.colourBy, reducedMotion: prefersReducedMotion() });
  }

  private heard(reply: PainterReply): void {
    if (reply.kind === "status") this.status = reply.text;
    else if (reply.kind === "fit") {
      const { x, y, k } = reply.transform;
      select(this.canvas).call(this.zoomBehaviour.transform, zoomIdentity.translate(x, y).scale(k));
    } else if (reply.kind === "picked" && reply.id === this.pickId && reply.user !== null) {
      emit(this, "user-pick", { user: reply.user });
    }
  }

  /**
   * Users drawn: maxNodes, or fewer on a small canvas, about one per 200 px² (in steps of 250,
   * so that small resizes do not ask for a new layout). A phone shows ~500, a desktop 2,000.
   */
  private nodeBudget(): number {
    const { width, height } = this.sized;
    return Math.min(this.maxNodes, Math.max(250, Math.round((width * height) / 200 / 250) * 250));
  }

  private resize(width: number, fresh = false): void {
    const before = this.sized.width > 0 ? this.nodeBudget() : -1;
    const height = this.height > 0 ? this.height : canvasHeight(width);
    this.sized = { width, height };
    const canvas = this.renderRoot.querySelector("canvas");
    if (!canvas) return;
    canvas.style.height = `${height}px`;
    this.post({ kind: "size", width, height, ratio: globalThis.devicePixelRatio || 1 });
    const budget = this.nodeBudget();
    if (fresh || budget !== before) emit(this, "network-watch", { nodes: budget, fresh });
  }

  private onClick(event: MouseEvent): void {
    this.post({ kind: "pick", id: ++this.pickId, x: event.offsetX, y: event.offsetY });
  }

  private onKey(event: KeyboardEvent): void {
    const target = select(this.canvas);
    const k = this.transform.k;
    const moves: Record<string, () => void> = {
      "+": () => this.zoomBehaviour.scaleBy(target, KEY_ZOOM),
      "=": () => this.zoomBehaviour.scaleBy(target, KEY_ZOOM),
      "-": () => this.zoomBehaviour.scaleBy(target, 1 / KEY_ZOOM),
      ArrowLeft: () => this.zoomBehaviour.translateBy(target, KEY_PAN / k, 0),
      ArrowRight: () => this.zoomBehaviour.translateBy(target, -KEY_PAN / k, 0),
      ArrowUp: () => this.zoomBehaviour.translateBy(target, 0, KEY_PAN / k),
      ArrowDown: () => this.zoomBehaviour.translateBy(target, 0, -KEY_PAN / k),
      "0": () => this.post({ kind: "fit" }),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  }
}

customElements.define("ls-network-view", LsNetworkView);
