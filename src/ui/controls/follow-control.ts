import { css, html, LitElement, nothing } from "lit";
import { controlStyles, emit } from "./control-styles.js";

/**
 * `<ls-follow-control>`: picks a video to follow through the network (by id, or the most liked
 * one) and says what the highlight shows. Reports `follow-change` with the id or null.
 */
export class LsFollowControl extends LitElement {
  static override properties = {
    video: { type: Number },
    top: { type: Number },
  };
  /** The followed video, if any. */
  declare video: number | undefined;
  /** The most liked video so far, if any video has a like. */
  declare top: number | undefined;

  static override styles = [
    controlStyles,
    css`
      .row { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: end; }
      .field { display: flex; flex-direction: column; gap: 0.15rem; font-size: 0.85rem; }
      input { width: 7rem; }
    `,
  ];

  private send(video: number | null): void {
    emit(this, "follow-change", video);
  }

  override render() {
    const followed = this.video !== undefined;
    return html`<div class="row" role="group" aria-label="Follow a video">
        <div class="field">
          <label for="video">Follow video</label>
          <input id="video" type="number" min="0" step="1" .value=${followed ? String(this.video) : ""}
            aria-describedby="follow-help"
            @change=${(e: Event) => {
              const value = (e.target as HTMLInputElement).valueAsNumber;
              this.send(Number.isInteger(value) && value >= 0 ? value : null);
            }} />
        </div>
        <button ?disabled=${this.top === undefined} @click=${() => this.send(this.top ?? null)}>
          Follow the most liked${this.top === undefined ? "" : ` (video ${this.top})`}
        </button>
        ${followed ? html`<button @click=${() => this.send(null)}>Stop following</button>` : nothing}
      </div>
      <p class="help" id="follow-help">${
        followed
          ? `In the spotlight: video ${this.video}; the network shows who liked it.`
          : "Pick a video to see, in the network, who likes it from now on."
      }</p>`;
  }
}

customElements.define("ls-follow-control", LsFollowControl);
