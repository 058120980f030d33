import { describe, expect, it } from "vitest";
import { signTest } from "../../src/cli/stats/paired.js";
import { richGetRicher as lesson } from "../../src/lessons/definitions/rich-get-richer.js";
import { runArm, seedsUpTo } from "./helpers.js";

/**
 * Both feeds run on the same world per seed (same users, graph and creators' videos: common
 * random numbers), so each seed is one paired observation.
 */
const SEEDS = seedsUpTo(12);

describe("lesson: the rich get richer", () => {
  const pairs = SEEDS.map((seed) => ({
    random: runArm(lesson, "a", seed).metrics().summary,
    popularity: runArm(lesson, "b", seed).metrics().summary,
  }));

  it("a popularity feed makes likes over videos more unequal than a random feed, seed by seed", () => {
    const gini = signTest(pairs.map((p) => p.popularity.giniVideos - p.random.giniVideos));
    const top = signTest(pairs.map((p) => p.popularity.top1Share - p.random.top1Share));
    // 12 of 12 paired seeds: two-sided sign-test p = 2/4096 ≈ 0.0005.
    expect(gini.positive).toBe(SEEDS.length);
    expect(gini.p).toBeLessThan(0.001);
    expect(top.positive).toBe(SEEDS.length);
    expect(top.p).toBeLessThan(0.001);
  });

  it("under the popularity feed likes track quality less closely", () => {
    const spearman = signTest(
      pairs.map((p) => p.popularity.qualitySpearman - p.random.qualitySpearman),
    );
    expect(spearman.negative).toBe(SEEDS.length);
    expect(spearman.p).toBeLessThan(0.001);
  });
});
