import { css, html, LitElement } from "lit";
import type { TimeSeries } from "../../engine/types.js";
import { drawLoopDiagram, updateLoopValues } from "./loop-drawing.js";
import { latestRates } from "./loop-rates.js";
import { prefersReducedMotion } from "./reduced-motion.js";

/** `<ls-loop-diagram>`: engagement → ranking score → visibility → impressions → likes → …, live. */
export class LsLoopDiagram extends LitElement {
  static override properties = {
    series: { attribute: false },
    ranker: { type: String },
  };
  /** Per-tick columns of the world shown; the diagram reads the last row. */
  declare series: TimeSeries | undefined;
  /** Name of the feed ranker (e.g. "for-you"), shown on the ranking-score stage. */
  declare ranker: string;

  static override styles = css`
    :host { display: block; min-width: 0; contain: content; }
    svg { display: block; max-width: 100%; height: auto; }
  `;

  private width = 0;
  private drawnAt = { width: -1, motion: false };
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    this.ranker = "";
  }

  private readonly motionQuery = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)");
  private readonly onMotionChange = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.motionQuery?.addEventListener("change", this.onMotionChange);
    if (typeof ResizeObserver === "undefined") return;
    this.resizeObserver = new ResizeObserver((entries) => {
      this.width = Math.floor(entries[0].contentRect.width);
      this.requestUpdate();
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    this.motionQuery?.removeEventListener("change", this.onMotionChange);
    this.resizeObserver?.disconnect();
    super.disconnectedCallback();
  }

  override render() {
    return html`<svg></svg>`;
  }

  protected override updated(): void {
    const svg = this.renderRoot.querySelector("svg");
    if (!svg) return;
    const data = { rates: this.series ? latestRates(this.series) : undefined, ranker: this.ranker };
    const width = this.width || 640;
    const motion = !prefersReducedMotion();
    if (width !== this.drawnAt.width || motion !== this.drawnAt.motion) {
      drawLoopDiagram(svg, data, width, motion);
      this.drawnAt = { width, motion };
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
