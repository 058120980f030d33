import { describe, expect, it } from "vitest";
import { signTest } from "../../src/cli/stats/paired.js";
import { musiclab as lesson } from "../../src/lessons/definitions/musiclab.js";
import { runArm, seedsUpTo } from "./helpers.js";

/**
 * Each seed is one MusicLab experiment: the same 48 songs and 700 participants run as eight
 * independent worlds (random order, counts hidden) and as eight social-influence worlds
 * (ranked by downloads, counts shown). Unpredictability U is measured across each set of
 * eight worlds, so the independent condition's U is the noise floor of 700 arrivals.
 */
const SEEDS = seedsUpTo(16);

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe("lesson: run the world again (MusicLab)", () => {
  const experiments = SEEDS.map((seed) => ({
    independent: runArm(lesson, "a", seed).metrics(),
    social: runArm(lesson, "b", seed).metrics(),
  }));

  it("runs eight worlds per condition, with about 700 arrivals listening to 4 songs each", () => {
    const listens: number[] = [];
    for (const { independent, social } of experiments) {
      expect(independent.worlds).toHaveLength(8);
      expect(social.worlds).toHaveLength(8);
      for (const world of [...independent.worlds, ...social.worlds])
        listens.push(world.impressions);
    }
    // 700 users × 1 expected session × 4 songs = 2,800 listens per world. A world's total has
    // sd ≈ 140 (Poisson sessions, geometric lengths), so the mean of 256 worlds has sd ≈ 9:
    // ±40 is 4.5 sd.
    expect(Math.abs(mean(listens) - 2800)).toBeLessThan(40);
  });

  it("social-influence worlds are more unequal than independent ones (Gini of downloads)", () => {
    const gini = signTest(
      experiments.map(
        (e) =>
          mean(e.social.worlds.map((w) => w.giniVideos)) -
          mean(e.independent.worlds.map((w) => w.giniVideos)),
      ),
    );
    // At least 15 of 16: two-sided sign-test p = 34/65536 ≈ 0.0005.
    expect(gini.positive).toBeGreaterThanOrEqual(15);
    expect(gini.p).toBeLessThan(0.001);
  });

  it("social-influence worlds are less predictable than independent ones (U)", () => {
    const u = signTest(
      experiments.map(
        (e) => e.social.summary.unpredictability - e.independent.summary.unpredictability,
      ),
    );
    expect(u.positive).toBeGreaterThanOrEqual(15);
    expect(u.p).toBeLessThan(0.001);
  });

  it("the best songs still tend to do well: downloads track appeal in every social world", () => {
    for (const e of experiments)
      for (const world of e.social.worlds) expect(world.qualitySpearman).toBeGreaterThan(0);
  });
});
