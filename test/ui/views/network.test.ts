import { describe, expect, it } from "vitest";
import { LIKE_COLOUR } from "../../../src/ui/palette.js";
import { forceLayout } from "../../../src/ui/views/force-layout.js";
import { describeSample, sampledEdges, sampleUsers } from "../../../src/ui/views/graph-sample.js";
import { paintNetwork } from "../../../src/ui/views/network-paint.js";
import { buildScene, MAX_PULSES } from "../../../src/ui/views/network-scene.js";
import { fixtureSnapshot } from "../fixtures/snapshot-fixture.js";

const snapshot = fixtureSnapshot({ users: 600 });
const graph = snapshot.graph!;
const accessors = {
  colour: (u: number) => ["a", "b", "c"][u % 3],
  size: (u: number) => snapshot.users.followers[u],
};

describe("sampling the users to draw", () => {
  it("keeps every user when they fit", () => {
    const sample = sampleUsers(snapshot.users.followers, 600);
    expect(sample.nodes).toHaveLength(600);
    expect(describeSample(sample)).toBe("showing all 600 users");
  });

  it("keeps the most followed users, ties to the lower id, and says so", () => {
    const followers = Int32Array.from([5, 9, 5, 0, 9, 1]);
    const sample = sampleUsers(followers, 3);
    expect(Array.from(sample.nodes)).toEqual([1, 4, 0]);
    expect(Array.from(sample.indexOf)).toEqual([2, 0, -1, -1, 1, -1]);
    expect(describeSample(sample)).toBe(
      "showing 3 of 6 users: the most followed and the follows among them",
    );
  });

  it("draws exactly the follows whose both ends are drawn", () => {
    const sample = sampleUsers(snapshot.users.followers, 100);
    const edges = sampledEdges(graph, sample);
    const expected: string[] = [];
    for (let u = 0; u < snapshot.users.count; u++) {
      for (let k = graph.offsets[u]; k < graph.offsets[u + 1]; k++) {
        const v = graph.targets[k];
        if (sample.indexOf[u] >= 0 && sample.indexOf[v] >= 0) expected.push(`${u}>${v}`);
      }
    }
    const drawn: string[] = [];
    for (let e = 0; e < edges.length; e += 2) {
      drawn.push(`${sample.nodes[edges[e]]}>${sample.nodes[edges[e + 1]]}`);
    }
    expect(drawn.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(50);
  });
});

describe("the force layout", () => {
  const sample = sampleUsers(snapshot.users.followers, 300);
  const edges = sampledEdges(graph, sample);
  const input = { nodeCount: 300, edges, seed: 3, ticks: 60 };

  it("gives the same positions for the same graph and seed", () => {
    expect(forceLayout(input)).toEqual(forceLayout(input));
  });

  it("puts followers nearer the users they follow than random pairs", () => {
    const p = forceLayout(input);
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
  const sample = sampleUsers(snapshot.users.followers, 200);
  const edges = sampledEdges(graph, sample);

  it("gives bigger dots to users with more followers", () => {
    const scene = buildScene(snapshot, sample, edges, accessors);
    for (let i = 1; i < scene.nodeCount; i++) {
      expect(scene.radius[i]).toBeLessThanOrEqual(scene.radius[i - 1]);
    }
    expect(scene.radius[0]).toBeGreaterThan(3 * scene.radius[scene.nodeCount - 1]);
  });

  it("emphasises the same users whether given a set or a flag array", () => {
    const chosen = [sample.nodes[0], sample.nodes[5], 599];
    const flags = new Uint8Array(snapshot.users.count);
    for (const u of chosen) flags[u] = 1;
    const fromSet = buildScene(snapshot, sample, edges, {
      ...accessors,
      emphasis: new Set(chosen),
    });
    const fromFlags = buildScene(snapshot, sample, edges, { ...accessors, emphasis: flags });
    expect(fromSet.emphasised).toEqual(fromFlags.emphasised);
    expect(fromSet.emphasising).toBe(true);
    const expected = chosen.filter((u) => sample.indexOf[u] >= 0).length;
    expect(fromSet.emphasised.reduce((a, b) => a + b, 0)).toBe(expected);
  });

  it("keeps the likes whose liker is drawn and sends each pulse from its drawn sender", () => {
    const scene = buildScene(snapshot, sample, edges, accessors);
    const { likeEvents } = snapshot;
    let drawn = 0;
    for (let e = 0; e < likeEvents.count; e++) {
      if (sample.indexOf[likeEvents.liker[e]] < 0) continue;
      expect(sample.nodes[scene.likeTo[drawn]]).toBe(likeEvents.liker[e]);
      const via = likeEvents.via[e];
      const from = via >= 0 ? sample.indexOf[via] : -1;
      expect(scene.likeFrom[drawn]).toBe(from);
      drawn++;
    }
    expect(scene.likeTo).toHaveLength(drawn);
    expect(drawn).toBeGreaterThan(3);
  });

  it("draws at most MAX_PULSES likes per tick", () => {
    const n = MAX_PULSES + 50;
    const flood = {
      ...snapshot,
      likeEvents: {
        count: n,
        liker: new Int32Array(n).fill(sample.nodes[0]),
        video: new Int32Array(n),
        via: new Int32Array(n).fill(-1),
      },
    };
    expect(buildScene(flood, sample, edges, accessors).likeTo).toHaveLength(MAX_PULSES);
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
  const sample = sampleUsers(snapshot.users.followers, 200);
  const scene = buildScene(snapshot, sample, sampledEdges(graph, sample), accessors);
  const positions = forceLayout({ nodeCount: 200, edges: scene.edges, seed: 1, ticks: 20 });
  const frame = {
    width: 400,
    height: 300,
    transform: { x: 200, y: 150, k: 1 },
    progress: 1,
    reducedMotion: false,
  };

  it("draws every node once and one line per edge when no like is animating", () => {
    const { ctx, calls } = recordingContext();
    paintNetwork(ctx, scene, positions, frame);
    expect(calls.filter((c) => c.name === "arc")).toHaveLength(200);
    expect(calls.filter((c) => c.name === "lineTo")).toHaveLength(scene.edges.length / 2);
  });

  it("with reduced motion marks each liker with a like-coloured ring and moves nothing", () => {
    const { ctx, calls } = recordingContext();
    paintNetwork(ctx, scene, positions, { ...frame, progress: 0.3, reducedMotion: true });
    const likers = new Set(scene.likeTo).size;
    expect(calls.filter((c) => c.name === "arc")).toHaveLength(200 + likers);
    expect(calls.filter((c) => c.name === "stroke" && c.style === LIKE_COLOUR)).toHaveLength(1);
  });

  it("sends a pulse along each edge a like travelled while the animation runs", () => {
    const { ctx, calls } = recordingContext();
    paintNetwork(ctx, scene, positions, { ...frame, progress: 0.3 });
    const travelling = Array.from(scene.likeFrom).filter((f) => f >= 0).length;
    const flashing = scene.likeTo.length - travelling;
    expect(travelling).toBeGreaterThan(0);
    expect(calls.filter((c) => c.name === "arc")).toHaveLength(200 + travelling + flashing);
  });
});
