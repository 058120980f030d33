import { css, html, LitElement, nothing, unsafeCSS } from "lit";
import type { SpotlightFrame } from "../../engine-host/spotlight.js";
import "../charts/spotlight-chart.js";
import { controlStyles, emit } from "../controls/control-styles.js";
import { NEUTRAL, SPOTLIGHT_COLOUR } from "../palette.js";
import { ordinal } from "./video-race.js";

const count = (n: number) => n.toLocaleString("en-US");

/**
 * `<ls-spotlight>`: the video in the spotlight: what it is, where it stands, and its views,
 * likes and place over time; in the network its likers turn black. Reports `video-pick`
 * {video} for a typed id and `video-pick` {video: null} to let it go.
 */
export class LsSpotlight extends LitElement {
  static override properties = { spotlight: { attribute: false } };
  declare spotlight: SpotlightFrame | undefined;

  static override styles = [
    controlStyles,
    css`
      :host { contain: content; font-size: 0.85rem; }
      h3 { margin: 0; font-size: 0.95rem; display: flex; align-items: center; gap: 0.4rem; }
      h3::before { content: ""; width: 0.8rem; height: 0.8rem; border-radius: 50%; background: ${unsafeCSS(SPOTLIGHT_COLOUR)}; }
      .facts { margin: 0.2rem 0; color: ${unsafeCSS(NEUTRAL.muted)}; }
      .row { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: end; margin-top: 0.3rem; }
      input { width: 6rem; }
      :host { display: flex; flex-direction: column; min-height: 0; flex: 1 1 auto; }
      ls-spotlight-chart { flex: 1 1 0; min-height: 9rem; }
      .hint { color: ${unsafeCSS(NEUTRAL.muted)}; margin: 0.2rem 0; }
    `,
  ];

  private pick(video: number | null): void {
    emit(this, "video-pick", { video });
  }

  private picker() {
    return html`<div class="row">
      <label for="spot-id">Follow video</label>
      <input id="spot-id" type="number" min="0" step="1" .value=${this.spotlight ? String(this.spotlight.video) : ""}
        @change=${(e: Event) => {
          const value = (e.target as HTMLInputElement).valueAsNumber;
          if (Number.isInteger(value) && value >= 0) this.pick(value);
        }} />
      ${this.spotlight ? html`<button @click=${() => this.pick(null)}>Stop following</button>` : nothing}
    </div>`;
  }

  override render() {
    const s = this.spotlight;
    if (!s) {
      return html`<h3>Spotlight</h3>
        <p class="hint">Click a video in the race, a card in the feed or a person in the network to follow one video: its views, likes and place over time, and who liked it.</p>
        ${this.picker()}`;
    }
    if (!s.posted) {
      return html`<h3>Video ${s.video}</h3><p class="hint">Not posted yet: it will appear when the run gets there.</p>${this.picker()}`;
    }
    const viral = s.viralAt >= 0 ? `; went viral at tick ${s.viralAt}` : "";
    return html`<h3>In the spotlight: video ${s.video}</h3>
      <p class="facts">Quality ${s.quality.toFixed(2)}, by creator ${s.creator}, topic ${s.topic + 1}, posted at tick ${s.postedAt}${viral}.
        Now ${ordinal(s.place)} with ${count(s.likes)} likes from ${count(s.impressions)} views.</p>
      <ls-spotlight-chart fill .data=${s.track}></ls-spotlight-chart>
      ${this.picker()}`;
  }
}

customElements.define("ls-spotlight", LsSpotlight);
