import { html, LitElement, nothing } from "lit";
import "./controls/knob-panel.js";
import "./lessons/lesson-panel.js";
import "./tour/guided-tour.js";
import type { LessonView } from "../lessons/lesson.js";
import { valueAtPath } from "../scenario/value-at-path.js";
import { exportChart, exportScenario, exportSeries, exportSummary } from "./app-exports.js";
import { appStyles } from "./app-styles.js";
import { ChartFeed } from "./chart-feed.js";
import { annotate } from "./charts/annotations.js";
import type { ChartElement } from "./charts/chart-element.js";
import type { ExportRequest } from "./controls/export-menu.js";
import type { KnobChange } from "./controls/knob-panel.js";
import type { RunCommand } from "./controls/run-controls.js";
import { SPEEDS } from "./controls/run-controls.js";
import { connectWorker } from "./engine-connection.js";
import { FrameGate } from "./frame-gate.js";
import { dashboard } from "./layout/dashboard.js";
import { dashboardStyles } from "./layout/dashboard-styles.js";
import { forkBar } from "./layout/fork-bar.js";
import { moreCharts } from "./layout/more-charts.js";
import { settingsDrawer } from "./layout/settings-drawer.js";
import { topBar } from "./layout/top-bar.js";
import { LessonRun } from "./lessons/lesson-run.js";
import { inEffect, liveMark, liveNotice } from "./live-change.js";
import { PageRuns } from "./page-runs.js";
import type { CompareSpec } from "./page-state.js";
import { RunGroup } from "./run-group.js";
import { defaultSpeed } from "./scenario-catalog.js";
import { TileFocus, tilesOf } from "./tile-focus.js";
import { STEP_SECONDS, TOUR } from "./tour/tour-steps.js";

/**
 * A run's name in chart legends: needed to tell two worlds apart (without the lesson's
 * parenthesis, which a legend has no room for), noise for one.
 */
function pairLabel(label: string, runs: number): string {
  return runs > 1 ? label.replace(/\s*\([^)]*\)\s*$/, "") : "";
}

/**
 * `<likesim-app>`: the page. The top bar runs the scenario; the dashboard shows the world,
 * the race, the loop and who gets the likes on one screen, with the lesson in a side column
 * and every setting in a drawer; more charts and the summary follow below. The runs'
 * controllers own the workers; `PageRuns` turns the address bar into runs; this element
 * composes, and turns the controls' events into commands.
 */
export class LikesimApp extends LitElement {
  static override styles = [appStyles, dashboardStyles];
  static override properties = {
    drawer: { state: true },
    lessons: { state: true },
    tourStep: { state: true },
    started: { state: true },
    spotlightRun: { state: true },
  };
  declare private drawer: boolean;
  declare private lessons: boolean;
  declare private tourStep: number | undefined;
  /** Whether Play was pressed on this page (the start card then goes). */
  declare private started: boolean;
  declare private spotlightRun: number;

  /** The runs on the page; tests read their metrics through this. */
  readonly group = new RunGroup(this, {
    connect: connectWorker,
    gate: new FrameGate(() => this.requestUpdate()),
  });
  private readonly lessonRun = new LessonRun(this, this.group);
  private readonly pages = new PageRuns(this, this.group, () => this.lessonRun.stop());
  private readonly charts = new ChartFeed(1000);
  private readonly tiles = new TileFocus(() => this.renderRoot);
  private tourTimer = 0;
  private speed = 20;
  private readonly onPopState = () => void this.pages.fromAddress();
  private readonly onKey = (event: KeyboardEvent) => this.key(event);

  constructor() {
    super();
    this.drawer = false;
    this.lessons = false;
    this.started = false;
    this.spotlightRun = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("popstate", this.onPopState);
    window.addEventListener("keydown", this.onKey);
    void this.pages.fromAddress().then(() => this.openedScenario());
  }

  override disconnectedCallback(): void {
    window.removeEventListener("popstate", this.onPopState);
    window.removeEventListener("keydown", this.onKey);
    clearTimeout(this.tourTimer);
    super.disconnectedCallback();
  }

  /** A scenario was opened: its default speed, unless the learner chose one. */
  private openedScenario(): void {
    const scenario = this.group.runs[0]?.scenario;
    if (!scenario) return;
    this.setSpeed(defaultSpeed(this.pages.state.scenario, scenario.ticks, SPEEDS));
  }

  private setSpeed(ticksPerSecond: number): void {
    this.speed = ticksPerSecond;
    this.group.setSpeed(ticksPerSecond);
    this.requestUpdate();
  }

  /** Space plays and pauses, unless a control has the keyboard. */
  private key(event: KeyboardEvent): void {
    if (event.key !== " " || event.defaultPrevented) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target?.closest?.("input, select, textarea, button, summary, [contenteditable], canvas")) {
      return;
    }
    event.preventDefault();
    this.command(this.group.status === "playing" ? "pause" : "play");
  }

  private command(name: RunCommand): void {
    this.pages.notice = "";
    if (name === "play") {
      this.started = true;
      this.group.play();
    } else if (name === "pause") this.group.pause();
    else if (name === "step") void this.group.step();
    else if (name === "reset") void this.group.reset();
    else void this.pages.reseed();
  }

  private async knob(change: KnobChange): Promise<void> {
    const outcome = await this.pages.live(change);
    if (outcome.kind !== "refused") this.pages.notice = liveNotice(change, outcome, change.shown);
    this.requestUpdate();
  }

  private pickVideo(run: number, video: number | null): void {
    this.spotlightRun = run;
    void this.pages.spotlight(run, video === null ? null : { video });
  }

  private pickUser(run: number, user: number): void {
    this.spotlightRun = run;
    void this.pages.spotlight(run, { user });
  }

  private lookAt(view: LessonView | "knobs"): void {
    this.tiles.show(tilesOf(view, this.group.runs.length));
  }

  /**
   * Shows a stop of the tour (null ends it). It moves on by itself every STEP_SECONDS until
   * the learner steps through it with Back and Next, who then keeps the pace.
   */
  private tour(step: number | null, auto = true): void {
    clearTimeout(this.tourTimer);
    this.tourStep = step ?? undefined;
    if (step === null) {
      this.tiles.clear();
      return;
    }
    const stop = TOUR[step];
    this.drawer = false;
    this.lookAt(stop.view);
    if (!auto) return;
    this.tourTimer = window.setTimeout(
      () => this.tour(step + 1 < TOUR.length ? step + 1 : null),
      STEP_SECONDS * 1000,
    );
  }

  private startTour(): void {
    if (this.group.status === "paused") this.command("play");
    this.tour(0);
  }

  private async exportFile(request: ExportRequest): Promise<void> {
    const name = this.pages.state.scenario;
    if (request.kind === "csv") return exportSeries(this.group, name);
    if (request.kind === "scenario") return exportScenario(this.group, name);
    if (request.kind === "summary") return exportSummary(this.group, name);
    const chart = this.renderRoot.querySelector<ChartElement<unknown>>(`#chart-${request.chart}`);
    if (chart) await exportChart(chart, request.kind, `${name}-${request.chart}`);
  }

  private knobPanel(note: string) {
    const first = this.group.runs[0];
    const scenario = first?.scenario && inEffect(first.scenario, this.pages.liveEdits, first.tick);
    return html`<ls-knob-panel .scenario=${scenario} .problems=${this.pages.fieldProblems}
      note=${note} @knob-change=${(e: CustomEvent<KnobChange>) => void this.knob(e.detail)}></ls-knob-panel>`;
  }

  private side() {
    const state = this.pages.state;
    if (!state.lesson && !this.lessons) return nothing;
    const first = this.group.runs[0];
    return html`<ls-lesson-panel class="tile side" id="tile-lesson" lesson=${state.lesson ?? ""}
      phase=${this.lessonRun.phase} .numbers=${this.lessonRun.numbers}
      tick=${first?.tick ?? 0} ticks=${first?.scenario?.ticks ?? 0}
      @lesson-change=${(e: CustomEvent<string>) => void this.pages.openLesson(e.detail).then(() => this.openedScenario())}
      @lesson-run=${(e: CustomEvent<string>) => void this.runLesson(e.detail)}
      @look-at=${(e: CustomEvent<LessonView>) => this.lookAt(e.detail)}>
    </ls-lesson-panel>`;
  }

  private async runLesson(id: string): Promise<void> {
    if (this.pages.state.lesson !== id) await this.pages.openLesson(id);
    if (this.pages.state.lesson === id) {
      this.started = true;
      await this.lessonRun.start();
    }
  }

  override render() {
    const runs = this.group.runs.map((run, i) => ({ run, label: this.group.labels[i] }));
    const playing = this.group.status === "playing";
    const charts = this.charts.inputs(
      runs.map(({ run, label }) => ({
        label: pairLabel(label, runs.length),
        series: run.series,
        charts: run.charts,
      })),
      playing,
    );
    const annotations = runs.flatMap(({ run }, i) => annotate(run.series, i));
    const forkedAt = runs[1]?.run.branch?.tick;
    if (forkedAt !== undefined) annotations.push({ tick: forkedAt, text: "fork", world: 1 });
    if (runs.length === 1) annotations.push(...this.pages.liveEdits.map(liveMark));
    const first = this.group.runs[0];
    const pair = runs.length > 1;
    const side = this.side();
    const fresh = !this.started && !pair && first?.tick === 0 && first.status === "paused";
    const restartNote = "A change starts the run again from tick 0, on the same seed.";
    const liveNote =
      "Turned while the run plays, a knob changes it from that tick on (marked on the charts); people on the platform starts it again.";
    return html`${topBar({
      group: this.group,
      scenario: this.pages.state.scenario,
      speed: this.speed,
      seedProblem: this.pages.fieldProblems.seed?.text ?? "",
      lessons: this.lessons || this.pages.state.lesson !== undefined,
      settings: this.drawer,
      on: {
        scenario: (id) => void this.pages.pickScenario(id).then(() => this.openedScenario()),
        command: (name) => this.command(name),
        speed: (ticksPerSecond) => this.setSpeed(ticksPerSecond),
        seed: (value) => void this.pages.edit("seed", value),
        tour: () => this.startTour(),
        lessons: () => {
          this.lessons = !this.lessons;
          if (!this.lessons && this.pages.state.lesson) void this.pages.closeLesson();
        },
        settings: () => (this.drawer = !this.drawer),
      },
    })}
      ${this.pages.banners()}
      ${forkBar({
        group: this.group,
        change: this.pages.state.change,
        on: {
          fork: (tick, change) => void this.pages.fork(tick, change),
          unfork: () => void this.pages.unfork(),
        },
      })}
      ${dashboard({
        runs,
        charts,
        side,
        spotlightRun: Math.min(this.spotlightRun, runs.length - 1),
        fresh,
        intro: first?.scenario?.about?.what ?? first?.scenario?.description ?? "",
        feedProblem: this.pages.feedProblem,
        knobs: this.knobPanel(liveNote),
        on: {
          pickVideo: (run, video) => this.pickVideo(run, video),
          pickUser: (run, user) => this.pickUser(run, user),
          play: () => this.command("play"),
          startTour: () => this.startTour(),
          pickFeedUser: (value) => void this.pages.pickFeedUser(value),
        },
      })}
      ${moreCharts(charts, annotations, runs)}
      ${settingsDrawer({
        open: this.drawer,
        scenario: first?.scenario,
        problems: this.pages.fieldProblems,
        compare: this.pages.state.compare,
        current: (path) => valueAtPath(first?.scenario, path),
        knobs: pair ? this.knobPanel(restartNote) : nothing,
        on: {
          close: () => (this.drawer = false),
          edit: (path, value) => void this.pages.edit(path, value),
          compare: (spec: CompareSpec | null) => void this.pages.compare(spec),
          exportFile: (request) => void this.exportFile(request),
          copyLink: () => this.pages.copyLink(),
        },
      })}
      ${
        this.tourStep === undefined
          ? nothing
          : html`<ls-tour step=${this.tourStep}
              @tour-step=${(e: CustomEvent<number | null>) => this.tour(e.detail, false)}></ls-tour>`
      }`;
  }
}

customElements.define("likesim-app", LikesimApp);
