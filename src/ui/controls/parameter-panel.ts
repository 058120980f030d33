import { css, html, LitElement, nothing } from "lit";
import type { Scenario } from "../../scenario/schema.js";
import { valueAtPath } from "../../scenario/value-at-path.js";
import { type FieldSpec, scenarioFields } from "../parameter-fields.js";
import type { PlainProblem } from "../plain-problem.js";
import { type SensitivityMark, sensitivityMarks } from "../sensitivity-marks.js";
import { WIDGET_GROUPS, type WidgetSpec } from "../widget-specs.js";
import { controlStyles, emit } from "./control-styles.js";
import { badgeStyles, sensitivityBadge } from "./sensitivity-badge.js";

const FIELDS = scenarioFields();

function number(value: number): string {
  return value.toLocaleString("en", { maximumFractionDigits: 6 });
}

/** Units as the panel says them: a logit is a weight on the log-odds of a like. */
const UNIT_WORDS: Readonly<Record<string, string>> = { probability: "", logit: "(log-odds)" };

/** "Range 2 – 50,000,000 users", from the schema's bounds and unit. */
export function rangeText(field: FieldSpec): string {
  const words = field.unit === undefined ? "" : (UNIT_WORDS[field.unit] ?? field.unit);
  const unit = words ? ` ${words}` : "";
  if (field.minimum !== undefined && field.maximum !== undefined) {
    return `Range ${number(field.minimum)} – ${number(field.maximum)}${unit}.`;
  }
  if (field.minimum !== undefined) return `At least ${number(field.minimum)}${unit}.`;
  if (field.maximum !== undefined) return `At most ${number(field.maximum)}${unit}.`;
  return "";
}

/** A number as the panel shows it: three significant digits (0.06857142857142857 reads 0.0686). */
export function shownValue(value: unknown): string {
  if (typeof value !== "number") return value === undefined ? "" : String(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
}

function idOf(path: string): string {
  return `p-${path.replaceAll(".", "-")}`;
}

/**
 * `<ls-parameter-panel>`: the scenario's fields as labelled inputs, built from the scenario
 * schema (description, unit, range) and the widget specs (which fields, step sizes). A
 * committed edit is reported as `parameter-change`; the app validates it and restarts the run.
 */
export class LsParameterPanel extends LitElement {
  static override properties = {
    scenario: { attribute: false },
    problems: { attribute: false },
    compared: { type: String },
  };
  /** The running scenario: its values fill the inputs. */
  declare scenario: Scenario | undefined;
  /** What was wrong with each refused edit, by dotted path. */
  declare problems: Readonly<Record<string, PlainProblem>>;
  /** The path compare mode sets per world, which this panel then leaves alone. */
  declare compared: string;

  static override styles = [
    controlStyles,
    badgeStyles,
    css`
      fieldset { border: 1px solid #d0d0d0; border-radius: 8px; margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; }
      legend { font-weight: 700; padding: 0 0.3rem; }
      .field { margin: 0 0 0.7rem; }
      .field label { display: flex; justify-content: space-between; gap: 0.5rem; }
      input, select { width: 100%; box-sizing: border-box; margin-top: 0.2rem; }
      input[type="checkbox"] { width: auto; min-height: 1.2rem; }
      [aria-invalid="true"] { border-color: #a33a00; border-width: 2px; }
    `,
  ];

  constructor() {
    super();
    this.problems = {};
    this.compared = "";
  }

  private changed(path: string) {
    return (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      const value =
        target instanceof HTMLInputElement && target.type === "checkbox"
          ? String(target.checked)
          : target.value;
      emit(this, "parameter-change", { path, value });
    };
  }

  private input(widget: WidgetSpec, field: FieldSpec, value: unknown, described: string) {
    const id = idOf(widget.path);
    const invalid = widget.path in this.problems;
    const disabled = widget.path === this.compared;
    if (field.kind === "choice") {
      const options = (field.options ?? []).filter(
        (option) => !widget.exclude?.includes(option) || option === value,
      );
      return html`<select id=${id} aria-describedby=${described} aria-invalid=${invalid}
        ?disabled=${disabled} @change=${this.changed(widget.path)}>
        ${options.map((option) => html`<option ?selected=${option === value}>${option}</option>`)}
      </select>`;
    }
    if (field.kind === "boolean") {
      return html`<input id=${id} type="checkbox" .checked=${value === true}
        aria-describedby=${described} ?disabled=${disabled} @change=${this.changed(widget.path)} />`;
    }
    return html`<input id=${id} type="number" inputmode="decimal"
      min=${field.minimum ?? nothing} max=${field.maximum ?? nothing}
      step=${widget.step ?? (field.kind === "integer" ? 1 : 0.01)}
      .value=${shownValue(value)}
      aria-describedby=${described} aria-invalid=${invalid} ?disabled=${disabled}
      @change=${this.changed(widget.path)} />`;
  }

  private field(
    widget: WidgetSpec,
    scenario: Scenario,
    marks: ReadonlyMap<string, SensitivityMark>,
  ) {
    const field = FIELDS.get(widget.path);
    if (!field) return nothing;
    for (const when of [field.onlyWhen, widget.when]) {
      if (when && !when.values.includes(String(valueAtPath(scenario, when.path)))) return nothing;
    }
    const id = idOf(widget.path);
    const problem = this.problems[widget.path];
    const described = problem ? `${id}-help ${id}-error` : `${id}-help`;
    const note = widget.path === this.compared ? " Compare mode sets this per world." : "";
    const mark = marks.get(widget.path);
    return html`<div class="field">
      <label for=${id}><span>${widget.label}</span>${mark ? sensitivityBadge(mark) : nothing}</label>
      ${this.input(widget, field, valueAtPath(scenario, widget.path), described)}
      <p class="help" id="${id}-help">${field.description} ${rangeText(field)}${note}</p>
      ${
        problem
          ? html`<p class="error" id="${id}-error">${problem.text}</p>
              <details class="help"><summary>Details</summary>${problem.detail}</details>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const scenario = this.scenario;
    if (!scenario) return html`<p class="help">Parameters appear when a scenario is running.</p>`;
    const marks = sensitivityMarks(scenario);
    return html`<p class="help">Every setting of the scenario. Changing one restarts the run with it, on the same seed.${
      marks.size > 0
        ? " Settings marked “matters” drive the results most (sensitivity analysis)."
        : ""
    }</p>
      ${WIDGET_GROUPS.map(
        (group) => html`<fieldset>
          <legend>${group.title}</legend>
          ${group.widgets.map((widget) => this.field(widget, scenario, marks))}
        </fieldset>`,
      )}`;
  }
}

customElements.define("ls-parameter-panel", LsParameterPanel);
