import { describe, expect, it } from "vitest";
import { createSimulation } from "../../src/engine/index.js";
import type { ScenarioInput } from "../../src/scenario/schema.js";

/**
 * A like and a view are lasting states of one user and one video: over a 1,000-tick run no
 * user likes a video twice, and no user is shown a video twice. Many videos per generation
 * of the seen filter and few impressions per user put most checks in its hashed (Bloom)
 * part, which may hide a video but must never forget one.
 */
const TICKS = 1000;
const TRACED = [0, 57, 199];

const scenario: ScenarioInput = {
  name: "lasting states",
  ticks: TICKS,
  population: { users: 300, sessionLength: 4, creatorShare: 0.2 },
  graph: { kind: "barabasi-albert", m: 3 },
  content: { maxAge: 24 },
  creators: { postRate: 0.5, motivationExponent: 0 },
  feed: { ranker: "popularity" },
  behaviour: { baseline: -3 },
  metrics: { every: 1000 },
};

describe("likes and views are lasting states", () => {
  it("over 1,000 ticks nobody likes a video twice", () => {
    const sim = createSimulation(scenario, { seed: 1 });
    const likes = new Set<number>();
    let total = 0;
    for (let t = 0; t < TICKS; t++) {
      sim.step(1);
      const { likeEvents } = sim.snapshot();
      expect(likeEvents.count).toBeLessThan(4096);
      for (let i = 0; i < likeEvents.count; i++) {
        const key = likeEvents.liker[i] * 1e7 + likeEvents.video[i];
        expect(likes.has(key)).toBe(false);
        likes.add(key);
      }
      total += likeEvents.count;
    }
    expect(total).toBeGreaterThan(100_000);
    expect(sim.snapshot().videos.count).toBeGreaterThan(20_000);
  });

  it.each(TRACED)("over 1,000 ticks user %i is never shown a video twice", (user) => {
    const sim = createSimulation(scenario, { seed: 2, traceUser: user });
    const shown = new Set<number>();
    let last = -1;
    for (let t = 0; t < TICKS; t++) {
      sim.step(1);
      const { trace } = sim.snapshot();
      for (let i = 0; i < trace.count; i++) {
        if (trace.tick[i] !== t) continue;
        expect(shown.has(trace.video[i])).toBe(false);
        shown.add(trace.video[i]);
      }
      // The trace holds 64 impressions: a tick with more would hide some from this check.
      expect(trace.count < 64 || trace.tick[0] < t).toBe(true);
      last = t;
    }
    expect(last).toBe(TICKS - 1);
    expect(shown.size).toBeGreaterThan(300);
  });
});
