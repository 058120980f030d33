import { css, html, LitElement, nothing } from "lit";
import type { CompareSpec } from "../page-state.js";
import { DEFAULT_COMPARE } from "../page-state.js";
import { type FieldSpec, scenarioFields } from "../parameter-fields.js";
import { comparablePaths, WIDGET_GROUPS } from "../widget-specs.js";
import { controlStyles, emit } from "./control-styles.js";

const FIELDS = scenarioFields();
/** Settings two worlds can differ in: every panel widget but the graph's kind-specific ones. */
const PATHS = new Set(comparablePaths((path) => FIELDS.get(path)?.onlyWhen !== undefined));
const COMPARABLE = WIDGET_GROUPS.flatMap((group) => group.widgets).filter((widget) =>
  PATHS.has(widget.path),
);

/**
 * `<ls-compare-controls>`: switches compare mode on and off and picks the one setting the two
 * worlds differ in, with a value for each. Reports `compare-change` with the spec or null.
 */
export class LsCompareControls extends LitElement {
  static override properties = { spec: { attribute: false }, current: { attribute: false } };
  /** The compared setting, or undefined when one world runs. */
  declare spec: CompareSpec | undefined;
  /** The running scenario's value of a path, to start a newly chosen setting from. */
  declare current: (path: string) => unknown;

  static override styles = [
    controlStyles,
    css`
      .row { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: end; }
      .field { display: flex; flex-direction: column; gap: 0.15rem; font-size: 0.85rem; }
      .toggle { display: flex; gap: 0.4rem; align-items: center; min-height: 2.25rem; }
      input[type="text"] { width: 9rem; }
    `,
  ];

  constructor() {
    super();
    this.current = () => undefined;
  }

  private send(spec: CompareSpec | undefined): void {
    emit(this, "compare-change", spec ?? null);
  }

  private startingValues(path: string): CompareSpec {
    if (path === DEFAULT_COMPARE.path) return DEFAULT_COMPARE;
    const field = FIELDS.get(path) as FieldSpec;
    if (field.kind === "choice") {
      const [a, b] = field.options ?? [];
      return { path, a, b: b ?? a };
    }
    const value = String(this.current(path) ?? "");
    return { path, a: value, b: value };
  }

  private valueInput(which: "a" | "b", spec: CompareSpec) {
    const field = FIELDS.get(spec.path);
    const id = `compare-${which}`;
    const update = (event: Event) =>
      this.send({ ...spec, [which]: (event.target as HTMLInputElement).value });
    const label = html`<label for=${id}>World ${which.toUpperCase()}</label>`;
    if (field?.kind === "choice") {
      return html`<div class="field">${label}
        <select id=${id} @change=${update}>
          ${(field.options ?? []).map((o) => html`<option ?selected=${o === spec[which]}>${o}</option>`)}
        </select></div>`;
    }
    return html`<div class="field">${label}
      <input id=${id} type="text" inputmode="decimal" .value=${spec[which]} @change=${update} /></div>`;
  }

  override render() {
    const spec = this.spec;
    return html`<div class="row" role="group" aria-label="Compare two worlds">
      <label class="toggle">
        <input type="checkbox" .checked=${spec !== undefined}
          @change=${(e: Event) => this.send((e.target as HTMLInputElement).checked ? DEFAULT_COMPARE : undefined)} />
        Compare two worlds
      </label>
      ${
        spec
          ? html`<div class="field">
                <label for="compare-path">Differing in</label>
                <select id="compare-path"
                  @change=${(e: Event) => this.send(this.startingValues((e.target as HTMLSelectElement).value))}>
                  ${COMPARABLE.map(
                    (w) =>
                      html`<option value=${w.path} ?selected=${w.path === spec.path}>${w.label} (${w.path})</option>`,
                  )}
                </select>
              </div>
              ${this.valueInput("a", spec)} ${this.valueInput("b", spec)}`
          : nothing
      }
    </div>
    ${spec ? html`<p class="help">Same seed and population; only ${spec.path} differs. Charts overlay the two worlds.</p>` : nothing}`;
  }
}

customElements.define("ls-compare-controls", LsCompareControls);
