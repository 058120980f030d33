/** The charts below the dashboard: the run's whole story over time, and its summary. */
import { html } from "lit";
import "../charts/ccdf-chart.js";
import "../charts/quality-scatter.js";
import "../charts/series-chart.js";
import "../charts/trajectories-chart.js";
import type { ChartInputs } from "../chart-feed.js";
import type { ChartAnnotation } from "../charts/annotations.js";
import type { SimulationController } from "../simulation-controller.js";
import "../summary-table.js";

/** Every chart on the page, for the export menu and the lessons' "look at" links. */
export const CHARTS = [
  { id: "lorenz", title: "Lorenz curve of likes over videos" },
  { id: "engagement", title: "Impressions and likes over time" },
  { id: "creators", title: "Active creators and motivation" },
  { id: "homophily", title: "Homophily and modularity of the follow graph" },
  { id: "ccdf", title: "Likes per video (CCDF, log–log)" },
  { id: "trajectories", title: "Top videos' like trajectories" },
  { id: "scatter", title: "Quality vs likes" },
] as const;

export function moreCharts(
  charts: ChartInputs,
  annotations: readonly ChartAnnotation[],
  runs: readonly { run: SimulationController; label: string }[],
) {
  return html`<section class="more" aria-label="More charts">
    <h2>The run over time</h2>
    <div class="more-grid">
      <div class="tile" id="tile-engagement"><ls-engagement-chart id="chart-engagement" .data=${charts.engagement} .annotations=${annotations}></ls-engagement-chart></div>
      <div class="tile" id="tile-creators"><ls-creators-chart id="chart-creators" .data=${charts.creators} .annotations=${annotations}></ls-creators-chart></div>
      <div class="tile" id="tile-homophily"><ls-homophily-chart id="chart-homophily" .data=${charts.homophily}></ls-homophily-chart></div>
      <div class="tile" id="tile-trajectories"><ls-trajectories-chart id="chart-trajectories" .data=${charts.trajectories}></ls-trajectories-chart></div>
      <div class="tile" id="tile-ccdf"><ls-ccdf-chart id="chart-ccdf" .data=${charts.ccdf}></ls-ccdf-chart></div>
      <div class="tile" id="tile-scatter"><ls-quality-scatter id="chart-scatter" .data=${charts.scatter}></ls-quality-scatter></div>
    </div>
    <div class="tile" id="tile-summary">
      <ls-summary-table .runs=${runs.map(({ run, label }) => ({ label, summary: run.summary, reasons: run.reasons }))}></ls-summary-table>
    </div>
  </section>`;
}
