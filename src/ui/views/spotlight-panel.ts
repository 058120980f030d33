import { css, html, LitElement, unsafeCSS } from "lit";
import type { SpotlightFrame } from "../../engine-host/spotlight.js";
import "../charts/spotlight-chart.js";
import { controlStyles, emit } from "../controls/control-styles.js";
import { NEUTRAL, SPOTLIGHT_COLOUR } from "../palette.js";
import { ordinal } from "./video-race.js";

const count = (n: number) => n.toLocaleString("en-US");

/**
 * `<ls-spotlight>`: the video in the spotlight: what it is, where it stands, and its views,
 * likes and place over time; in the network its likers turn black. With none, it says how to
 * pick one (or takes an id). Reports `video-pick` {video}, and {video: null} to let it go.
 */
export class LsSpotlight extends LitElement {
  static override properties = { spotlight: { attribute: false } };
  declare spotlight: SpotlightFrame | undefined;

  static override styles = [
    controlStyles,
    css`
      :host { contain: content; font-size: 0.85rem; }
      .head { display: flex; align-items: center; justify-content: space-between; gap: 0.4rem; }
      .head button { min-height: 1.8rem; font-size: 0.8rem; padding: 0.1rem 0.5rem; }
      h3 { margin: 0; font-size: 0.95rem; display: flex; align-items: center; gap: 0.4rem; }
      h3::before { content: ""; width: 0.8rem; height: 0.8rem; border-radius: 50%; background: ${unsafeCSS(SPOTLIGHT_COLOUR)}; }
      .facts { margin: 0.2rem 0; color: ${unsafeCSS(NEUTRAL.muted)}; }
      .row { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: end; margin-top: 0.3rem; }
      input { width: 6rem; }
      :host { display: flex; flex-direction: column; min-height: 0; flex: 1 1 auto; }
      ls-spotlight-chart { flex: 1 1 0; min-height: 10rem; }
      /* Stacked on a phone, the tile has no set height: the chart takes one of its own. */
      @media (max-width: 75rem) { ls-spotlight-chart { flex: none; height: 15rem; } }
      .hint { color: ${unsafeCSS(NEUTRAL.muted)}; margin: 0.2rem 0; }
    `,
  ];

  private pick(video: number | null): void {
    emit(this, "video-pick", { video });
  }

  private picker() {
    return html`<div class="row">
      <label for="spot-id">Follow video</label>
      <input id="spot-id" type="number" min="0" step="1"
        @change=${(e: Event) => {
          const value = (e.target as HTMLInputElement).valueAsNumber;
          if (Number.isInteger(value) && value >= 0) this.pick(value);
        }} />
    </div>`;
  }

  override render() {
    const s = this.spotlight;
    if (!s) {
      return html`<h3>Spotlight</h3>
        <p class="hint">Click a video in the race, a card in the feed or a person in the network to follow one video: its views, likes and place over time, and who liked it.</p>
        ${this.picker()}`;
    }
    const stop = html`<button @click=${() => this.pick(null)}>Stop following</button>`;
    if (!s.posted) {
      return html`<div class="head"><h3>Video ${s.video}</h3>${stop}</div>
        <p class="hint">Not posted yet: it will appear when the run gets there.</p>`;
    }
    const viral = s.viralAt >= 0 ? `; went viral at tick ${s.viralAt}` : "";
    return html`<div class="head"><h3>In the spotlight: video ${s.video}</h3>${stop}</div>
      <p class="facts">Quality ${s.quality.toFixed(2)}, by creator ${s.creator}, topic ${s.topic + 1}, posted at tick ${s.postedAt}${viral}.
        Now ${ordinal(s.place)} with ${count(s.likes)} likes from ${count(s.impressions)} views.</p>
      <ls-spotlight-chart fill .data=${s.track}></ls-spotlight-chart>`;
  }
}

customElements.define("ls-spotlight", LsSpotlight);
