import { describe, expect, it } from "vitest";
import { signTest } from "../../src/cli/stats/paired.js";
import type { TimeSeries } from "../../src/engine/types.js";
import { communities as lesson } from "../../src/lessons/definitions/communities.js";
import { runArm, seedsUpTo } from "./helpers.js";

/**
 * Both feeds on the same starting graph per seed (paired). The follow graph's homophily
 * and modularity are measured every metrics.graphEvery ticks, from tick 0 (before any
 * follow has formed) to the end.
 */
const SEEDS = seedsUpTo(12);

/** The measured points of a graph column, first to last. */
function measured(series: TimeSeries, column: "homophily" | "modularity"): number[] {
  return Array.from(series[column]).filter((value) => Number.isFinite(value));
}

describe("lesson: birds of a feather (follows, homophily and modularity)", () => {
  const pairs = SEEDS.map((seed) => {
    const following = runArm(lesson, "a", seed).metrics();
    const forYou = runArm(lesson, "b", seed).metrics();
    return { following, forYou };
  });

  it("under the for-you feed homophily rises from the first measurement to the last", () => {
    const rise = signTest(
      pairs.map(({ forYou }) => {
        const h = measured(forYou.series[0], "homophily");
        expect(h.length).toBeGreaterThanOrEqual(5);
        return h[h.length - 1] - h[0];
      }),
    );
    // 12 of 12 seeds: two-sided sign-test p ≈ 0.0005.
    expect(rise.positive).toBe(SEEDS.length);
    expect(rise.p).toBeLessThan(0.001);
  });

  it("ends with a more homophilous follow graph under the for-you feed than the following feed", () => {
    const gap = signTest(
      pairs.map(({ following, forYou }) => forYou.summary.homophily - following.summary.homophily),
    );
    expect(gap.positive).toBe(SEEDS.length);
    expect(gap.p).toBeLessThan(0.001);
  });

  it("shows each user a narrower range of topics under the following feed", () => {
    const diversity = signTest(
      pairs.map(
        ({ following, forYou }) => following.summary.feedDiversity - forYou.summary.feedDiversity,
      ),
    );
    expect(diversity.negative).toBe(SEEDS.length);
    expect(diversity.p).toBeLessThan(0.001);
  });

  it("does not split the graph into tighter communities: modularity falls under the for-you feed", () => {
    const fall = signTest(
      pairs.map(({ forYou }) => {
        const q = measured(forYou.series[0], "modularity");
        return q[q.length - 1] - q[0];
      }),
    );
    expect(fall.negative).toBe(SEEDS.length);
    expect(fall.p).toBeLessThan(0.001);
  });
});
