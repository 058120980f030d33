import { css, html, LitElement } from "lit";
import { REASONS, SUMMARY_NAMES, type Summary, type SummaryName } from "../engine/types.js";
import { reasonPhrase } from "./views/reason-phrases.js";

/**
 * What each summary value is, in words (docs/model.md has the full definitions). A metric the
 * engine adds later reads as its own name until it gets words here.
 */
const METRIC_LABELS: Readonly<Partial<Record<SummaryName, string>>> = {
  impressions: "Impressions",
  likes: "Likes",
  likeRate: "Like rate",
  giniVideos: "Gini of likes over videos",
  giniCreators: "Gini of likes over creators",
  top1Share: "Share of likes of the top 1% of videos",
  activeCreators: "Active creators",
  qualitySpearman: "Quality–likes rank correlation (Spearman)",
  qualityKendall: "Quality–likes rank correlation (Kendall)",
  feedDiversity: "Feed diversity (topic entropy)",
  homophily: "Homophily of the follow graph",
  modularity: "Modularity of the follow graph",
  viralCount: "Videos past the viral bar",
  unpredictability: "Unpredictability across worlds",
};

export function metricLabel(name: SummaryName): string {
  return METRIC_LABELS[name] ?? name;
}

function show(value: number): string {
  if (Number.isNaN(value)) return "–";
  if (Number.isInteger(value)) return value.toLocaleString("en");
  return value.toLocaleString("en", { maximumSignificantDigits: 4 });
}

function share(reasons: Float64Array | undefined, i: number): string {
  if (!reasons) return "–";
  const total = reasons.reduce((sum, n) => sum + n, 0);
  return total > 0 ? `${((100 * reasons[i]) / total).toFixed(1)}%` : "–";
}

/**
 * `<ls-summary-table>`: the run's summary metrics and why videos were shown, a column per
 * world being compared.
 */
export class LsSummaryTable extends LitElement {
  static override properties = { runs: { attribute: false } };
  declare runs: readonly {
    label: string;
    summary: Summary | undefined;
    /** Impressions per reason in world 0, in REASONS order. */
    reasons: Float64Array | undefined;
  }[];

  static override styles = css`
    :host { display: block; overflow-x: auto; contain: content; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-bottom: 1rem; }
    caption { text-align: left; font-weight: 700; margin-bottom: 0.3rem; }
    th, td { padding: 0.25rem 0.5rem; border-bottom: 1px solid #e3e3e3; text-align: right; }
    th[scope="row"], thead th:first-child { text-align: left; }
    th[scope="row"] { font-weight: 400; }
    td { font-variant-numeric: tabular-nums; }
  `;

  constructor() {
    super();
    this.runs = [];
  }

  override render() {
    return html`<table>
      <caption>Summary so far${this.runs.length > 1 ? "" : " (mean over worlds)"}</caption>
      <thead><tr><th scope="col">Metric</th>${this.runs.map((run) => html`<th scope="col">${run.label}</th>`)}</tr></thead>
      <tbody>
        ${SUMMARY_NAMES.map(
          (name) => html`<tr>
            <th scope="row">${metricLabel(name)}</th>
            ${this.runs.map((run) => html`<td data-metric=${name}>${run.summary ? show(run.summary[name]) : "–"}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
    <table>
      <caption>Why videos were shown (share of impressions)</caption>
      <thead><tr><th scope="col">Reason</th>${this.runs.map((run) => html`<th scope="col">${run.label}</th>`)}</tr></thead>
      <tbody>
        ${REASONS.map(
          (reason, i) => html`<tr>
            <th scope="row">${reasonPhrase(reason)}</th>
            ${this.runs.map((run) => html`<td data-reason=${reason}>${share(run.reasons, i)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

customElements.define("ls-summary-table", LsSummaryTable);
