import { describe, expect, it } from "vitest";
import { stream } from "../../src/deterministic/random.js";
import { buildGraph } from "../../src/engine/build-graph.js";
import { createPopulation } from "../../src/engine/population.js";
import { type FeedContext, Pick } from "../../src/engine/rankers/index.js";
import { RETIRED, StagedExposureRanker } from "../../src/engine/rankers/staged-exposure.js";
import { VideoStore } from "../../src/engine/videos.js";
import { World } from "../../src/engine/world.js";
import { parseScenario, ScenarioError } from "../../src/scenario/validate.js";
import { smallScenario } from "./helpers.js";

/** Two live videos and users who have seen nothing, for the ranker alone. */
function context(): FeedContext {
  const videos = new VideoStore();
  videos.add(0, 0, 0.5, 0);
  videos.add(1, 0, 0.5, 0);
  return {
    scenario: parseScenario({
      population: { users: 100 },
      feed: {
        ranker: "staged-exposure",
        staged: { testPool: 0.01, growth: 10, maxStage: 1, likeRateBar: 0.5 },
      },
    }),
    pop: { users: 100, topics: 1 } as FeedContext["pop"],
    videos,
    memory: { hasSeen: () => false } as unknown as FeedContext["memory"],
    ranking: stream(1, "ranking", "staged"),
    tick: 0,
    liveStart: 0,
  };
}

describe("staged exposure", () => {
  it("a promotion takes effect at once: the promoted video's share of the next slots follows its new pool", () => {
    const ranker = new StagedExposureRanker(context());
    ranker.prepare();
    // Both test pools hold one impression. Video 0 is liked by its one viewer: promoted to a
    // pool of 10, while video 1 still needs 1. No new tick (no prepare) in between.
    ranker.onImpression(0, 0, true);
    expect(ranker.stageOf(0)).toBe(1);
    const pick = new Pick();
    let first = 0;
    const draws = 4000;
    for (let i = 0; i < draws; i++) {
      ranker.pick(i % 100, pick);
      if (pick.video === 0) first++;
    }
    // Expected 10/11; binomial sd ≈ 0.0045, so ±0.02 is over 4 sd (a stale weight gives 1/2).
    expect(Math.abs(first / draws - 10 / 11)).toBeLessThan(0.02);
  });

  it("a retired video gets no more test-pool slots, from the next slot on", () => {
    const ranker = new StagedExposureRanker(context());
    ranker.prepare();
    ranker.onImpression(0, 0, false);
    expect(ranker.stageOf(0)).toBe(RETIRED);
    const pick = new Pick();
    for (let i = 0; i < 200; i++) {
      ranker.pick(i % 100, pick);
      expect(pick.video).toBe(1);
    }
  });

  it("fills every pool with exactly its size in distinct viewers, a share of the population", () => {
    const scenario = parseScenario(
      smallScenario({
        population: { users: 1000 },
        feed: {
          ranker: "staged-exposure",
          staged: { testPool: 0.01, growth: 4, maxStage: 2, likeRateBar: 0.08 },
        },
        behaviour: { likeModel: "quality" },
      }),
    );
    const population = createPopulation(scenario, 3);
    const world = new World(0, scenario, 3, population, buildGraph(scenario, 3, population), 0);
    const ranker = world.ranker as StagedExposureRanker;
    expect([0, 1, 2].map((s) => ranker.poolSize(s))).toEqual([10, 40, 160]);
    const viewers = new Map<number, Set<number>>();
    const completed: { stage: number; viewers: number }[] = [];
    const onImpression = ranker.onImpression.bind(ranker);
    ranker.onImpression = (user: number, video: number, liked: boolean) => {
      const stage = ranker.stageOf(video);
      onImpression(user, video, liked);
      if (stage === RETIRED) return;
      const set = viewers.get(video) ?? new Set<number>();
      expect(set.has(user)).toBe(false);
      set.add(user);
      viewers.set(video, set);
      if (ranker.stageOf(video) !== stage) {
        completed.push({ stage, viewers: set.size });
        viewers.set(video, new Set());
      }
    };
    for (let t = 0; t < scenario.ticks; t++) world.step();
    expect(completed.filter((c) => c.stage === 2).length).toBeGreaterThan(0);
    for (const c of completed) expect(c.viewers).toBe(ranker.poolSize(c.stage));
  });

  it("refuses pools the population cannot fill, naming the fields", () => {
    const scenario = {
      feed: { ranker: "staged-exposure", staged: { testPool: 0.05, growth: 10, maxStage: 2 } },
    };
    expect(() => parseScenario(scenario)).toThrow(ScenarioError);
    expect(() => parseScenario(scenario)).toThrow(
      /feed\.staged: .*testPool × growth\^maxStage = 5/,
    );
    // Under another ranker the staged settings are not used, and not refused.
    expect(() => parseScenario({ feed: { ...scenario.feed, ranker: "random" } })).not.toThrow();
  });
});
