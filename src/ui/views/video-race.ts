import { css, html, LitElement, nothing, unsafeCSS } from "lit";
import { repeat } from "lit/directives/repeat.js";
import type { RaceEntry, RaceFrame } from "../../engine-host/video-race.js";
import { emit } from "../controls/control-styles.js";
import { LIKE_COLOUR, NEUTRAL, raceColour, SPOTLIGHT_COLOUR } from "../palette.js";

const count = (n: number) => n.toLocaleString("en-US");
const ROW = 2.3; // rem

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${count(n)}${suffix}`;
}

/** What a row says to a screen reader. */
function describe(entry: RaceEntry): string {
  const viral = entry.viralAt >= 0 ? `, went viral at tick ${entry.viralAt}` : "";
  return `${ordinal(entry.rank)}: video ${entry.video}, ${count(entry.likes)} likes, quality ${entry.quality.toFixed(2)}, posted at tick ${entry.postedAt}${viral}`;
}

/**
 * `<ls-video-race>`: the most liked videos as bars that change places as likes arrive, each
 * with its quality beside its likes, so that a mediocre early leader ahead of a better late
 * video shows. A row per video in its race colour (the same colour marks, in the network, the
 * people who liked it); the best video posted so far is pinned below when it is not in
 * the race. Click a row to put the video in the spotlight (`video-pick` {video}).
 */
export class LsVideoRace extends LitElement {
  static override properties = {
    race: { attribute: false },
    spotlight: { type: Number },
    held: { state: true },
  };
  declare race: RaceFrame | undefined;
  /**
   * The race as it stood when the pointer (or the keyboard) came onto it: rows do not move
   * under a pointer about to click one.
   */
  declare private held: RaceFrame | undefined;
  /** The video in the spotlight, outlined if it is in the race. */
  declare spotlight: number | undefined;

  static override styles = css`
    :host { display: block; contain: content; font-size: 0.85rem; }
    h3 { margin: 0 0 0.2rem; font-size: 0.95rem; }
    .note { margin: 0 0 0.3rem; color: ${unsafeCSS(NEUTRAL.muted)}; font-size: 0.75rem; line-height: 1.25; }
    ol { list-style: none; margin: 0; padding: 0; position: relative; }
    li { position: absolute; left: 0; right: 0; height: ${ROW - 0.25}rem; transition: transform 350ms ease; }
    button { all: unset; box-sizing: border-box; display: grid; width: 100%; height: 100%; cursor: pointer;
      grid-template-columns: 1.6rem minmax(0, 1fr) 6.2rem; grid-template-rows: 1fr 1fr; column-gap: 0.4rem;
      align-items: center; border-radius: 6px; padding: 0.1rem 0.3rem; }
    button:hover { background: #f2f2f2; }
    button:focus-visible { outline: 3px solid #e69f00; }
    .spot button { box-shadow: inset 0 0 0 2px ${unsafeCSS(SPOTLIGHT_COLOUR)}; }
    .place { grid-row: span 2; font-weight: 700; text-align: right; font-variant-numeric: tabular-nums; }
    .bar { height: 0.7rem; border-radius: 3px; background: var(--colour); min-width: 2px; }
    .likes { font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
    .likes::before { content: "♥ "; color: ${unsafeCSS(LIKE_COLOUR)}; }
    .meta { color: ${unsafeCSS(NEUTRAL.muted)}; font-size: 0.75rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .quality { display: flex; align-items: center; gap: 0.25rem; font-size: 0.75rem; color: ${unsafeCSS(NEUTRAL.muted)}; }
    .gauge { flex: 1; height: 0.4rem; border-radius: 2px; background: ${unsafeCSS(NEUTRAL.grid)}; position: relative; }
    .gauge span { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 2px; background: #4d4d4d; }
    .best { margin-top: 0.3rem; border-top: 1px dashed #c8c8c8; padding-top: 0.3rem; position: static; height: auto; }
    .best button { grid-template-rows: auto auto; }
    .held { font-weight: 400; font-size: 0.75rem; color: ${unsafeCSS(NEUTRAL.muted)}; }
    .empty { color: ${unsafeCSS(NEUTRAL.muted)}; margin: 0.5rem 0; }
    @media (prefers-reduced-motion: reduce) { li { transition: none; } }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener("pointerenter", this.hold);
    this.addEventListener("focusin", this.hold);
    this.addEventListener("pointerleave", this.release);
    this.addEventListener("focusout", this.release);
  }

  override disconnectedCallback(): void {
    this.removeEventListener("pointerenter", this.hold);
    this.removeEventListener("focusin", this.hold);
    this.removeEventListener("pointerleave", this.release);
    this.removeEventListener("focusout", this.release);
    super.disconnectedCallback();
  }

  private readonly hold = () => {
    this.held ??= this.race;
  };

  private readonly release = (event: Event) => {
    if (event.type === "focusout" && this.matches(":hover")) return;
    this.held = undefined;
  };

  private pick(video: number): void {
    emit(this, "video-pick", { video });
  }

  private row(entry: RaceEntry | Omit<RaceEntry, "slot">, top: number, best: boolean) {
    const slot = "slot" in entry ? entry.slot : -1;
    const colour = slot >= 0 ? raceColour(slot) : "#9a9a9a";
    const width = top > 0 ? (100 * entry.likes) / top : 0;
    const viral = entry.viralAt >= 0 ? ` · viral t${entry.viralAt}` : "";
    return html`<button aria-label=${describe({ ...entry, slot })} @click=${() => this.pick(entry.video)}>
      <span class="place">${best ? ordinal(entry.rank) : entry.rank}</span>
      <span class="bar" style="--colour:${colour};width:${width.toFixed(1)}%"></span>
      <span class="likes">${count(entry.likes)}</span>
      <span class="meta">${best ? "best so far: " : ""}video ${entry.video} · posted t${entry.postedAt}${viral}</span>
      <span class="quality" title="quality: the chance a viewer likes it, before anyone else's likes">
        q <span class="gauge"><span style="width:${(100 * entry.quality).toFixed(0)}%"></span></span>
        ${entry.quality.toFixed(2)}</span>
    </button>`;
  }

  override render() {
    const race = this.held ?? this.race;
    const entries = race?.entries ?? [];
    const top = entries[0]?.likes ?? 0;
    const share = race && race.likes > 0 ? Math.round(100 * race.raceShare) : 0;
    return html`<h3>The race: most liked videos${this.held ? html` <span class="held">(held while you point)</span>` : nothing}</h3>
      <p class="note">${
        race && race.likes > 0
          ? `Top ${entries.length} of ${count(race.videos)} videos: ${share}% of ${count(race.likes)} likes. q quality, t tick.`
          : "No likes yet: press Play. Bars will show likes; q each video's quality (0–1)."
      }</p>
      ${entries.length === 0 ? html`<p class="empty">Nobody has liked anything yet.</p>` : nothing}
      <ol aria-label="most liked videos, most liked first" style="height:${entries.length * ROW}rem">
        ${repeat(
          entries,
          (entry) => entry.video,
          (entry) => html`<li class=${entry.video === this.spotlight ? "spot" : ""}
            style="transform:translateY(${(entry.rank - 1) * ROW}rem)">${this.row(entry, top, false)}</li>`,
        )}
      </ol>
      ${
        race?.best
          ? html`<ol aria-label="the best video posted so far"><li class="best ${race.best.video === this.spotlight ? "spot" : ""}">${this.row(race.best, top, true)}</li></ol>`
          : nothing
      }`;
  }
}

customElements.define("ls-video-race", LsVideoRace);
