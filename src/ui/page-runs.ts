import { html, nothing, type ReactiveControllerHost } from "lit";
import type { WatchedState } from "../engine-host/watched-run.js";
import { findLesson } from "../lessons/catalog.js";
import { valueAtPath } from "../scenario/value-at-path.js";
import { KNOBS } from "./knob-specs.js";
import { lessonScenarioId, planLesson } from "./lessons/lesson-runs.js";
import {
  knobIntervention,
  type LiveChange,
  type LiveEdit,
  type LiveOutcome,
  liveText,
  parseLiveEdit,
  type RestartReason,
} from "./live-change.js";
import {
  type CompareSpec,
  type PageState,
  readPageState,
  withOverride,
  writePageState,
} from "./page-state.js";
import { type PlainProblem, plainProblem } from "./plain-problem.js";
import { initOptions, type RunGroup } from "./run-group.js";
import { planPageRuns } from "./run-plan.js";
import { catalog, findScenario } from "./scenario-catalog.js";
import { WIDGET_GROUPS } from "./widget-specs.js";

const DEFAULT_SCENARIO = catalog[0]?.id ?? "default";
/** The key of the feed-user choice among the edits (a URL parameter, not a scenario field). */
const FEED_USER = "feed";

const LABELS = new Map<string, string>([
  ["seed", "Seed"],
  ["feed", "Feed of user"],
  ...WIDGET_GROUPS.flatMap((group) =>
    group.widgets.map((w): [string, string] => [w.path, w.label]),
  ),
  ...KNOBS.map((knob): [string, string] => [knob.path, knob.label]),
]);

/** A problem in plain words, naming the field by the control's label. */
export function plain(problem: string): PlainProblem {
  return plainProblem(problem, (path) => LABELS.get(path));
}

/**
 * The page's runs as the address bar describes them: it turns a page state (scenario, edits,
 * compare mode, lesson, spotlight) into runs through the scenario schema, keeps what was
 * refused and why, and writes every accepted state back to the address, so that a link
 * reproduces the run.
 */
export class PageRuns {
  state: PageState = { scenario: DEFAULT_SCENARIO, overrides: [] };
  problems: PlainProblem[] = [];
  /** What the problems are about: a link that was opened, or an edit on the page. */
  problemsHeading = "";
  /** Refused edits by dotted path, shown next to their controls. */
  fieldProblems: Record<string, PlainProblem> = {};
  notice = "";

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly group: RunGroup,
    private readonly stopLesson: () => void,
  ) {}

  get feedProblem(): string | undefined {
    return this.fieldProblems[FEED_USER]?.text;
  }

  fromAddress(): Promise<string[]> {
    return this.apply(readPageState(window.location.search, DEFAULT_SCENARIO), "address");
  }

  /**
   * Runs what `next` describes if the schema accepts it, and returns the problems if not: then
   * they are shown and the runs on the page carry on; with nothing running yet, the named
   * scenario (or the default) starts without the refused settings.
   */
  private async apply(
    next: PageState,
    cause: "address" | "edit",
    edited?: string,
    resume?: WatchedState,
  ): Promise<string[]> {
    const lesson = next.compare ? undefined : findLesson(next.lesson ?? "");
    if (lesson) next = { ...next, scenario: lessonScenarioId(lesson) };
    let plan = lesson ? planLesson(next, lesson, catalog) : planPageRuns(next, catalog);
    if (plan.ok && resume) plan = { ok: true, runs: plan.runs.map((run) => ({ ...run, resume })) };
    if (!plan.ok) {
      this.problems = plan.problems.map(plain);
      this.problemsHeading =
        this.group.runs.length === 0
          ? "This link asks for settings the scenario does not allow."
          : "That setting was not applied: the last valid scenario keeps running.";
      if (edited) this.fieldProblems = { ...this.fieldProblems, [edited]: this.problems[0] };
      if (this.group.runs.length === 0) await this.startFallback(next);
      this.host.requestUpdate();
      return plan.problems;
    }
    const labels = lesson
      ? plan.runs.map((spec, i) => `${"AB"[i]}: ${spec.label}`)
      : next.compare
        ? plan.runs.map(
            (spec, i) => `${"AB"[i]}: ${String(valueAtPath(spec.scenario, next.compare!.path))}`,
          )
        : plan.runs.length > 1
          ? plan.runs.map((spec) => spec.label)
          : [next.scenario];
    const refused = await this.group.start(plan.runs, labels);
    this.problems = refused.map(plain);
    const running = this.group.runs.some((run) => run.scenario !== undefined);
    this.problemsHeading = `The engine refused the scenario.${running ? " The last valid one keeps running." : ""}`;
    this.fieldProblems = {};
    if (refused.length > 0) return refused;
    const video = next.video === undefined ? Number.NaN : Number(next.video);
    if (!Number.isInteger(video) || video < 0) next = { ...next, video: undefined };
    this.state = next;
    this.stopLesson();
    if (next.video !== undefined) await this.group.runs[0]?.pick({ video });
    const address = writePageState(next);
    if (cause === "edit") window.history.pushState(null, "", address);
    else window.history.replaceState(null, "", address);
    this.notice =
      edited === FEED_USER ? `Restarted the run to record the feed of user ${next.feedUser}.` : "";
    this.host.requestUpdate();
    return [];
  }

  private async startFallback(refused: PageState): Promise<void> {
    const scenario = findScenario(refused.scenario) ? refused.scenario : DEFAULT_SCENARIO;
    const plan = planPageRuns({ scenario, overrides: [] }, catalog);
    if (!plan.ok) return;
    await this.group.start(plan.runs, [scenario]);
    this.state = { scenario, overrides: [] };
    window.history.replaceState(null, "", writePageState(this.state));
    this.notice = `Running ${scenario} with its own settings instead.`;
  }

  /** The knobs turned mid-run so far, read from the link (checked when it was planned). */
  get liveEdits(): LiveEdit[] {
    const ticks = this.group.runs[0]?.scenario?.ticks ?? 0;
    return (this.state.live ?? []).flatMap((text) => {
      const read = parseLiveEdit(text, ticks);
      return read.ok ? [read.edit] : [];
    });
  }

  /**
   * Sets one scenario field (or the seed) and restarts; the problems if it was refused. The
   * new value holds from tick 0, so knob turns of that field mid-run are dropped.
   */
  async edit(path: string, value: string): Promise<string[]> {
    const edited = withOverride(this.state, path, value);
    const live = (edited.live ?? []).filter((text) => !text.includes(`:${path}=`));
    const next = { ...edited, live: live.length > 0 ? live : undefined };
    const problems = await this.apply(next, "edit", path);
    if (problems.length === 0 && path !== "seed") {
      const shown = valueAtPath(this.group.runs[0]?.scenario, path);
      this.notice = `Restarted the run from tick 0 with ${LABELS.get(path) ?? path} = ${String(shown)}.`;
    }
    return problems;
  }

  /**
   * A knob turned. Mid-run, on a page of one world, a setting an intervention can change
   * branches the run from its current tick: the engine changes it there and the run plays on,
   * and the link keeps the change as a live edit that every replay schedules at that tick.
   * Anything else (before Play, after the end, the population, two worlds) restarts.
   */
  async live(change: LiveChange): Promise<LiveOutcome> {
    const run = this.group.runs[0];
    const tick = run?.tick ?? 0;
    const ticks = run?.scenario?.ticks ?? 0;
    const intervention = knobIntervention(change.path, change.value);
    const alone = this.group.runs.length === 1 && !this.state.compare && !this.state.lesson;
    const why: RestartReason | undefined =
      tick === 0
        ? "not played"
        : !intervention
          ? "setting"
          : !alone || this.state.fork !== undefined
            ? "two worlds"
            : tick >= ticks
              ? "ended"
              : undefined;
    if (!run || !intervention || why) {
      const problems = await this.edit(change.path, change.value);
      return problems.length > 0
        ? { kind: "refused", problems }
        : { kind: "restarted", why: why ?? "setting" };
    }
    const withEdit = (at: number): PageState => ({
      ...this.state,
      live: [
        ...(this.state.live ?? []),
        liveText({ tick: at, path: change.path, value: change.value }),
      ],
    });
    const checked = planPageRuns(withEdit(tick), catalog);
    if (!checked.ok) {
      this.problems = checked.problems.map(plain);
      this.problemsHeading = "That setting was not applied: the run goes on as it was.";
      this.fieldProblems = { ...this.fieldProblems, [change.path]: this.problems[0] };
      this.host.requestUpdate();
      return { kind: "refused", problems: checked.problems };
    }
    let next = this.state;
    const result = await run.intervene([intervention], (at) => {
      next = withEdit(at);
      const plan = planPageRuns(next, catalog);
      const spec = plan.ok ? plan.runs[0] : checked.runs[0];
      return { input: spec.input, options: initOptions(spec) };
    });
    if (!result?.ok) {
      const problems = result?.problems ?? ["the engine stopped"];
      this.problems = problems.map(plain);
      this.problemsHeading = "That setting was not applied.";
      this.host.requestUpdate();
      return { kind: "refused", problems };
    }
    this.state = next;
    this.problems = [];
    this.fieldProblems = {};
    window.history.pushState(null, "", writePageState(next));
    this.host.requestUpdate();
    return { kind: "branched", fromTick: result.tick };
  }

  /** The same world again with other luck: the next seed. */
  reseed(): Promise<string[]> {
    return this.edit("seed", String((this.group.runs[0]?.seed ?? 0) + 1));
  }

  /** A feed is recorded as the run goes, so showing another user's starts the run again. */
  pickFeedUser(value: string): Promise<string[]> {
    const next: PageState = { ...this.state, feedUser: value === "" ? undefined : value };
    return this.apply(next, "edit", FEED_USER);
  }

  /**
   * Two futures from `tick`: the run so far replayed exactly, and the same state changed by
   * `change` (an id of FORK_CHANGES), side by side and in the link.
   */
  async fork(tick: number, change: string): Promise<string[]> {
    const next: PageState = {
      ...this.state,
      compare: undefined,
      lesson: undefined,
      fork: String(tick),
      change,
    };
    const from = this.snapshotFor(tick);
    const resume = from === undefined ? undefined : await this.group.runs[0].stateAt(tick);
    const problems = await this.apply(next, "edit", undefined, resume);
    if (problems.length === 0) {
      const how =
        resume && from !== undefined
          ? ` Both start from the snapshot kept at tick ${from}, played on ${tick - from} tick${tick - from === 1 ? "" : "s"}.`
          : "";
      this.notice = `Forked at tick ${tick}: A is the original future, B the changed one.${how} Press Play to run both.`;
    }
    return problems;
  }

  /**
   * The tick of the snapshot a fork at `tick` would start from: the nearest the page's one run
   * keeps, when that run is the page's description replayed (no knob turned mid-run, whose
   * changes a snapshot's replay would miss). Undefined: the futures play from tick 0.
   */
  private snapshotFor(tick: number): number | undefined {
    const [run, other] = this.group.runs;
    const single =
      !other && !this.state.compare && !this.state.lesson && this.state.fork === undefined;
    if (!run?.snapshots || !single || (this.state.live?.length ?? 0) > 0 || tick > run.tick) {
      return undefined;
    }
    const kept = run.snapshots.ticks.filter((at) => at <= tick);
    return kept.length > 0 ? kept[kept.length - 1] : undefined;
  }

  /** Back to the one original world, from tick 0. */
  unfork(): Promise<string[]> {
    return this.apply({ ...this.state, fork: undefined, change: undefined }, "edit");
  }

  compare(spec: CompareSpec | null): Promise<string[]> {
    const next: PageState = {
      ...this.state,
      compare: spec ?? undefined,
      lesson: undefined,
      fork: undefined,
      change: undefined,
    };
    return this.apply(next, "edit");
  }

  pickScenario(id: string): Promise<string[]> {
    return this.apply({ scenario: id, overrides: [], compare: this.state.compare }, "edit");
  }

  openLesson(id: string): Promise<string[]> {
    return this.apply({ scenario: this.state.scenario, overrides: [], lesson: id }, "edit");
  }

  closeLesson(): Promise<string[]> {
    return this.apply({ scenario: this.state.scenario, overrides: [] }, "edit");
  }

  /** Puts a video in one run's spotlight and the link; a refusal is said in the notice. */
  async spotlight(run: number, pick: { video: number } | { user: number } | null): Promise<void> {
    const picked = await this.group.runs[run]?.pick(pick);
    if (!picked) return;
    if (picked.video === null && picked.reason) this.notice = `No spotlight: ${picked.reason}.`;
    const video = picked.video === null ? undefined : String(picked.video);
    this.state = { ...this.state, video };
    window.history.replaceState(null, "", writePageState(this.state));
    this.host.requestUpdate();
  }

  copyLink(): void {
    void navigator.clipboard?.writeText(window.location.href).then(
      () => (this.notice = "Link copied: opening it reproduces this run."),
      () => (this.notice = "Copy the link from the box: the browser refused the clipboard."),
    );
  }

  /** What went wrong and what the page did about it, above the dashboard. */
  banners() {
    const group = this.group;
    return html`
      ${
        this.problems.length > 0
          ? html`<div class="banner problems" role="alert">
              <p><strong>${this.problemsHeading}</strong></p>
              <ul>${this.problems.map(
                (problem) => html`<li>${problem.text}
                  <details><summary>Details</summary><code>${problem.detail}</code></details></li>`,
              )}</ul>
              <button @click=${() => {
                this.problems = [];
                this.host.requestUpdate();
              }}>Dismiss</button>
            </div>`
          : nothing
      }
      ${group.runs.map((run, i) =>
        run.status === "crashed"
          ? html`<div class="banner fault" role="alert">
              <p><strong>The engine for ${group.labels[i]} stopped:</strong> ${run.fault}</p>
              <button @click=${() => void run.restart()}>Restart ${group.labels[i]}</button>
            </div>`
          : run.stalled
            ? html`<div class="banner fault" role="alert">
                <p><strong>The engine for ${group.labels[i]} has not answered for 10 seconds.</strong>
                  It may still be working on a large scenario, or it may be stuck.</p>
                <button @click=${() => void run.restart()}>Restart ${group.labels[i]}</button>
              </div>`
            : nothing,
      )}
      ${this.notice ? html`<p class="banner notice" role="status">${this.notice}</p>` : nothing}`;
  }
}
