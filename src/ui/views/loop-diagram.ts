import { css, html, LitElement, type PropertyValues } from "lit";
import type { TimeSeries } from "../../engine/types.js";
import { drawLoopDiagram, updateLoopValues } from "./loop-drawing.js";
import { LoopMeter } from "./loop-rates.js";

/**
 * `<ls-loop-diagram>`: engagement → ranking score → visibility → views → likes → …, driven by
 * the run: each arrow as wide as its flow over the last few ticks, dots that go round a step
 * per tick. With `fill`, it takes its box's height (a dashboard tile).
 */
export class LsLoopDiagram extends LitElement {
  static override properties = {
    series: { attribute: false },
    ranker: { type: String },
    tick: { type: Number },
    fill: { type: Boolean, reflect: true },
  };
  /** Per-tick columns of the world shown. */
  declare series: TimeSeries | undefined;
  /** The feed ranker in words, shown on the ranking-score stage. */
  declare ranker: string;
  /** The run's tick. */
  declare tick: number;
  declare fill: boolean;

  static override styles = css`
    :host { display: block; min-width: 0; contain: content; }
    :host([fill]) { flex: 1 1 0; min-height: 0; }
    svg { display: block; max-width: 100%; height: auto; }
  `;

  private size = { width: 0, height: 0 };
  private drawnAt = { width: -1, height: -1 };
  private readonly meter = new LoopMeter();
  /** Asked once: matchMedia on every frame costs more than the frame's drawing. */
  private readonly motionQuery = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)");
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    this.ranker = "";
    this.tick = 0;
    this.fill = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === "undefined") return;
    this.resizeObserver = new ResizeObserver((entries) => {
      const box = entries[0].contentRect;
      this.size = { width: Math.floor(box.width), height: Math.floor(box.height) };
      this.requestUpdate();
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    super.disconnectedCallback();
  }

  override render() {
    return html`<svg></svg>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const svg = this.renderRoot.querySelector("svg");
    if (!svg) return;
    if (changed.has("series") && (this.series?.tick.length ?? 0) === 0) this.meter.reset();
    const rates = this.series ? this.meter.update(this.series) : undefined;
    const motion = !(this.motionQuery?.matches ?? false);
    const data = { rates, ranker: this.ranker, tick: this.tick, motion };
    const width = this.size.width || 640;
    const height = this.fill && this.size.height > 120 ? this.size.height : undefined;
    if (width !== this.drawnAt.width || (height ?? -1) !== this.drawnAt.height) {
      drawLoopDiagram(svg, data, width, height);
      this.drawnAt = { width, height: height ?? -1 };
    } else {
      updateLoopValues(svg, data);
    }
  }

  /** The diagram as a standalone SVG document. */
  toSvgString(): string {
    const svg = this.renderRoot.querySelector("svg");
    return svg ? new XMLSerializer().serializeToString(svg) : "";
  }
}

customElements.define("ls-loop-diagram", LsLoopDiagram);
