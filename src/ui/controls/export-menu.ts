import { css, html, LitElement } from "lit";
import { controlStyles, emit } from "./control-styles.js";

export type ExportKind = "csv" | "scenario" | "summary" | "svg" | "png";

export interface ExportRequest {
  kind: ExportKind;
  /** For svg and png: the chart's id. */
  chart?: string;
}

/**
 * `<ls-export-menu>`: downloads of the run (time series CSV, scenario JSON, summary JSON) and
 * of each chart (SVG, PNG). It reports `export-request`; the app builds the file.
 */
export class LsExportMenu extends LitElement {
  static override properties = { charts: { attribute: false }, disabled: { type: Boolean } };
  /** The charts on the page: id and title. */
  declare charts: readonly { id: string; title: string }[];
  declare disabled: boolean;

  static override styles = [
    controlStyles,
    css`
      .row { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.3rem 0 0.6rem; }
      h3 { font-size: 0.95rem; margin: 0.4rem 0 0; }
      ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.3rem; }
      li { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
      li span { flex: 1 1 12rem; }
    `,
  ];

  constructor() {
    super();
    this.charts = [];
    this.disabled = false;
  }

  private ask(request: ExportRequest) {
    return () => emit(this, "export-request", request);
  }

  override render() {
    return html`<h3>The run</h3>
      <div class="row">
        <button ?disabled=${this.disabled} @click=${this.ask({ kind: "csv" })}>Time series (CSV)</button>
        <button ?disabled=${this.disabled} @click=${this.ask({ kind: "scenario" })}>Scenario (JSON)</button>
        <button ?disabled=${this.disabled} @click=${this.ask({ kind: "summary" })}>Summary (JSON)</button>
      </div>
      <h3>Charts</h3>
      <ul>
        ${this.charts.map(
          (chart) => html`<li>
            <span>${chart.title}</span>
            <button aria-label="${chart.title} as SVG" ?disabled=${this.disabled}
              @click=${this.ask({ kind: "svg", chart: chart.id })}>SVG</button>
            <button aria-label="${chart.title} as PNG" ?disabled=${this.disabled}
              @click=${this.ask({ kind: "png", chart: chart.id })}>PNG</button>
          </li>`,
        )}
      </ul>`;
  }
}

customElements.define("ls-export-menu", LsExportMenu);
