import { css, html, LitElement, unsafeCSS } from "lit";
import { repeat } from "lit/directives/repeat.js";
import type { FeedCard } from "../../engine-host/feed-cards.js";
import { emit } from "../controls/control-styles.js";
import { LIKE_COLOUR, NEUTRAL, OKABE_ITO, topicColour } from "../palette.js";
import { reasonPhrase } from "./reason-phrases.js";

const count = new Intl.NumberFormat("en-US");
const INK = unsafeCSS(NEUTRAL.ink);
const MUTED = unsafeCSS(NEUTRAL.muted);
const GRID = unsafeCSS(NEUTRAL.grid);
const LIKE = unsafeCSS(LIKE_COLOUR);
const BLUE = unsafeCSS(OKABE_ITO.blue);

/**
 * `<ls-feed-view>`: one user's feed as a phone-sized column of cards, newest first: who made
 * each video, its topic, likes and quality, why the ranker showed it, and a heart that pops
 * when the user liked it. A card's Follow (or a click on it) reports `video-pick` {video}.
 */
export class LsFeedView extends LitElement {
  static override properties = {
    feed: { attribute: false },
    topicName: { attribute: false },
  };
  /** The traced user and its latest impressions as cards, newest first. */
  declare feed: { user: number; cards: readonly FeedCard[] } | undefined;
  /** A topic's name (default "topic 1", "topic 2", …). */
  declare topicName: (topic: number) => string;

  static override styles = css`
    /*
     * Strictly contained at a set height (the dashboard's tile sets it): a new card at the top
     * then lays out the feed alone, not the page around it.
     */
    :host { display: flex; flex-direction: column; contain: strict; height: 30rem; max-width: 375px; margin: 0 auto; font-size: 14px; color: ${INK}; }
    header { padding: 0.5rem 0.75rem; font-weight: 600; border-bottom: 1px solid ${GRID}; }
    ol { list-style: none; margin: 0; padding: 0.5rem; flex: 1 1 0; min-height: 0; overflow-y: auto;
      display: flex; flex-direction: column; gap: 0.5rem; background: #f4f4f4; border-radius: 0 0 12px 12px; }
    /* Cards scrolled out of sight are neither laid out nor painted. */
    li { content-visibility: auto; contain-intrinsic-size: auto 5.5rem; background: #fff; border-radius: 10px; padding: 0.6rem 0.75rem; box-shadow: 0 1px 2px #0002;
      display: grid; grid-template-columns: 2rem 1fr auto; gap: 0.1rem 0.6rem; align-items: center; }
    .avatar { grid-row: span 2; width: 2rem; height: 2rem; border-radius: 50%; }
    .who { font-weight: 600; }
    .when, .topic { color: ${MUTED}; font-size: 12px; }
    .why { grid-column: 2 / 4; font-size: 12px; color: ${MUTED}; }
    .why::before { content: "why: "; font-weight: 600; }
    .quality { grid-column: 1 / 3; display: flex; align-items: center; gap: 0.4rem; font-size: 12px; color: ${MUTED}; }
    .bar { flex: 1; height: 0.45rem; border-radius: 0.25rem; background: ${GRID}; overflow: hidden; }
    .bar span { display: block; height: 100%; background: ${BLUE}; }
    .likes { display: flex; align-items: center; gap: 0.25rem; font-variant-numeric: tabular-nums; }
    .heart { width: 1.2rem; height: 1.2rem; fill: none; stroke: ${MUTED}; stroke-width: 2; }
    .liked .heart { fill: ${LIKE}; stroke: ${LIKE}; animation: pop 600ms ease-out; }
    @keyframes pop { 0% { transform: scale(0); } 55% { transform: scale(1.45); } 100% { transform: scale(1); } }
    @media (prefers-reduced-motion: reduce) { .liked .heart { animation: none; } }
    .empty { padding: 1rem; color: ${MUTED}; }
    li { cursor: pointer; }
    .follow { font: inherit; font-size: 12px; border: 1px solid #767676; border-radius: 6px; background: #f2f2f2;
      padding: 0.1rem 0.45rem; cursor: pointer; }
    .follow:focus-visible { outline: 3px solid #e69f00; }
  `;

  constructor() {
    super();
    this.topicName = (topic) => `topic ${topic + 1}`;
  }

  override render() {
    const feed = this.feed;
    if (!feed) return html`<header>Feed</header><p class="empty">No run yet.</p>`;
    const { user, cards } = feed;
    return html`
      <header>Feed of user ${user}</header>
      <ol aria-label="feed of user ${user}, newest first">
        ${cards.length === 0 ? html`<li class="empty">Nothing shown yet.</li>` : ""}
        ${repeat(
          cards,
          (card) => card.key,
          (card) => this.card(card),
        )}
      </ol>
    `;
  }

  /** Puts a card's video in the spotlight. */
  private follow(video: number): void {
    emit(this, "video-pick", { video });
  }

  private card(card: FeedCard) {
    const topic = this.topicName(card.topic);
    return html`
      <li class=${card.liked ? "liked" : ""} @click=${() => this.follow(card.video)}>
        <span class="avatar" style="background:${topicColour(card.topic)}" aria-hidden="true"></span>
        <span class="who">creator ${card.creator}</span>
        <span class="when">tick ${card.tick}</span>
        <span class="topic">${topic} · video ${card.video}</span>
        <span class="likes" aria-label="${count.format(card.likes)} likes${card.liked ? ", liked by this user" : ""}">
          <svg class="heart" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 21s-7.5-4.6-9.6-9.2C.9 8.4 3 4.5 6.6 4.5c2.2 0 3.7 1.3 4.4 2.6h2c.7-1.3 2.2-2.6 4.4-2.6 3.6 0 5.7 3.9 4.2 7.3C19.5 16.4 12 21 12 21z"/>
          </svg>${count.format(card.likes)}
        </span>
        <span class="why">${reasonPhrase(card.reason)}</span>
        <span class="quality" role="img" aria-label="quality ${card.quality.toFixed(2)} of 1">quality
          <span class="bar"><span style="width:${(100 * card.quality).toFixed(0)}%"></span></span>
          ${card.quality.toFixed(2)}
        </span>
        <button class="follow" aria-label="Follow video ${card.video}"
          @click=${(e: Event) => {
            e.stopPropagation();
            this.follow(card.video);
          }}>Follow</button>
      </li>
    `;
  }
}

customElements.define("ls-feed-view", LsFeedView);
