import { describe, expect, it } from "vitest";
import { signTest } from "../../src/cli/stats/paired.js";
import type { Simulation } from "../../src/engine/types.js";
import { boughtLikes as lesson } from "../../src/lessons/definitions/bought-likes.js";
import { runArm, seedsUpTo } from "./helpers.js";

/**
 * Each seed runs four times on the same world: without and with bought likes, under the
 * popularity feed (the lesson's arms) and under the random feed. The extra reach bought
 * is the change in the promoted creator's share of all impressions, paired by seed.
 */
const SEEDS = seedsUpTo(12);

/** Share of all impressions that went to the videos of the creators the bots promote. */
function promotedReach(simulation: Simulation): number {
  const { videos } = simulation.snapshot();
  const promoted = simulation.scenario.bots.targetCreators;
  let mine = 0;
  let all = 0;
  for (let v = 0; v < videos.count; v++) {
    all += videos.impressions[v];
    if (videos.creator[v] < promoted) mine += videos.impressions[v];
  }
  return mine / all;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe("lesson: bought likes", () => {
  const runs = SEEDS.map((seed) => ({
    popularity: {
      honest: promotedReach(runArm(lesson, "a", seed)),
      bought: promotedReach(runArm(lesson, "b", seed)),
    },
    random: {
      honest: promotedReach(runArm(lesson, "a", seed, { "feed.ranker": "random" })),
      bought: promotedReach(runArm(lesson, "b", seed, { "feed.ranker": "random" })),
    },
  }));
  const extra = (arm: "popularity" | "random") =>
    runs.map((run) => run[arm].bought - run[arm].honest);

  it("buy more reach under the popularity feed than under the random feed, seed by seed", () => {
    const popularity = extra("popularity");
    const random = extra("random");
    const gap = signTest(popularity.map((gain, i) => gain - random[i]));
    // 12 of 12 paired seeds: two-sided sign-test p ≈ 0.0005.
    expect(gap.positive).toBe(SEEDS.length);
    expect(gap.p).toBeLessThan(0.001);
  });

  it("multiply the promoted creator's reach more than twice over under the popularity feed", () => {
    const honest = mean(runs.map((run) => run.popularity.honest));
    const bought = mean(runs.map((run) => run.popularity.bought));
    expect(bought).toBeGreaterThan(2 * honest);
  });

  it("change the promoted creator's reach by little under the random feed", () => {
    // Exposure does not depend on likes there; only viewers' social proof and the creator's
    // own motivation (more likes, more posts) can move it.
    expect(Math.abs(mean(extra("random")))).toBeLessThan(0.02);
  });
});
