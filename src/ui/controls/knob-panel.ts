import { css, html, LitElement, nothing } from "lit";
import type { Scenario } from "../../scenario/schema.js";
import { valueAtPath } from "../../scenario/value-at-path.js";
import { KNOBS, type KnobSpec, knobText, rankerWords } from "../knob-specs.js";
import { scenarioFields } from "../parameter-fields.js";
import type { PlainProblem } from "../plain-problem.js";
import { sensitivityMarks } from "../sensitivity-marks.js";
import { controlStyles, emit } from "./control-styles.js";
import { badgeStyles, sensitivityBadge } from "./sensitivity-badge.js";

const FIELDS = scenarioFields();

export interface KnobChange {
  path: string;
  value: string;
  label: string;
  /** The value as the knob shows it, for the page's notice. */
  shown: string;
}

function idOf(path: string): string {
  return `k-${path.replaceAll(".", "-")}`;
}

/**
 * `<ls-knob-panel>`: the live knobs, in plain words, each with what it does. A change is
 * reported as `knob-change` (KnobChange) when the learner lets go of the control; the page
 * decides how it reaches the run (see live-change.ts).
 */
export class LsKnobPanel extends LitElement {
  static override properties = {
    scenario: { attribute: false },
    problems: { attribute: false },
    note: { type: String },
    dragging: { state: true },
  };
  declare scenario: Scenario | undefined;
  /** Refused values per path, in plain words. */
  declare problems: Readonly<Record<string, PlainProblem>>;
  /** What a change does to the run, said once under the knobs. */
  declare note: string;
  /** A slider's value while it is being dragged, shown before it applies. */
  declare private dragging: { path: string; value: number } | undefined;

  static override styles = [
    controlStyles,
    badgeStyles,
    css`
      :host { display: block; contain: content; font-size: 0.85rem; }
      h3 { margin: 0 0 0.3rem; font-size: 0.95rem; }
      .knob { margin: 0 0 0.4rem; }
      .top { display: flex; justify-content: space-between; gap: 0.4rem; align-items: baseline; }
      label { font-weight: 600; }
      output { font-variant-numeric: tabular-nums; font-weight: 600; color: #0072b2; }
      select { width: 100%; margin-top: 0.1rem; min-height: 1.9rem; }
      .slider { display: flex; align-items: center; gap: 0.3rem; font-size: 0.7rem; color: #4d4d4d; }
      .slider span { flex: 0 0 3.6rem; }
      .slider span:last-child { text-align: right; }
      input[type="range"] { flex: 1; min-width: 0; margin: 0; min-height: 1.5rem; padding: 0; border: none; }
      .hint { margin: 0; font-size: 0.72rem; color: #4d4d4d; line-height: 1.25; }
      details { font-size: 0.75rem; color: #4d4d4d; }
    `,
  ];

  constructor() {
    super();
    this.problems = {};
    this.note = "";
  }

  private send(knob: KnobSpec, value: string): void {
    const shown = knobText(knob, knob.path === "feed.ranker" ? value : Number(value));
    emit<KnobChange>(this, "knob-change", { path: knob.path, value, label: knob.label, shown });
  }

  private control(knob: KnobSpec, value: unknown, described: string) {
    const id = idOf(knob.path);
    const field = FIELDS.get(knob.path);
    if (field?.kind === "choice") {
      return html`<select id=${id} aria-describedby=${described}
        @change=${(e: Event) => this.send(knob, (e.target as HTMLSelectElement).value)}>
        ${(field.options ?? []).map((o) => html`<option value=${o} ?selected=${o === value}>${rankerWords(o)}</option>`)}
      </select>`;
    }
    if (knob.values) {
      const values = knob.values.includes(value as number)
        ? knob.values
        : [...knob.values, value as number].sort((a, b) => a - b);
      return html`<select id=${id} aria-describedby=${described}
        @change=${(e: Event) => this.send(knob, (e.target as HTMLSelectElement).value)}>
        ${values.map((v) => html`<option value=${v} ?selected=${v === value}>${v.toLocaleString("en-US")}</option>`)}
      </select>`;
    }
    return html`<div class="slider"><span aria-hidden="true">${knob.ends?.[0]}</span>
      <input id=${id} type="range" min=${knob.min ?? 0} max=${knob.max ?? 1} step=${knob.step ?? 0.01}
        .value=${String(value)} aria-describedby=${described}
        aria-valuetext=${knobText(knob, this.dragging?.path === knob.path ? this.dragging.value : value)}
        @input=${(e: Event) => (this.dragging = { path: knob.path, value: (e.target as HTMLInputElement).valueAsNumber })}
        @change=${(e: Event) => {
          this.dragging = undefined;
          this.send(knob, (e.target as HTMLInputElement).value);
        }} />
      <span aria-hidden="true">${knob.ends?.[1]}</span></div>`;
  }

  private knob(knob: KnobSpec, scenario: Scenario) {
    if (knob.when && !knob.when.values.includes(String(valueAtPath(scenario, knob.when.path)))) {
      return nothing;
    }
    const value = valueAtPath(scenario, knob.path);
    const id = idOf(knob.path);
    const problem = this.problems[knob.path];
    const shown = this.dragging?.path === knob.path ? this.dragging.value : value;
    const described = problem ? `${id}-hint ${id}-error` : `${id}-hint`;
    const mark = sensitivityMarks(scenario).get(knob.path);
    return html`<div class="knob">
      <div class="top"><label for=${id}>${knob.label}</label>
        ${mark ? sensitivityBadge(mark) : nothing}
        ${knob.path === "feed.ranker" ? nothing : html`<output for=${id}>${knobText(knob, shown)}</output>`}</div>
      ${this.control(knob, value, described)}
      <p class="hint" id="${id}-hint">${knob.hint}</p>
      ${
        problem
          ? html`<p class="error" id="${id}-error">${problem.text}</p>
              <details><summary>Details</summary>${problem.detail}</details>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const scenario = this.scenario;
    if (!scenario)
      return html`<h3>Knobs</h3><p class="hint">They appear when a scenario is running.</p>`;
    return html`<h3>Knobs</h3>
      ${KNOBS.map((knob) => this.knob(knob, scenario))}
      ${this.note ? html`<p class="hint">${this.note}</p>` : nothing}`;
  }
}

customElements.define("ls-knob-panel", LsKnobPanel);
