/** The bar at the top: the title, the scenario, the run's controls and the page's panels. */
import { html } from "lit";
import "../controls/run-controls.js";
import type { RunCommand } from "../controls/run-controls.js";
import type { RunGroup } from "../run-group.js";
import { catalog } from "../scenario-catalog.js";

export interface TopBarContext {
  group: RunGroup;
  scenario: string;
  speed: number;
  /** Why the last seed typed was refused, if it was. */
  seedProblem: string;
  lessons: boolean;
  settings: boolean;
  on: {
    scenario(id: string): void;
    command(name: RunCommand): void;
    speed(ticksPerSecond: number): void;
    seed(value: string): void;
    tour(): void;
    lessons(): void;
    settings(): void;
  };
}

export function topBar(ctx: TopBarContext) {
  const first = ctx.group.runs[0];
  return html`<header class="top">
    <h1>likesim <span class="tagline">how likes buy visibility on a short-video platform</span></h1>
    <div class="field scenario">
      <label for="scenario">Scenario</label>
      <select id="scenario" @change=${(e: Event) => ctx.on.scenario((e.target as HTMLSelectElement).value)}>
        ${catalog.map(
          (entry) => html`<option value=${entry.id} ?selected=${entry.id === ctx.scenario}
            title=${entry.description}>${entry.id}</option>`,
        )}
      </select>
    </div>
    <ls-run-controls status=${ctx.group.status} tick=${first?.tick ?? 0}
      ticks=${first?.scenario?.ticks ?? 0} seed=${first?.seed ?? 0} speed=${ctx.speed}
      seed-problem=${ctx.seedProblem}
      @run-command=${(e: CustomEvent<RunCommand>) => ctx.on.command(e.detail)}
      @speed-change=${(e: CustomEvent<number>) => ctx.on.speed(e.detail)}
      @parameter-change=${(e: CustomEvent<{ value: string }>) => ctx.on.seed(e.detail.value)}>
    </ls-run-controls>
    <nav class="panels" aria-label="Panels">
      <button @click=${() => ctx.on.tour()}>Tour</button>
      <button aria-pressed=${ctx.lessons} @click=${() => ctx.on.lessons()}>Lessons</button>
      <button aria-pressed=${ctx.settings} aria-controls="settings" @click=${() => ctx.on.settings()}>Settings</button>
    </nav>
  </header>`;
}
