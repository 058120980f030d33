import { css, html, LitElement, nothing, svg, unsafeCSS } from "lit";
import type { WorldsData } from "../../engine-host/distributions.js";
import { emit } from "../controls/control-styles.js";
import { NEUTRAL, raceColour, SPOTLIGHT_COLOUR } from "../palette.js";

const PANEL = { width: 150, height: 56 };

/** Index of the item with the most likes (ties: the first), or −1 when none has any. */
function leader(likes: Uint32Array): number {
  let best = -1;
  for (let i = 0; i < likes.length; i++)
    if (likes[i] > 0 && (best < 0 || likes[i] > likes[best])) best = i;
  return best;
}

/**
 * `<ls-world-grid>`: the run's worlds as small multiples (MusicLab's eight markets): each
 * world's likes of the same items, in the same order (worst to best quality), so a glance down
 * the grid shows whether the same items win. Each world's leader is coloured; the spotlight
 * item is black in every world. Click a bar to follow that item (`video-pick` {video}).
 */
export class LsWorldGrid extends LitElement {
  static override properties = {
    data: { attribute: false },
    spotlight: { type: Number },
    label: { type: String },
    workers: { type: Number },
  };
  declare data: WorldsData | undefined;
  declare spotlight: number | undefined;
  /** Whose worlds these are (compare mode), for the heading. */
  declare label: string;
  /** Workers the worlds are stepped in (1: one after another in the engine worker). */
  declare workers: number;

  static override styles = css`
    :host { display: block; contain: content; font-size: 0.8rem; }
    p { margin: 0.2rem 0; color: ${unsafeCSS(NEUTRAL.muted)}; }
    ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.3rem 0.5rem;
      grid-template-columns: repeat(auto-fill, minmax(4.6rem, 1fr)); }
    svg { display: block; width: 100%; height: auto; }
    rect.bar { cursor: pointer; }
    h4 { margin: 0; font-size: 0.7rem; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  `;

  constructor() {
    super();
    this.label = "";
    this.workers = 1;
  }

  private panel(likes: Uint32Array, world: number, videos: Int32Array) {
    const { width, height } = PANEL;
    let total = 0;
    let top = 1;
    for (const value of likes) {
      total += value;
      top = Math.max(top, value);
    }
    const lead = leader(likes);
    const barWidth = width / likes.length;
    const share = lead >= 0 && total > 0 ? Math.round((100 * likes[lead]) / total) : 0;
    return html`<li>
      <h4>${world + 1}: ${lead >= 0 ? `item ${videos[lead]}, ${share}%` : "no likes"}</h4>
      <svg viewBox="0 0 ${width} ${height}" role="img"
        aria-label="World ${world + 1}: ${lead >= 0 ? `video ${videos[lead]} leads with ${share}% of the likes` : "no likes yet"}">
        <line x1="0" x2=${width} y1=${height - 0.5} y2=${height - 0.5} stroke=${NEUTRAL.grid}></line>
        ${Array.from(likes, (value, i) => {
          const h = (value / top) * (height - 2);
          const colour =
            videos[i] === this.spotlight
              ? SPOTLIGHT_COLOUR
              : i === lead
                ? raceColour(0)
                : "#a8a8a8";
          return svg`<rect class="bar" x=${i * barWidth + 0.5} y=${height - h} width=${Math.max(0.5, barWidth - 1)}
            height=${Math.max(h, 0.5)} fill=${colour} @click=${() => emit(this, "video-pick", { video: videos[i] })}>
            <title>video ${videos[i]}: ${value} likes</title></rect>`;
        })}
      </svg>
    </li>`;
  }

  override render() {
    const data = this.data;
    if (!data) return html`<p>The worlds appear once the run has started.</p>`;
    return html`${this.label ? html`<p><strong>${this.label}</strong></p>` : nothing}
      <p>${data.likes.length} worlds, the same ${data.videos.length} items in each (lowest quality on the left); above each, its leader and share.
        Blue: the leader; black: the item you follow (click a bar).${
          this.workers > 1
            ? ` The worlds are stepped side by side in ${this.workers} workers, one per core, with the numbers they give one after another.`
            : ""
        }</p>
      <ol aria-label="worlds">${data.likes.map((likes, w) => this.panel(likes, w, data.videos))}</ol>`;
  }
}

customElements.define("ls-world-grid", LsWorldGrid);
