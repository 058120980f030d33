import { describe, expect, it } from "vitest";
import { signTest } from "../../src/cli/stats/paired.js";
import { validation as lesson } from "../../src/lessons/definitions/validation.js";
import { runArm, seedsUpTo } from "./helpers.js";

/** Both feeds on the same world per seed: same users, graph and creators (paired). */
const SEEDS = seedsUpTo(12);

describe("lesson: posting for likes (creators' validation)", () => {
  const pairs = SEEDS.map((seed) => ({
    random: runArm(lesson, "a", seed).metrics().summary,
    popularity: runArm(lesson, "b", seed).metrics().summary,
  }));

  it("fewer creators keep posting under a popularity feed than under a random feed", () => {
    const active = signTest(
      pairs.map((p) => p.popularity.activeCreators - p.random.activeCreators),
    );
    // 12 of 12 paired seeds: two-sided sign-test p ≈ 0.0005.
    expect(active.negative).toBe(SEEDS.length);
    expect(active.p).toBeLessThan(0.001);
  });

  it("likes over creators are more unequal under the popularity feed", () => {
    const gini = signTest(pairs.map((p) => p.popularity.giniCreators - p.random.giniCreators));
    expect(gini.positive).toBe(SEEDS.length);
    expect(gini.p).toBeLessThan(0.001);
  });
});
