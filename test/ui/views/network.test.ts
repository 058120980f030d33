import { describe, expect, it } from "vitest";
import { NetworkWatch } from "../../../src/engine-host/network-watch.js";
import {
  LIKE_COLOUR,
  LIKED_NOTHING_COLOUR,
  raceColour,
  SPOTLIGHT_COLOUR,
} from "../../../src/ui/palette.js";
import { forceLayout, startLayout } from "../../../src/ui/views/force-layout.js";
import { paintNetwork } from "../../../src/ui/views/network-paint.js";
import { buildScene } from "../../../src/ui/views/network-scene.js";
import { fixtureSnapshot } from "../fixtures/snapshot-fixture.js";

const snapshot = fixtureSnapshot({ users: 600 });
/** The network data of the fixture's first `nodes` users, with videos 0 and 1 in the race. */
function networkFrame(nodes: number, spotlight: number | null = null) {
  const watch = new NetworkWatch(snapshot.users.followers);
  watch.observe(snapshot);
  watch.spotlight(spotlight);
  const race = [
    { video: 0, slot: 0 },
    { video: 1, slot: 3 },
  ];
  return watch.frame(snapshot, nodes, race, { graph: snapshot.graph });
}

describe("the force layout", () => {
  const frame = networkFrame(300);
  const input = { nodeCount: 300, edges: frame.edges!, seed: 3, ticks: 60 };

  it("gives the same positions for the same graph and seed", () => {
    expect(forceLayout(input)).toEqual(forceLayout(input));
  });

  it("gives the same positions run in steps as run at once", () => {
    const run = startLayout(input);
    let done = false;
    while (!done) done = run.step(7);
    expect(run.positions()).toEqual(forceLayout(input));
  });

  it("puts followers nearer the users they follow than random pairs", () => {
    const p = forceLayout(input);
    const edges = input.edges;
    const distance = (i: number, j: number) =>
      Math.hypot(p[2 * i] - p[2 * j], p[2 * i + 1] - p[2 * j + 1]);
    let linked = 0;
    for (let e = 0; e < edges.length; e += 2) linked += distance(edges[e], edges[e + 1]);
    linked /= edges.length / 2;
    let unlinked = 0;
    for (let i = 0; i < 300; i++) unlinked += distance(i, (i * 7 + 131) % 300);
    unlinked /= 300;
    expect(linked).toBeLessThan(0.6 * unlinked);
    expect(p.every(Number.isFinite)).toBe(true);
  });
});

describe("the network scene", () => {
  it("gives bigger dots to users with more followers", () => {
    const frame = networkFrame(200);
    const scene = buildScene(frame.topology!.topic, frame.edges!, frame, "liked");
    for (let i = 1; i < scene.nodeCount; i++) {
      expect(scene.radius[i]).toBeLessThanOrEqual(scene.radius[i - 1]);
    }
    expect(scene.radius[0]).toBeGreaterThan(3 * scene.radius[scene.nodeCount - 1]);
  });

  it("colours people by the best-placed race video they liked, or by their main interest", () => {
    const frame = networkFrame(600);
    const liked = buildScene(frame.topology!.topic, frame.edges!, frame, "liked");
    const users = frame.topology!.users;
    const { liker, video } = snapshot.likeEvents;
    const likedVideo = (user: number, v: number) =>
      Array.from(liker).some((u, e) => u === user && video[e] === v);
    let checked = 0;
    for (const user of new Set(liker)) {
      const node = users.indexOf(user);
      if (likedVideo(user, 0)) expect(liked.colour[node]).toBe(raceColour(0));
      else if (likedVideo(user, 1)) expect(liked.colour[node]).toBe(raceColour(3));
      else continue;
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
    const quiet = users.findIndex((u) => !Array.from(liker).includes(u));
    expect(liked.colour[quiet]).toBe(LIKED_NOTHING_COLOUR);
    const interest = buildScene(frame.topology!.topic, frame.edges!, frame, "interest");
    expect(new Set(interest.colour).size).toBeGreaterThan(3);
  });

  it("puts the spotlight's likers in its colour and emphasises only them", () => {
    const frame = networkFrame(600, 2);
    const scene = buildScene(frame.topology!.topic, frame.edges!, frame, "liked");
    expect(scene.emphasising).toBe(true);
    const lit = scene.colour.flatMap((c, i) => (c === SPOTLIGHT_COLOUR ? [i] : []));
    expect(lit.length).toBe(frame.spotlightLikers);
    expect(lit.length).toBeGreaterThan(0);
    for (const i of lit) expect(scene.emphasised[i]).toBe(1);
  });
});

/** A canvas context that records the calls the painter makes. */
function recordingContext() {
  const calls: { name: string; style: string }[] = [];
  const state: Record<string | symbol, unknown> = {};
  const ctx = new Proxy(state, {
    get: (target, name) =>
      name in target
        ? target[name]
        : (..._: unknown[]) =>
            calls.push({ name: String(name), style: String(target.strokeStyle ?? "") }),
    set: (target, name, value) => {
      target[name] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe("painting the network", () => {
  const frame = networkFrame(200);
  const scene = buildScene(frame.topology!.topic, frame.edges!, frame, "liked");
  const positions = forceLayout({ nodeCount: 200, edges: scene.edges, seed: 1, ticks: 20 });
  const paintFrame = {
    width: 400,
    height: 300,
    transform: { x: 200, y: 150, k: 1 },
    progress: 1,
    reducedMotion: false,
  };

  it("draws every node once and one line per edge when no like is animating", () => {
    const { ctx, calls } = recordingContext();
    paintNetwork(ctx, scene, positions, paintFrame);
    expect(calls.filter((c) => c.name === "arc")).toHaveLength(200);
    expect(calls.filter((c) => c.name === "lineTo")).toHaveLength(scene.edges.length / 2);
  });

  it("with reduced motion marks each liker with a like-coloured ring and moves nothing", () => {
    const { ctx, calls } = recordingContext();
    paintNetwork(ctx, scene, positions, { ...paintFrame, progress: 0.3, reducedMotion: true });
    const likers = new Set(scene.likeTo).size;
    expect(likers).toBeGreaterThan(0);
    expect(calls.filter((c) => c.name === "arc")).toHaveLength(200 + likers);
    expect(calls.filter((c) => c.name === "stroke" && c.style === LIKE_COLOUR)).toHaveLength(1);
  });

  it("sends a pulse along each edge a like travelled while the animation runs", () => {
    const { ctx, calls } = recordingContext();
    paintNetwork(ctx, scene, positions, { ...paintFrame, progress: 0.3 });
    const travelling = Array.from(scene.likeFrom).filter((f) => f >= 0).length;
    const flashing = scene.likeTo.length - travelling;
    expect(travelling).toBeGreaterThan(0);
    expect(calls.filter((c) => c.name === "arc")).toHaveLength(200 + travelling + flashing);
  });
});
