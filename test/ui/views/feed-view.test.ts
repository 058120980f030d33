// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { REASONS } from "../../../src/engine/types.js";
import { feedCards } from "../../../src/engine-host/feed-cards.js";
import "../../../src/ui/views/feed-view.js";
import type { LsFeedView } from "../../../src/ui/views/feed-view.js";
import { reasonPhrase } from "../../../src/ui/views/reason-phrases.js";
import { fixtureSnapshot } from "../fixtures/snapshot-fixture.js";

const snapshot = fixtureSnapshot({ users: 200 });

describe("the feed cards", () => {
  it("join each impression of the trace with its video, newest first", () => {
    const cards = feedCards(snapshot, 100);
    const { trace, videos } = snapshot;
    expect(cards).toHaveLength(trace.count);
    cards.forEach((card, i) => {
      const k = trace.count - 1 - i;
      expect(card.video).toBe(trace.video[k]);
      expect(card.tick).toBe(trace.tick[k]);
      expect(card.liked).toBe(trace.liked[k] === 1);
      expect(card.reason).toBe(REASONS[trace.reason[k]]);
      expect(card.creator).toBe(videos.creator[card.video]);
      expect(card.likes).toBe(videos.likes[card.video]);
    });
  });

  it("keep only the newest `limit` impressions", () => {
    const cards = feedCards(snapshot, 3);
    expect(cards.map((c) => c.video)).toEqual(Array.from(snapshot.trace.video.slice(-3)).reverse());
  });

  it("have distinct keys even when a video is shown twice in one tick", () => {
    const twice = {
      ...snapshot,
      trace: {
        ...snapshot.trace,
        video: new Int32Array(snapshot.trace.count).fill(5),
        tick: new Int32Array(snapshot.trace.count).fill(9),
      },
    };
    const keys = feedCards(twice, 100).map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("every reason has a phrase a learner can read", () => {
  it.each(REASONS)("%s", (reason) => {
    expect(reasonPhrase(reason).length).toBeGreaterThan(5);
  });

  it("reads a reason the engine adds later as its own words", () => {
    expect(reasonPhrase("no-pool-open")).toBe("no pool open");
  });
});

describe("the feed view", () => {
  it("shows a card per impression with why it was shown and a filled heart where the user liked", async () => {
    const view = document.createElement("ls-feed-view") as LsFeedView;
    document.body.append(view);
    const expected = feedCards(snapshot, 6);
    view.feed = { user: snapshot.trace.user, cards: expected };
    await view.updateComplete;
    const cards = [...view.shadowRoot!.querySelectorAll("li")];
    expect(cards).toHaveLength(6);
    cards.forEach((card, i) => {
      expect(card.querySelector(".why")?.textContent).toBe(reasonPhrase(expected[i].reason));
      expect(card.classList.contains("liked")).toBe(expected[i].liked);
      expect(card.querySelector(".who")?.textContent).toBe(`creator ${expected[i].creator}`);
    });
    expect(cards.some((c) => c.classList.contains("liked"))).toBe(true);
    view.remove();
  });

  it("keeps the DOM of cards already shown when a newer snapshot arrives, so hearts do not replay", async () => {
    const view = document.createElement("ls-feed-view") as LsFeedView;
    document.body.append(view);
    view.feed = { user: 12, cards: feedCards(snapshot, 30) };
    await view.updateComplete;
    const before = view.shadowRoot!.querySelector("li");
    const { trace } = snapshot;
    const longer = {
      ...snapshot,
      trace: {
        ...trace,
        count: trace.count + 1,
        video: Int32Array.from([...trace.video, 1]),
        reason: Uint8Array.from([...trace.reason, 0]),
        liked: Uint8Array.from([...trace.liked, 1]),
        tick: Int32Array.from([...trace.tick, 41]),
      },
    };
    view.feed = { user: 12, cards: feedCards(longer, 30) };
    await view.updateComplete;
    const items = view.shadowRoot!.querySelectorAll("li");
    expect(items[1]).toBe(before);
    expect(items[0].querySelector(".when")?.textContent).toBe("tick 41");
    view.remove();
  });
});
