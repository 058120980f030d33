import { css, html, LitElement } from "lit";
import { live } from "lit/directives/live.js";
import type { RunStatus } from "../simulation-controller.js";
import { controlStyles, emit } from "./control-styles.js";

/** Ticks per second the speed menu offers; the worker runs flat out when it cannot keep up. */
export const SPEEDS = [1, 5, 10, 20, 60, 240, 1000] as const;

export type RunCommand = "play" | "pause" | "step" | "reset" | "reseed";

/**
 * `<ls-run-controls>`: play, pause, step, reset, speed, seed and "new seed". It only reports
 * what the user asked for (`run-command`, `speed-change`, `parameter-change` for the seed).
 */
export class LsRunControls extends LitElement {
  static override properties = {
    status: { type: String },
    tick: { type: Number },
    ticks: { type: Number },
    speed: { type: Number },
    seed: { type: Number },
    seedProblem: { type: String, attribute: "seed-problem" },
  };
  declare status: RunStatus;
  declare tick: number;
  declare ticks: number;
  declare speed: number;
  declare seed: number;
  /** Why the last seed typed was refused (the box then shows the running seed again). */
  declare seedProblem: string;

  static override styles = [
    controlStyles,
    // Flex rows wrap, so the bar fits a 375-px phone as two or three rows.
    css`
      .bar { display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; align-items: center; }
      .buttons { display: flex; gap: 0.35rem; }
      .field { display: flex; align-items: center; gap: 0.3rem; font-size: 0.85rem; }
      input[type="number"] { width: 4.5rem; }
      select { max-width: 7.5rem; }
      button.primary { min-width: 5.5rem; font-weight: 700; }
      .clock { display: grid; gap: 0.1rem; min-width: 7.5rem; }
      output { font-variant-numeric: tabular-nums; font-weight: 600; font-size: 0.9rem; }
      progress { width: 100%; height: 0.35rem; }
      @media (max-width: 40rem) {
        .field label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
        .bar { gap: 0.3rem 0.4rem; }
      }
      .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    `,
  ];

  constructor() {
    super();
    this.status = "empty";
    this.tick = 0;
    this.ticks = 0;
    this.speed = 20;
    this.seed = 1;
    this.seedProblem = "";
  }

  private command(name: RunCommand) {
    return () => emit(this, "run-command", name);
  }

  override render() {
    const playing = this.status === "playing";
    const idle = this.status === "empty" || this.status === "crashed";
    const done = this.status === "finished";
    // The clock is not a live region: announcing every tick would drown a screen reader.
    return html`<div class="bar" role="group" aria-label="Run controls">
      <div class="buttons">
        ${
          playing
            ? html`<button class="primary" @click=${this.command("pause")}>Pause</button>`
            : html`<button class="primary" ?disabled=${idle || done} @click=${this.command("play")}>Play</button>`
        }
        <button ?disabled=${idle || done} @click=${this.command("step")}>Step</button>
        <button ?disabled=${idle} @click=${this.command("reset")}>Reset</button>
        <button ?disabled=${idle} aria-describedby="seed-help" @click=${this.command("reseed")}>New seed</button>
      </div>
      <div class="field">
        <label for="speed">Speed</label>
        <select
          id="speed"
          @change=${(e: Event) => emit(this, "speed-change", Number((e.target as HTMLSelectElement).value))}
        >
          ${SPEEDS.map(
            (speed) =>
              html`<option value=${speed} ?selected=${speed === this.speed}>
                ${speed} tick${speed === 1 ? "" : "s"}/s
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="seed">Seed</label>
        <input
          id="seed"
          type="number"
          min="0"
          max="4294967295"
          step="1"
          .value=${live(String(this.seed))}
          aria-describedby="seed-help${this.seedProblem ? " seed-error" : ""}"
          @change=${(e: Event) =>
            emit(this, "parameter-change", {
              path: "seed",
              value: (e.target as HTMLInputElement).value,
            })}
        />
        <span class="sr-only" id="seed-help">Same seed, same run; a new seed replays the world with other luck.</span>
        ${this.seedProblem ? html`<span class="sr-only" id="seed-error">${this.seedProblem}</span>` : ""}
      </div>
      <div class="clock">
        <output id="clock">tick ${this.tick} of ${this.ticks}${done ? " (done)" : ""}</output>
        <progress aria-hidden="true" max=${Math.max(1, this.ticks)} .value=${this.tick}></progress>
      </div>
    </div>`;
  }
}

customElements.define("ls-run-controls", LsRunControls);
