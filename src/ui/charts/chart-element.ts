import { css, html, LitElement } from "lit";

/**
 * Base of every chart element: one SVG as wide as the element (and, with `fill`, as tall as
 * the room its tile leaves), redrawn from scratch by a pure drawing function whenever `data`
 * (or another property) changes or the element is resized.
 * Subclasses redeclare `data` with their own type and documentation.
 */
export abstract class ChartElement<T> extends LitElement {
  static override properties = {
    data: { attribute: false },
    fill: { type: Boolean, reflect: true },
  };
  /** The plain data the chart draws; undefined draws an empty frame. */
  declare data: T | undefined;
  /** Fill the element's box (a dashboard tile gives it a height) rather than a set aspect. */
  declare fill: boolean;

  static override styles = css`
    /*
     * Strictly contained (its height is set to the drawn chart's), so that redrawing a chart
     * lays out and paints the chart alone, not the page around it.
     */
    :host {
      display: block;
      min-width: 0;
      contain: strict;
    }
    /* In a dashboard tile (a flex column): the room the tile has left. */
    :host([fill]) {
      flex: 1 1 0;
      min-height: 0;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
    }
  `;

  /** Width used until the element has been measured (also where there is no layout), px. */
  static readonly fallbackWidth = 640;

  private measuredWidth = 0;
  private measuredHeight = 0;
  private resizeObserver: ResizeObserver | undefined;

  /** Draws the chart into the (cleared) SVG at the given width (and, when filling, height) in px. */
  protected abstract draw(svg: SVGSVGElement, width: number, height?: number): void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === "undefined") return;
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0].contentRect.width);
      const height = Math.floor(entries[0].contentRect.height);
      const resized = width !== this.measuredWidth || (this.fill && height !== this.measuredHeight);
      if (width > 0 && resized) {
        this.measuredWidth = width;
        this.measuredHeight = height;
        this.requestUpdate();
      }
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    super.disconnectedCallback();
  }

  override render() {
    return html`<svg></svg>`;
  }

  override updated(): void {
    const svg = this.svgElement;
    if (!svg) return;
    const height = this.fill && this.measuredHeight > 40 ? this.measuredHeight : undefined;
    this.draw(svg, this.measuredWidth || ChartElement.fallbackWidth, height);
    if (!this.fill) this.style.height = `${svg.getAttribute("height")}px`;
  }

  /** The chart's SVG element, once rendered. */
  get svgElement(): SVGSVGElement | null {
    return this.renderRoot.querySelector("svg");
  }

  /** The chart as a standalone SVG document (styles are attributes, so it needs no CSS). */
  toSvgString(): string {
    const svg = this.svgElement;
    return svg ? new XMLSerializer().serializeToString(svg) : "";
  }
}
