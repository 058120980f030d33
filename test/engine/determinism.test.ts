import { describe, expect, it } from "vitest";
import { RANKERS } from "../../src/scenario/sections/feed.js";
import { run, smallScenario } from "./helpers.js";

describe("determinism", () => {
  it.each(RANKERS)(
    "the same scenario and seed give identical metrics and snapshots (%s)",
    (ranker) => {
      const scenario = smallScenario({ feed: { ranker }, worlds: 2 });
      const a = run(scenario, 20, { seed: 7 });
      const b = run(scenario, 20, { seed: 7 });
      expect(b.metrics()).toEqual(a.metrics());
      expect(b.snapshot({ world: 1, graph: true })).toEqual(a.snapshot({ world: 1, graph: true }));
    },
  );

  it("different seeds give different runs", () => {
    const scenario = smallScenario();
    const a = run(scenario, 20, { seed: 1 }).metrics().summary;
    const b = run(scenario, 20, { seed: 2 }).metrics().summary;
    expect(b.likes).not.toBe(a.likes);
    expect(b.giniVideos).not.toBe(a.giniVideos);
  });

  it("stepping in pieces equals stepping at once", () => {
    const scenario = smallScenario();
    const whole = run(scenario, 20, { seed: 3 });
    const pieces = run(scenario, 0, { seed: 3 });
    for (const n of [1, 4, 0, 15]) pieces.step(n);
    expect(pieces.metrics()).toEqual(whole.metrics());
  });

  it("worlds of one run share the population but not their behaviour", () => {
    const sim = run(smallScenario({ worlds: 2 }), 20, { seed: 5 });
    const [a, b] = [sim.snapshot({ world: 0 }), sim.snapshot({ world: 1 })];
    expect(b.users.activity).toEqual(a.users.activity);
    expect(b.creators.skill).toEqual(a.creators.skill);
    expect(b.videos.likes).not.toEqual(a.videos.likes);
  });
});

describe("metrics()", () => {
  it("without the costly measures leaves only Louvain modularity and Kendall's tau unmeasured", () => {
    const fast = run(smallScenario(), 10, { seed: 9 }).metrics({ costly: false }).summary;
    const full = run(smallScenario(), 10, { seed: 9 }).metrics().summary;
    expect(fast.modularity).toBeNaN();
    expect(fast.qualityKendall).toBeNaN();
    expect({ ...fast, modularity: 0, qualityKendall: 0 }).toEqual({
      ...full,
      modularity: 0,
      qualityKendall: 0,
    });
  });

  it("answers repeated calls at one tick alike, with fresh arrays each time", () => {
    const sim = run(smallScenario(), 10, { seed: 9 });
    const first = sim.metrics({ costly: false });
    const second = sim.metrics();
    expect(second.summary.modularity).not.toBeNaN();
    expect(second.series[0].likes).not.toBe(first.series[0].likes);
    expect(second.series).toEqual(first.series);
    sim.step(1);
    expect(sim.metrics().tick).toBe(11);
  });
});

describe("metrics() answers by its arguments alone", () => {
  it("a fast call after a full one still leaves the costly measures unmeasured", () => {
    const sim = run(smallScenario(), 10, { seed: 9 });
    expect(sim.metrics().summary.modularity).not.toBeNaN();
    expect(sim.metrics({ costly: false }).summary.modularity).toBeNaN();
    expect(sim.metrics({ costly: false }).worlds[0].qualityKendall).toBeNaN();
  });
});
