import { describe, expect, it } from "vitest";
import { defaultScenarioWith } from "../../bench/default-scenario.js";
import { engineModel, naiveModel, type SteppedModel } from "../../bench/models.js";
import { NaiveWorld } from "../../bench/naive/world.js";
import { studentTQuantile } from "../../src/cli/stats/student-t.js";
import { createSimulation } from "../../src/engine/index.js";
import { meanAndError } from "../mean-and-error.js";

function runTicks(model: SteppedModel, ticks: number) {
  for (let tick = 0; tick < ticks; tick++) model.step();
  return model.totals();
}

describe("the naive reference", () => {
  it("runs on the engine's population and graph (same streams, same draws)", () => {
    const scenario = defaultScenarioWith(500);
    const naive = new NaiveWorld(scenario, 7);
    const { users, creators } = createSimulation(scenario, { seed: 7 }).snapshot();
    expect(naive.users.map((u) => Math.fround(u.activity))).toEqual(Array.from(users.activity));
    expect(naive.users.map((u) => Math.fround(u.conformity))).toEqual(Array.from(users.conformity));
    expect(naive.users.map((u) => u.mainTopic)).toEqual(Array.from(users.mainTopic));
    expect(naive.users.map((u) => u.followers.length)).toEqual(Array.from(users.followers));
    expect(naive.creators.map((c) => c.user)).toEqual(Array.from(creators.user));
    expect(naive.creators.map((c) => Math.fround(c.skill))).toEqual(Array.from(creators.skill));
  });

  /*
   * Same model, in expectation: over 16 seeds the paired differences (naive − engine) of
   * the like rate and of impressions per tick have mean zero. Each seed shares population
   * and graph, so the pairs are tight. Two-sided paired t-test at α = 0.002 per measure
   * (t crit ≈ 3.7 for 15 df): a true model fails it once in 500 runs. Measured power: a
   * reference without social proof (like rate −22% here, t ≈ −6) fails it; one without the
   * friend term (−9%, t ≈ −2.6) would need about twice the seeds to be caught.
   */
  it("agrees with the engine on like rate and impressions per tick over seeds", () => {
    const seeds = 16;
    const users = 800;
    const ticks = 30;
    const likeRate: number[] = [];
    const impressions: number[] = [];
    let engineRate = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const scenario = defaultScenarioWith(users);
      const engine = runTicks(engineModel(scenario, seed), ticks);
      const naive = runTicks(naiveModel(scenario, seed), ticks);
      engineRate += engine.likes / engine.impressions / seeds;
      likeRate.push(naive.likes / naive.impressions - engine.likes / engine.impressions);
      impressions.push(naive.impressions / engine.impressions - 1);
    }
    const critical = studentTQuantile(1 - 0.002 / 2, seeds - 1);
    for (const differences of [likeRate, impressions]) {
      const { mean, error } = meanAndError(differences);
      expect(Math.abs(mean)).toBeLessThan(critical * error);
    }
    // The tolerance stays a small share of the rate itself, or the test would prove nothing.
    expect(critical * meanAndError(likeRate).error).toBeLessThan(0.2 * engineRate);
  });

  it("refuses a ranker it does not transcribe, naming the field", () => {
    expect(
      () => new NaiveWorld({ ...defaultScenarioWith(100), feed: { ranker: "random" } }, 1),
    ).toThrow(/feed\.ranker is "random"; allowed: "for-you"/);
  });

  it("refuses a graph it does not build, naming the field", () => {
    const scenario = { ...defaultScenarioWith(100), graph: { kind: "erdos-renyi" } };
    expect(() => new NaiveWorld(scenario, 1)).toThrow(
      /graph\.kind is "erdos-renyi"; allowed: "barabasi-albert"/,
    );
  });

  it("refuses more than one world, naming the field", () => {
    expect(() => new NaiveWorld({ ...defaultScenarioWith(100), worlds: 2 }, 1)).toThrow(
      /worlds is 2; allowed: 1/,
    );
  });
});
