/** The settings drawer: every parameter, compare mode, sharing and exports, and the scenario's story. */
import { html, nothing } from "lit";
import "../controls/compare-controls.js";
import "../controls/export-menu.js";
import type { ExportRequest } from "../controls/export-menu.js";
import "../controls/parameter-panel.js";
import type { Scenario } from "../../scenario/schema.js";
import type { CompareSpec } from "../page-state.js";
import type { PlainProblem } from "../plain-problem.js";
import { CHARTS } from "./more-charts.js";

export interface DrawerContext {
  open: boolean;
  scenario: Scenario | undefined;
  problems: Readonly<Record<string, PlainProblem>>;
  compare: CompareSpec | undefined;
  current(path: string): unknown;
  knobs: unknown;
  on: {
    close(): void;
    edit(path: string, value: string): void;
    compare(spec: CompareSpec | null): void;
    exportFile(request: ExportRequest): void;
    copyLink(): void;
  };
}

function about(scenario: Scenario | undefined) {
  const text = scenario?.about;
  if (!text) return nothing;
  return html`<details>
    <summary>About this scenario</summary>
    <dl class="about">
      ${text.what ? html`<dt>What is it</dt><dd>${text.what}</dd>` : nothing}
      ${text.how ? html`<dt>How it works</dt><dd>${text.how}</dd>` : nothing}
      ${text.notice ? html`<dt>Things to notice</dt><dd>${text.notice}</dd>` : nothing}
      ${text.try ? html`<dt>Things to try</dt><dd>${text.try}</dd>` : nothing}
      ${text.references.length > 0 ? html`<dt>References</dt>${text.references.map((r) => html`<dd>${r}</dd>`)}` : nothing}
    </dl>
  </details>`;
}

export function settingsDrawer(ctx: DrawerContext) {
  return html`<aside id="settings" class="drawer" ?hidden=${!ctx.open} aria-label="Settings"
    @keydown=${(e: KeyboardEvent) => e.key === "Escape" && ctx.on.close()}>
    <div class="drawer-head">
      <h2>Settings</h2>
      <button @click=${() => ctx.on.close()}>Close</button>
    </div>
    ${ctx.knobs}
    <details>
      <summary>Compare two worlds</summary>
      <ls-compare-controls .spec=${ctx.compare} .current=${ctx.current}
        @compare-change=${(e: CustomEvent<CompareSpec | null>) => ctx.on.compare(e.detail)}></ls-compare-controls>
    </details>
    <details>
      <summary>Advanced: every setting</summary>
      <ls-parameter-panel .scenario=${ctx.scenario} .problems=${ctx.problems}
        compared=${ctx.compare?.path ?? ""}
        @parameter-change=${(e: CustomEvent<{ path: string; value: string }>) => ctx.on.edit(e.detail.path, e.detail.value)}>
      </ls-parameter-panel>
    </details>
    <details>
      <summary>Share and export</summary>
      <div class="field">
        <label for="share">Link to this run</label>
        <div class="share">
          <input id="share" readonly .value=${window.location.href} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          <button @click=${() => ctx.on.copyLink()}>Copy link</button>
        </div>
      </div>
      <ls-export-menu .charts=${CHARTS} ?disabled=${!ctx.scenario}
        @export-request=${(e: CustomEvent<ExportRequest>) => ctx.on.exportFile(e.detail)}></ls-export-menu>
    </details>
    ${about(ctx.scenario)}
  </aside>`;
}
