import { css, html, LitElement } from "lit";
import { controlStyles, emit } from "../controls/control-styles.js";
import { TOUR } from "./tour-steps.js";

/**
 * `<ls-tour>`: the card of the guided first visit: the stop's title and text, where it is in
 * the tour, and Back, Next and Skip. It reports `tour-step` with the stop to show (a number,
 * or null to end the tour); the page moves the highlight and keeps time.
 */
export class LsTour extends LitElement {
  static override properties = { step: { type: Number } };
  declare step: number;

  static override styles = [
    controlStyles,
    css`
      :host { position: fixed; z-index: 20; right: 1rem; bottom: 1rem; width: min(24rem, calc(100vw - 2rem));
        background: #fff; border: 2px solid #e69f00; border-radius: 10px; box-shadow: 0 6px 24px #0003;
        padding: 0.7rem 0.9rem; font-size: 0.9rem; }
      h2 { margin: 0 0 0.3rem; font-size: 1rem; }
      p { margin: 0 0 0.5rem; }
      .row { display: flex; gap: 0.4rem; align-items: center; }
      .count { margin-right: auto; color: #4d4d4d; font-size: 0.8rem; }
    `,
  ];

  constructor() {
    super();
    this.step = 0;
  }

  private go(step: number | null): void {
    emit(this, "tour-step", step !== null && step >= TOUR.length ? null : step);
  }

  override render() {
    const stop = TOUR[this.step];
    if (!stop) return html``;
    const last = this.step === TOUR.length - 1;
    return html`<section role="dialog" aria-label="Guided tour" aria-live="polite">
      <h2>${stop.title}</h2>
      <p>${stop.text}</p>
      <div class="row">
        <span class="count">${this.step + 1} of ${TOUR.length}</span>
        <button ?disabled=${this.step === 0} @click=${() => this.go(this.step - 1)}>Back</button>
        <button class="primary" @click=${() => this.go(this.step + 1)}>${last ? "Done" : "Next"}</button>
        ${last ? html`` : html`<button @click=${() => this.go(null)}>Skip</button>`}
      </div>
    </section>`;
  }
}

customElements.define("ls-tour", LsTour);
