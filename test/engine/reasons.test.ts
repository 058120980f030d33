import { describe, expect, it } from "vitest";
import { REASONS } from "../../src/engine/types.js";
import { run, smallScenario } from "./helpers.js";

const count = (reasons: Float64Array, reason: (typeof REASONS)[number]) =>
  reasons[REASONS.indexOf(reason)];

describe("reasons tell exploration, fallback and 'no pool open' apart", () => {
  it("a for-you feed without exploration never calls a slot exploration, and names its fallbacks", () => {
    // Long sessions over few videos exhaust the sources, so fallbacks must happen.
    const scenario = smallScenario({
      population: { users: 400, sessionLength: 40 },
      feed: { ranker: "for-you", forYou: { exploration: 0 } },
    });
    const { reasons } = run(scenario, 20, { seed: 1 }).metrics();
    expect(count(reasons, "exploration")).toBe(0);
    expect(count(reasons, "fallback")).toBeGreaterThan(0);
  });

  it("a for-you feed with exploration only explores: no fallback", () => {
    const scenario = smallScenario({
      feed: {
        ranker: "for-you",
        forYou: { interest: 0, trending: 0, friends: 0, fresh: 0, exploration: 1 },
      },
    });
    const { reasons } = run(scenario, 10, { seed: 1 }).metrics();
    const total = reasons.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    expect(count(reasons, "exploration")).toBe(total);
  });

  it("staged exposure with every pool closed says so, instead of exploration or fallback", () => {
    // A bar no video can clear retires every video after a one-impression test pool.
    const scenario = smallScenario({
      feed: {
        ranker: "staged-exposure",
        staged: { testPool: 0.0001, likeRateBar: 1, maxStage: 0 },
      },
      behaviour: { likeModel: "constant", likeProbability: 0.5 },
    });
    const { reasons } = run(scenario, 10, { seed: 2 }).metrics();
    expect(count(reasons, "no-pool")).toBeGreaterThan(0);
    expect(count(reasons, "exploration")).toBe(0);
    expect(count(reasons, "test-pool")).toBeGreaterThan(0);
  });

  it("a ranked list that runs dry falls back under its own name", () => {
    const scenario = smallScenario({
      population: { users: 400, sessionLength: 40 },
      feed: { ranker: "popularity" },
    });
    const { reasons } = run(scenario, 20, { seed: 3 }).metrics();
    expect(count(reasons, "fallback")).toBeGreaterThan(0);
    expect(count(reasons, "exploration")).toBe(0);
  });
});
