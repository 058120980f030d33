import { describe, expect, it } from "vitest";
import { signTest } from "../../src/cli/stats/paired.js";
import { studentTQuantile } from "../../src/cli/stats/student-t.js";
import { qualityVsPopularity as lesson } from "../../src/lessons/definitions/quality-vs-popularity.js";
import type { ArmValue } from "../../src/lessons/lesson.js";
import { meanAndError } from "../mean-and-error.js";
import { pageTrendTest, runArm, seedsUpTo } from "./helpers.js";

/**
 * Four levels of social proof, each with the baseline that keeps the overall like rate near
 * 3.5% (calibrated on seeds 1 and 2, documented in the scenario): the lesson's two arms are
 * the ends. Every level runs on the same catalog and users per seed (paired blocks).
 */
const LEVELS: Record<string, ArmValue>[] = [
  lesson.arms.a.set,
  { "behaviour.socialProof": 2, "behaviour.baseline": -6.85 },
  { "behaviour.socialProof": 4, "behaviour.baseline": -7.45 },
  lesson.arms.b.set,
];
const SEEDS = seedsUpTo(12);

describe("lesson: quality vs popularity", () => {
  const runs = SEEDS.map((seed) =>
    LEVELS.map((level) => runArm(lesson, "a", seed, level).metrics().summary),
  );

  it("keeps the overall like rate near 3.5% at every level", () => {
    for (const [j] of LEVELS.entries()) {
      const rate = runs.reduce((s, row) => s + row[j].likeRate, 0) / runs.length;
      expect(rate).toBeGreaterThan(0.028);
      expect(rate).toBeLessThan(0.042);
    }
  });

  it("likes track quality less as social proof grows (a monotone trend over four levels)", () => {
    // Page's L test for a falling trend: rank the negated correlations within each seed.
    const p = pageTrendTest(runs.map((row) => row.map((s) => -s.qualitySpearman)));
    expect(p).toBeLessThan(0.001);
    const ends = signTest(runs.map((row) => row[3].qualitySpearman - row[0].qualitySpearman));
    expect(ends.negative).toBe(SEEDS.length);
    expect(ends.p).toBeLessThan(0.001);
  });

  it("Kendall's tau tells the same story as Spearman's rho", () => {
    const p = pageTrendTest(runs.map((row) => row.map((s) => -s.qualityKendall)));
    expect(p).toBeLessThan(0.001);
  });

  it("raised alone, moderate social proof does not lower the correlation (the caveat)", () => {
    // Baseline unchanged: social proof 4 also lifts the like rate (3.5% to about 14%).
    const changes = SEEDS.map((seed, i) => {
      const raised = runArm(lesson, "a", seed, { "behaviour.socialProof": 4 }).metrics().summary;
      expect(raised.likeRate).toBeGreaterThan(2 * runs[i][0].likeRate);
      return raised.qualitySpearman - runs[i][0].qualitySpearman;
    });
    // One-sided 99% lower confidence bound (Student's t) of the mean paired change. Over seeds
    // 1–48 the change is +0.020 [+0.014, +0.026]: the correlation rises; on the four sets of 12
    // the 99% bound was −0.004 to +0.011 (a 99.9% bound dipped to −0.013 on seeds 37–48).
    const { mean, error } = meanAndError(changes);
    expect(mean - studentTQuantile(0.99, changes.length - 1) * error).toBeGreaterThan(-0.01);
  });

  it("likes become more unequal as social proof grows", () => {
    const p = pageTrendTest(runs.map((row) => row.map((s) => s.giniVideos)));
    expect(p).toBeLessThan(0.001);
  });
});
