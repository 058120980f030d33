import { html, LitElement, nothing } from "lit";
import "./charts/ccdf-chart.js";
import "./charts/lorenz-chart.js";
import "./charts/quality-scatter.js";
import "./charts/series-chart.js";
import "./charts/trajectories-chart.js";
import "./controls/compare-controls.js";
import "./controls/export-menu.js";
import "./controls/parameter-panel.js";
import "./controls/run-controls.js";
import "./lessons/lesson-panel.js";
import "./summary-table.js";
import { findLesson } from "../lessons/catalog.js";
import { exportChart, exportScenario, exportSeries, exportSummary } from "./app-exports.js";
import { appStyles } from "./app-styles.js";
import { ChartFeed } from "./chart-feed.js";
import type { ChartElement } from "./charts/chart-element.js";
import type { ExportRequest } from "./controls/export-menu.js";
import { connectWorker } from "./engine-connection.js";
import { FrameGate } from "./frame-gate.js";
import { LessonRun } from "./lessons/lesson-run.js";
import { lessonScenarioId, planLesson } from "./lessons/lesson-runs.js";
import {
  type CompareSpec,
  type PageState,
  readPageState,
  withOverride,
  writePageState,
} from "./page-state.js";
import { valueAtPath } from "./parameter-fields.js";
import { RunGroup } from "./run-group.js";
import { planRuns } from "./run-plan.js";
import { catalog, findScenario } from "./scenario-catalog.js";
import { worldSection } from "./world-section.js";

const CHARTS = [
  { id: "engagement", title: "Impressions and likes over time" },
  { id: "creators", title: "Active creators and motivation" },
  { id: "lorenz", title: "Lorenz curve of likes over videos" },
  { id: "ccdf", title: "Likes per video (CCDF, log–log)" },
  { id: "trajectories", title: "Top videos' like trajectories" },
  { id: "scatter", title: "Quality vs likes" },
] as const;

const DEFAULT_SCENARIO = catalog[0]?.id ?? "default";
/** The key of the feed-user choice among the edits (a URL parameter, not a scenario field). */
const FEED_USER = "feed";

/**
 * `<likesim-app>`: the page. It turns the address bar into runs (through the scenario schema),
 * hands the runs' data to the charts and views, and turns the controls' events into commands.
 * The runs' controllers own the workers; this element only composes and renders.
 */
export class LikesimApp extends LitElement {
  static override styles = appStyles;
  static override properties = {
    problems: { state: true },
    problemsHeading: { state: true },
    fieldProblems: { state: true },
    notice: { state: true },
  };
  declare private problems: string[];
  /** What the problems are about: a link that was opened, or an edit on the page. */
  declare private problemsHeading: string;
  declare private fieldProblems: Record<string, string>;
  declare private notice: string;

  /** The runs on the page; tests read their metrics through this. */
  readonly group = new RunGroup(this, {
    connect: connectWorker,
    gate: new FrameGate(() => this.requestUpdate()),
  });
  /** The open lesson's run: plays both arms to the end and collects their summaries. */
  private readonly lessonRun = new LessonRun(this, this.group);
  private state: PageState = { scenario: DEFAULT_SCENARIO, overrides: [] };
  private readonly charts = new ChartFeed();
  /** The running scenario's value at a dotted path (compare mode starts from it). */
  private readonly currentValue = (path: string): unknown => {
    const scenario = this.group.runs[0]?.scenario;
    return valueAtPath(scenario, path);
  };
  private readonly onPopState = () => void this.applyState(this.readAddress(), "address");

  constructor() {
    super();
    this.problems = [];
    this.problemsHeading = "";
    this.fieldProblems = {};
    this.notice = "";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("popstate", this.onPopState);
    void this.applyState(this.readAddress(), "address");
  }

  override disconnectedCallback(): void {
    window.removeEventListener("popstate", this.onPopState);
    super.disconnectedCallback();
  }

  private readAddress(): PageState {
    return readPageState(window.location.search, DEFAULT_SCENARIO);
  }

  /**
   * Runs what `next` describes if the schema accepts it. If not, the problems are shown and the
   * runs on the page carry on; with nothing running yet, the named scenario (or the default)
   * starts without the refused settings.
   */
  private async applyState(
    next: PageState,
    cause: "address" | "edit",
    edited?: string,
  ): Promise<void> {
    // A known lesson (outside compare mode) runs its two arms on its own scenario.
    const lesson = next.compare ? undefined : findLesson(next.lesson ?? "");
    if (lesson) next = { ...next, scenario: lessonScenarioId(lesson) };
    const plan = lesson ? planLesson(next, lesson, catalog) : planRuns(next, catalog);
    if (!plan.ok) {
      this.problems = plan.problems;
      this.problemsHeading =
        this.group.runs.length === 0
          ? "This link asks for settings the scenario does not allow."
          : "That setting was not applied: the last valid scenario keeps running.";
      if (edited) this.fieldProblems = { ...this.fieldProblems, [edited]: plan.problems.join(" ") };
      if (this.group.runs.length === 0) await this.startFallback(next);
      return;
    }
    const labels = lesson
      ? plan.runs.map((spec, i) => `${"AB"[i]}: ${spec.label}`)
      : next.compare
        ? plan.runs.map(
            (spec, i) => `${"AB"[i]}: ${String(valueAtPath(spec.scenario, next.compare!.path))}`,
          )
        : [next.scenario];
    const refused = await this.group.start(plan.runs, labels);
    this.problems = refused;
    const running = this.group.runs.some((run) => run.scenario !== undefined);
    this.problemsHeading = `The engine refused the scenario.${running ? " The last valid one keeps running." : ""}`;
    this.fieldProblems = {};
    if (refused.length > 0) return;
    this.state = next;
    this.lessonRun.stop();
    const address = writePageState(next);
    if (cause === "edit") window.history.pushState(null, "", address);
    else window.history.replaceState(null, "", address);
    this.notice = !edited
      ? ""
      : edited === FEED_USER
        ? `Restarted the run to record the feed of user ${next.feedUser}.`
        : `Restarted the run with ${edited} = ${String(valueAtPath(plan.runs[0].scenario, edited))}.`;
  }

  private async startFallback(refused: PageState): Promise<void> {
    const scenario = findScenario(refused.scenario) ? refused.scenario : DEFAULT_SCENARIO;
    const plan = planRuns({ scenario, overrides: [] }, catalog);
    if (!plan.ok) return;
    await this.group.start(plan.runs, [scenario]);
    this.state = { scenario, overrides: [] };
    window.history.replaceState(null, "", writePageState(this.state));
    this.notice = `Running ${scenario} with its own settings instead.`;
  }

  private edit(path: string, value: string): void {
    void this.applyState(withOverride(this.state, path, value), "edit", path);
  }

  /** A feed is recorded as the run goes, so showing another user's starts the run again. */
  private pickFeedUser(value: string): void {
    const next: PageState = { ...this.state, feedUser: value === "" ? undefined : value };
    void this.applyState(next, "edit", FEED_USER);
  }

  private compare(spec: CompareSpec | null): void {
    const next: PageState = { ...this.state, compare: spec ?? undefined, lesson: undefined };
    void this.applyState(next, "edit");
  }

  private pickScenario(id: string): void {
    void this.applyState({ scenario: id, overrides: [], compare: this.state.compare }, "edit");
  }

  private openLesson(id: string): Promise<void> {
    return this.applyState({ scenario: this.state.scenario, overrides: [], lesson: id }, "edit");
  }

  private async runLesson(id: string): Promise<void> {
    if (this.state.lesson !== id) await this.openLesson(id);
    if (this.state.lesson === id) await this.lessonRun.start();
  }

  private command(name: "play" | "pause" | "step" | "reset"): void {
    this.notice = "";
    if (name === "play") this.group.play();
    else if (name === "pause") this.group.pause();
    else if (name === "step") void this.group.step();
    else void this.group.reset();
  }

  private async exportFile(request: ExportRequest): Promise<void> {
    const name = this.state.scenario;
    if (request.kind === "csv") return exportSeries(this.group, name);
    if (request.kind === "scenario") return exportScenario(this.group, name);
    if (request.kind === "summary") return exportSummary(this.group, name);
    const chart = this.renderRoot.querySelector<ChartElement<unknown>>(`#chart-${request.chart}`);
    if (chart) await exportChart(chart, request.kind, `${name}-${request.chart}`);
  }

  private copyLink(): void {
    void navigator.clipboard?.writeText(window.location.href).then(
      () => (this.notice = "Link copied: opening it reproduces this run."),
      () => (this.notice = "Copy the link from the box: the browser refused the clipboard."),
    );
  }

  private banners() {
    const faults = this.group.runs.flatMap((run, i) =>
      run.status === "crashed" ? [{ run, label: this.group.labels[i] }] : [],
    );
    return html`
      ${
        this.problems.length > 0
          ? html`<div class="banner problems" role="alert">
              <p><strong>${this.problemsHeading}</strong></p>
              <ul>${this.problems.map((problem) => html`<li>${problem}</li>`)}</ul>
              <button @click=${() => (this.problems = [])}>Dismiss</button>
            </div>`
          : nothing
      }
      ${faults.map(
        ({ run, label }) => html`<div class="banner fault" role="alert">
          <p><strong>The engine for ${label} stopped:</strong> ${run.fault}</p>
          <button @click=${() => void run.restart()}>Restart ${label}</button>
        </div>`,
      )}
      ${this.group.runs.map((run, i) =>
        run.stalled && run.status !== "crashed"
          ? html`<div class="banner fault" role="alert">
              <p><strong>The engine for ${this.group.labels[i]} has not answered for 10 seconds.</strong>
                It may still be working on a large scenario, or it may be stuck.</p>
              <button @click=${() => void run.restart()}>Restart ${this.group.labels[i]}</button>
            </div>`
          : nothing,
      )}
      ${this.notice ? html`<p class="banner notice" role="status">${this.notice}</p>` : nothing}`;
  }

  private worlds() {
    const compared = this.group.runs.length > 1;
    return html`<div class="worlds">
      ${this.group.runs.map((run, i) =>
        worldSection(run, {
          label: this.group.labels[i],
          index: i,
          compared,
          feedProblem: this.fieldProblems[FEED_USER],
          pickFeedUser: (value) => this.pickFeedUser(value),
        }),
      )}
    </div>`;
  }

  private chartsSection() {
    const runs = this.group.runs.map((run, i) => ({
      label: this.group.labels[i],
      series: run.series,
      charts: run.charts,
    }));
    const data = this.charts.inputs(runs, this.group.status === "playing");
    return html`<section class="charts" aria-label="Charts">
      <ls-engagement-chart id="chart-engagement" .data=${data.engagement}></ls-engagement-chart>
      <ls-creators-chart id="chart-creators" .data=${data.creators}></ls-creators-chart>
      <ls-lorenz-chart id="chart-lorenz" .data=${data.lorenz}></ls-lorenz-chart>
      <ls-ccdf-chart id="chart-ccdf" .data=${data.ccdf}></ls-ccdf-chart>
      <ls-trajectories-chart id="chart-trajectories" .data=${data.trajectories}></ls-trajectories-chart>
      <ls-quality-scatter id="chart-scatter" .data=${data.scatter}></ls-quality-scatter>
    </section>`;
  }

  private sidebar() {
    const first = this.group.runs[0];
    const about = first?.scenario?.about;
    return html`<aside>
      <details open>
        <summary>Parameters</summary>
        <ls-parameter-panel .scenario=${first?.scenario} .problems=${this.fieldProblems}
          compared=${this.state.compare?.path ?? ""}
          @parameter-change=${(e: CustomEvent<{ path: string; value: string }>) => this.edit(e.detail.path, e.detail.value)}>
        </ls-parameter-panel>
      </details>
      <details open>
        <summary>Share and export</summary>
        <div class="field">
          <label for="share">Link to this run</label>
          <div class="share">
            <input id="share" readonly .value=${window.location.href} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
            <button @click=${() => this.copyLink()}>Copy link</button>
          </div>
        </div>
        <ls-export-menu .charts=${CHARTS} ?disabled=${!first?.scenario}
          @export-request=${(e: CustomEvent<ExportRequest>) => void this.exportFile(e.detail)}></ls-export-menu>
      </details>
      ${
        about
          ? html`<details>
              <summary>About this scenario</summary>
              <dl class="about">
                ${about.what ? html`<dt>What is it</dt><dd>${about.what}</dd>` : nothing}
                ${about.how ? html`<dt>How it works</dt><dd>${about.how}</dd>` : nothing}
                ${about.notice ? html`<dt>Things to notice</dt><dd>${about.notice}</dd>` : nothing}
                ${about.try ? html`<dt>Things to try</dt><dd>${about.try}</dd>` : nothing}
                ${about.references.length > 0 ? html`<dt>References</dt>${about.references.map((r) => html`<dd>${r}</dd>`)}` : nothing}
              </dl>
            </details>`
          : nothing
      }
    </aside>`;
  }

  override render() {
    const first = this.group.runs[0];
    return html`<header>
        <h1>likesim</h1>
        <p class="tagline">How likes move through a short-video platform: engagement buys visibility, visibility buys engagement.</p>
      </header>
      <div class="bar">
        <div class="field">
          <label for="scenario">Scenario</label>
          <select id="scenario" @change=${(e: Event) => this.pickScenario((e.target as HTMLSelectElement).value)}>
            ${catalog.map(
              (
                entry,
              ) => html`<option value=${entry.id} ?selected=${entry.id === this.state.scenario}>
                ${entry.id}${entry.description ? ` — ${entry.description}` : ""}</option>`,
            )}
          </select>
        </div>
        <ls-run-controls status=${this.group.status} tick=${first?.tick ?? 0}
          ticks=${first?.scenario?.ticks ?? 0} seed=${first?.seed ?? 0}
          @run-command=${(e: CustomEvent<"play" | "pause" | "step" | "reset">) => this.command(e.detail)}
          @speed-change=${(e: CustomEvent<number>) => this.group.setSpeed(e.detail)}
          @parameter-change=${(e: CustomEvent<{ path: string; value: string }>) => this.edit(e.detail.path, e.detail.value)}>
        </ls-run-controls>
        <ls-compare-controls .spec=${this.state.compare}
          .current=${this.currentValue}
          @compare-change=${(e: CustomEvent<CompareSpec | null>) => this.compare(e.detail)}>
        </ls-compare-controls>
      </div>
      ${this.banners()}
      <ls-lesson-panel lesson=${this.state.lesson ?? ""} phase=${this.lessonRun.phase}
        .numbers=${this.lessonRun.numbers} tick=${first?.tick ?? 0} ticks=${first?.scenario?.ticks ?? 0}
        @lesson-change=${(e: CustomEvent<string>) => void this.openLesson(e.detail)}
        @lesson-run=${(e: CustomEvent<string>) => void this.runLesson(e.detail)}>
      </ls-lesson-panel>
      <div class="layout">
        <main>
          ${this.worlds()}
          ${this.chartsSection()}
          <ls-summary-table .runs=${this.group.runs.map((run, i) => ({ label: this.group.labels[i], summary: run.summary, reasons: run.reasons }))}></ls-summary-table>
        </main>
        ${this.sidebar()}
      </div>`;
  }
}

customElements.define("likesim-app", LikesimApp);
