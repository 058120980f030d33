import { describe, expect, it } from "vitest";
import { NetworkWatch } from "../../../src/engine-host/network-watch.js";
import { networkCaption } from "../../../src/ui/views/network-caption.js";
import { NetworkPainter, type PainterReply } from "../../../src/ui/views/network-painter.js";
import { fixtureSnapshot } from "../fixtures/snapshot-fixture.js";

const snapshot = fixtureSnapshot({ users: 400 });

function frameOf(nodes: number) {
  const watch = new NetworkWatch(snapshot.users.followers);
  watch.observe(snapshot);
  return watch.frame(snapshot, nodes, [], { graph: snapshot.graph });
}

/** A painter on a canvas that records nothing, with a clock the test runs by hand. */
function painter() {
  const replies: PainterReply[] = [];
  const queue: (() => void)[] = [];
  const ctx = new Proxy({ canvas: { width: 0, height: 0 } } as Record<string, unknown>, {
    get: (target, name) => (name in target ? target[name as string] : () => {}),
    set: (target, name, value) => {
      target[name as string] = value;
      return true;
    },
  });
  const canvas = { getContext: () => ctx } as unknown as OffscreenCanvas;
  const p = new NetworkPainter((reply) => replies.push(reply), {
    now: () => 0,
    nextFrame: () => {},
    later: (callback) => queue.push(callback),
  });
  p.handle({ kind: "canvas", canvas, seed: 1 });
  p.handle({ kind: "size", width: 400, height: 300, ratio: 1 });
  const settle = () => {
    while (queue.length > 0) queue.shift()!();
  };
  return { painter: p, replies, settle };
}

describe("the network painter (in its worker)", () => {
  it("lays out the drawn users a few ticks at a time, then fits them to the canvas", () => {
    const { painter: p, replies, settle } = painter();
    p.handle({ kind: "frame", frame: frameOf(200) });
    expect(replies[0]).toEqual({ kind: "status", text: "laying out 200 users…" });
    settle();
    expect(replies.at(-1)).toEqual({ kind: "status", text: "" });
    const fit = replies.filter((r) => r.kind === "fit").at(-1);
    expect(fit?.kind === "fit" && fit.transform.k).toBeGreaterThan(0);
  });

  it("names the person under a click, and no one between the dots", () => {
    const { painter: p, replies, settle } = painter();
    const frame = frameOf(150);
    const users = frame.topology!.users.slice();
    p.handle({ kind: "frame", frame });
    settle();
    // The fitted layout leaves the corner empty; scanning the canvas finds dots.
    p.handle({ kind: "pick", id: 1, x: 1, y: 1 });
    expect(replies.at(-1)).toEqual({ kind: "picked", id: 1, user: null });
    let found: number | null = null;
    for (let x = 20; x < 400 && found === null; x += 4) {
      for (let y = 20; y < 300 && found === null; y += 4) {
        p.handle({ kind: "pick", id: 2, x, y });
        const reply = replies.at(-1);
        if (reply?.kind === "picked" && reply.user !== null) found = reply.user;
      }
    }
    expect(found === null ? -1 : users.indexOf(found)).toBeGreaterThanOrEqual(0);
  });

  it("drops a layout in progress when new drawn users arrive", () => {
    const { painter: p, replies, settle } = painter();
    p.handle({ kind: "frame", frame: frameOf(100) });
    p.handle({ kind: "frame", frame: frameOf(250) });
    settle();
    const statuses = replies
      .filter((r) => r.kind === "status")
      .map((r) => r.kind === "status" && r.text);
    expect(statuses).toEqual(["laying out 100 users…", "laying out 250 users…", ""]);
  });
});

describe("the network's caption", () => {
  const facts = {
    drawn: 2000,
    total: 10000,
    likers: 800,
    raceLikers: 1000,
    leaderLikers: 500,
    spotlightLikers: 37,
    spotlighting: false,
    likesShown: 12,
  };

  it("says which users are drawn and how far the race's videos have reached", () => {
    expect(networkCaption(facts, "liked")).toBe(
      "The most liked video has reached 25% of these people, the top 5 together 50%. The 2,000 most followed of 10,000 users. Colour: the best-placed video of the race each person has liked, in its bar's colour.",
    );
  });

  it("says who liked the spotlight video", () => {
    expect(networkCaption({ ...facts, drawn: 10000, spotlighting: true }, "liked")).toBe(
      "All 10,000 users. Black: the 37 of them who liked the video in the spotlight.",
    );
  });
});
