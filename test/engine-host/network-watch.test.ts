import { describe, expect, it } from "vitest";
import { createSimulation } from "../../src/engine/simulation.js";
import type { Snapshot } from "../../src/engine/types.js";
import { sampledEdges, sampleUsers } from "../../src/engine-host/graph-sample.js";
import {
  LIKED_NOTHING,
  LIKED_OTHER,
  MAX_PULSES,
  NetworkWatch,
} from "../../src/engine-host/network-watch.js";

describe("sampling the users to draw", () => {
  it("keeps every user when they fit", () => {
    expect(sampleUsers(Int32Array.from([3, 1, 2]), 5).nodes).toHaveLength(3);
  });

  it("keeps the most followed users, ties to the lower id", () => {
    const sample = sampleUsers(Int32Array.from([5, 9, 5, 0, 9, 1]), 3);
    expect(Array.from(sample.nodes)).toEqual([1, 4, 0]);
    expect(Array.from(sample.indexOf)).toEqual([2, 0, -1, -1, 1, -1]);
  });

  it("draws exactly the follows whose both ends are among the first n drawn", () => {
    const sim = createSimulation({ population: { users: 600 }, ticks: 5, seed: 2 });
    const snapshot = sim.snapshot({ graph: true });
    const graph = snapshot.graph!;
    const sample = sampleUsers(snapshot.users.followers, 300);
    const edges = sampledEdges(graph, sample, 100);
    const drawn = new Set(Array.from(sample.nodes.subarray(0, 100)));
    const expected: string[] = [];
    for (const u of drawn) {
      for (let k = graph.offsets[u]; k < graph.offsets[u + 1]; k++) {
        if (drawn.has(graph.targets[k])) expected.push(`${u}>${graph.targets[k]}`);
      }
    }
    const got: string[] = [];
    for (let e = 0; e < edges.length; e += 2) {
      got.push(`${sample.nodes[edges[e]]}>${sample.nodes[edges[e + 1]]}`);
    }
    expect(got.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(20);
  });
});

describe("the network's data, tick by tick", () => {
  const sim = createSimulation({ population: { users: 500 }, ticks: 30, seed: 4 });
  const watch = new NetworkWatch(sim.snapshot().users.followers);
  const likedBy = new Map<number, Set<number>>();
  const lastLike = new Map<number, number>();
  let snapshot: Snapshot = sim.snapshot();
  for (let t = 0; t < 30; t++) {
    sim.step(1);
    snapshot = sim.snapshot();
    watch.observe(snapshot);
    const { likeEvents } = snapshot;
    for (let e = 0; e < likeEvents.count; e++) {
      const video = likeEvents.video[e];
      if (!likedBy.has(video)) likedBy.set(video, new Set());
      likedBy.get(video)!.add(likeEvents.liker[e]);
      lastLike.set(likeEvents.liker[e], video);
    }
  }
  const users = watch.sample.nodes;

  it("colours each person by the best-placed race video they have liked", () => {
    const ranked = [...likedBy].sort((x, y) => y[1].size - x[1].size).map(([video]) => video);
    const race = [
      { video: ranked[0], slot: 2 },
      { video: ranked[1], slot: 0 },
    ];
    const frame = watch.frame(snapshot, 200, race, {});
    users.subarray(0, 200).forEach((user, i) => {
      const expected = likedBy.get(ranked[0])?.has(user)
        ? 2
        : likedBy.get(ranked[1])?.has(user)
          ? 0
          : lastLike.has(user)
            ? LIKED_OTHER
            : LIKED_NOTHING;
      expect(frame.liked[i]).toBe(expected);
    });
    const drawn = Array.from(users.subarray(0, 200));
    expect(frame.likers).toBe(drawn.filter((u) => lastLike.has(u)).length);
    expect(frame.leaderLikers).toBe(drawn.filter((u) => likedBy.get(ranked[0])?.has(u)).length);
    expect(frame.raceLikers).toBe(Array.from(frame.liked).filter((v) => v >= 0).length);
    expect(frame.leaderLikers).toBeGreaterThan(0);
  });

  it("lights up everyone drawn who liked the spotlight video, before the click too", () => {
    const [video, likers] = [...likedBy].sort((a, b) => b[1].size - a[1].size)[0];
    watch.spotlight(video);
    const frame = watch.frame(snapshot, 500, [], {});
    const lit = Array.from(users).filter((_, i) => frame.spotlit![i] === 1);
    expect(lit.sort((a, b) => a - b)).toEqual(
      [...likers].filter((u) => watch.sample.indexOf[u] >= 0).sort((a, b) => a - b),
    );
    expect(frame.spotlightLikers).toBe(lit.length);
    expect(lit.length).toBeGreaterThan(3);
    watch.spotlight(null);
    expect(watch.frame(snapshot, 500, [], {}).spotlit).toBeUndefined();
  });

  it("knows the video a drawn person liked last", () => {
    const user = users.find((u) => lastLike.has(u))!;
    expect(watch.lastLikedBy(user)).toBe(lastLike.get(user));
  });

  it("sends the drawn users once, and again for another budget or on request", () => {
    const fresh = new NetworkWatch(snapshot.users.followers);
    expect(fresh.frame(snapshot, 100, [], {}).topology?.users).toHaveLength(100);
    expect(fresh.frame(snapshot, 100, [], {}).topology).toBeUndefined();
    expect(fresh.frame(snapshot, 100, [], { topology: true }).topology).toBeDefined();
    expect(fresh.frame(snapshot, 250, [], {}).topology?.users).toHaveLength(250);
  });

  it("reads the follows again only every so often", () => {
    const fresh = new NetworkWatch(snapshot.users.followers);
    expect(fresh.wantsEdges(30, 100, false)).toBe(true);
    fresh.frame(snapshot, 100, [], { graph: sim.snapshot({ graph: true }).graph });
    expect(fresh.wantsEdges(31, 100, false)).toBe(false);
    expect(fresh.wantsEdges(31, 100, true)).toBe(true);
    expect(fresh.wantsEdges(30 + 24, 100, false)).toBe(true);
  });

  it("sends the last tick's likes among drawn users, at most MAX_PULSES", () => {
    const flood: Snapshot = {
      ...snapshot,
      likeEvents: {
        count: MAX_PULSES + 50,
        liker: new Int32Array(MAX_PULSES + 50).fill(users[0]),
        video: new Int32Array(MAX_PULSES + 50),
        via: new Int32Array(MAX_PULSES + 50).fill(users[1]),
      },
    };
    const fresh = new NetworkWatch(snapshot.users.followers);
    fresh.observe(flood);
    const frame = fresh.frame(flood, 10, [], {});
    expect(frame.likeTo).toHaveLength(MAX_PULSES);
    expect(Array.from(new Set(frame.likeTo))).toEqual([0]);
    expect(Array.from(new Set(frame.likeFrom))).toEqual([1]);
  });
});
