import { css, html, LitElement } from "lit";
import type { RunStatus } from "../simulation-controller.js";
import { controlStyles, emit } from "./control-styles.js";

/** Ticks per second the speed menu offers; the worker runs flat out when it cannot keep up. */
export const SPEEDS = [1, 5, 20, 60, 240, 1000] as const;

/**
 * `<ls-run-controls>`: play, pause, step, reset, speed and seed. It only reports what the user
 * asked for (`run-command`, `speed-change`, `parameter-change` for the seed).
 */
export class LsRunControls extends LitElement {
  static override properties = {
    status: { type: String },
    tick: { type: Number },
    ticks: { type: Number },
    speed: { type: Number },
    seed: { type: Number },
  };
  declare status: RunStatus;
  declare tick: number;
  declare ticks: number;
  declare speed: number;
  declare seed: number;

  static override styles = [
    controlStyles,
    // Flex rows wrap, so the bar fits a 375-px phone as two or three rows.
    css`
      .bar { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: end; }
      .buttons { display: flex; gap: 0.4rem; }
      .field { display: flex; flex-direction: column; gap: 0.15rem; font-size: 0.85rem; }
      input[type="number"] { width: 8rem; }
      output { font-variant-numeric: tabular-nums; min-width: 9rem; align-self: center; font-weight: 600; }
    `,
  ];

  constructor() {
    super();
    this.status = "empty";
    this.tick = 0;
    this.ticks = 0;
    this.speed = 20;
    this.seed = 1;
  }

  private command(name: "play" | "pause" | "step" | "reset") {
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
            : html`<button class="primary" ?disabled=${idle || done} @click=${this.command("play")}>
                Play
              </button>`
        }
        <button ?disabled=${idle || done} @click=${this.command("step")}>Step</button>
        <button ?disabled=${idle} @click=${this.command("reset")}>Reset</button>
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
          .value=${String(this.seed)}
          aria-describedby="seed-help"
          @change=${(e: Event) =>
            emit(this, "parameter-change", {
              path: "seed",
              value: (e.target as HTMLInputElement).value,
            })}
        />
        <span class="help" id="seed-help">Same seed, same run.</span>
      </div>
      <output id="clock">tick ${this.tick} of ${this.ticks}${done ? " (done)" : ""}</output>
    </div>`;
  }
}

customElements.define("ls-run-controls", LsRunControls);
