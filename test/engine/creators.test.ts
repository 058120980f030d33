import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CreatorState } from "../../src/engine/creators-state.js";
import { parseScenario } from "../../src/scenario/validate.js";
import { run, smallScenario } from "./helpers.js";

const defaultScenario = JSON.parse(
  readFileSync(new URL("../../scenarios/default.json", import.meta.url), "utf8"),
);

describe("creators judge each post", () => {
  const settings = parseScenario({
    creators: { expectedLikes: 9, decay: 0.5, motivationExponent: 2, gracePosts: 2 },
  }).creators;

  it("moves satisfaction toward (1 + the post's likes) / (1 + expected), and motivation is its power", () => {
    const state = new CreatorState(1, new Int32Array(1), settings);
    state.join(0);
    state.judge(0, 29);
    // 0.5·1 + 0.5·(30/10) = 2; motivation 2² = 4 (the cap).
    expect(state.satisfaction[0]).toBe(2);
    expect(state.motivation[0]).toBe(4);
    state.judge(0, 0);
    // 0.5·2 + 0.5·(1/10) = 1.05.
    expect(state.satisfaction[0]).toBeCloseTo(1.05, 12);
    expect(state.motivation[0]).toBeCloseTo(1.05 ** 2, 6);
  });

  it("cannot quit before gracePosts posts were judged, however discouraged", () => {
    const state = new CreatorState(1, new Int32Array(1), { ...settings, churnAfter: 1 });
    state.join(0);
    state.judge(0, 0);
    state.judge(0, 0);
    state.judge(0, 0);
    expect(state.motivation[0]).toBeLessThan(settings.churnBelow);
    state.judged[0] = 1;
    expect(state.update()).toBe(1);
    state.judged[0] = 2;
    expect(state.update()).toBe(0);
    expect(state.quit[0]).toBe(1);
  });
});

describe("churn, joining and leaving in runs", () => {
  it("no creator who never posted quits, in the default scenario (seeds 1..3)", () => {
    for (const seed of [1, 2, 3]) {
      const { creators } = run(defaultScenario, 240, { seed }).snapshot();
      let quitWithoutPosting = 0;
      for (let c = 0; c < creators.count; c++) {
        if (creators.active[c] === 0 && creators.joinedAt[c] < 240 && creators.posts[c] === 0)
          quitWithoutPosting++;
      }
      expect(quitWithoutPosting, `seed ${seed}`).toBe(0);
    }
  });

  it("discouraged creators quit only after their grace posts", () => {
    const scenario = smallScenario({
      creators: { postRate: 0.3, expectedLikes: 1e6, gracePosts: 4, churnAfter: 5 },
    });
    const { creators } = run(scenario, 60, { seed: 5 }).snapshot();
    let quit = 0;
    for (let c = 0; c < creators.count; c++) {
      if (creators.active[c] === 1 || creators.joinedAt[c] >= 60) continue;
      quit++;
      expect(creators.posts[c]).toBeGreaterThanOrEqual(4);
    }
    expect(quit).toBeGreaterThan(5);
  });

  it("new creators join over time at the join rate, and post only after they joined", () => {
    const joinRate = 0.001;
    const ticks = 60;
    const scenario = smallScenario({ creators: { joinRate, postRate: 0.3 } });
    const sim = run(scenario, ticks, { seed: 3 });
    const { creators, videos, users } = sim.snapshot();
    const initial = Array.from(creators.joinedAt).filter((t) => t === 0).length;
    const joiners = creators.count - initial;
    // Binomial over the users who did not post at first: 3.3 sd (two-sided α ≈ 0.001).
    const p = 1 - (1 - joinRate) ** ticks;
    const n = users.count - initial;
    expect(Math.abs(joiners - n * p)).toBeLessThan(3.3 * Math.sqrt(n * p * (1 - p)) + 1);
    expect(joiners).toBeGreaterThan(0);
    for (let v = 0; v < videos.count; v++)
      expect(videos.postedAt[v]).toBeGreaterThanOrEqual(creators.joinedAt[videos.creator[v]]);
    const active = sim.metrics().series[0].activeCreators;
    expect(active[ticks - 1]).toBeGreaterThan(active[0]);
  });

  it("viewers who liked nothing in a session may leave, and come back", () => {
    const stay = run(smallScenario({ population: { leaveRate: 0 } }), 30, { seed: 2 });
    const churn = run(smallScenario({ population: { leaveRate: 0.5, returnRate: 0.1 } }), 30, {
      seed: 2,
    });
    const present = churn.metrics().series[0].presentUsers;
    expect(Math.min(...stay.metrics().series[0].presentUsers)).toBe(400);
    expect(Math.min(...present)).toBeLessThan(400);
    // Some come back: the count rises on some tick.
    expect(present.some((n, t) => t > 0 && n > present[t - 1])).toBe(true);
    expect(churn.metrics().summary.impressions).toBeLessThan(stay.metrics().summary.impressions);
  });
});
