import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Summary } from "../../src/engine/types.js";
import { run } from "./helpers.js";

/**
 * With every per-capita setting fixed, docs/model.md ("How the figures move with the
 * platform's size") says how the summary figures move from 3,000 to 30,000 users, and why:
 * inequality of likes over videos and the top 1%'s share rise (position bias over longer
 * lists, and social proof reading absolute counts, concentrate attention on the head), and
 * so does the like rate a little (the head is the better and more-liked videos). This
 * checks the direction and rough size on short runs: 48 ticks, 2 seeds per size. The last
 * check is the one an absolute list length fails: with the old top-200 lists the share of a
 * tick's impressions taken by the top 1% of live videos grew 3.3 times from 3,000 to 30,000
 * users (seed 1), since 200 videos are a third of the live ones at 3,000 and a twenty-fifth
 * at 30,000; with lists that are a share of the live videos it grows about 1.7 times, only
 * as position bias over a longer list concentrates.
 */
const defaultScenario = JSON.parse(
  readFileSync(new URL("../../scenarios/default.json", import.meta.url), "utf8"),
);
const TICKS = 48;
const SEEDS = [1, 2];

interface Figures extends Summary {
  /** Mean over the second day of the share of a tick's impressions the top 1% of live videos got. */
  topShareImpressions: number;
}

function mean(users: number): Figures {
  const runs = SEEDS.map((seed) =>
    run(
      {
        ...defaultScenario,
        ticks: TICKS,
        population: { ...defaultScenario.population, users },
        metrics: { every: 1000 },
      },
      TICKS,
      { seed },
    ).metrics({ costly: false }),
  );
  const out = { ...runs[0].summary, topShareImpressions: 0 };
  for (const key of Object.keys(runs[0].summary) as (keyof Summary)[])
    out[key] = runs.reduce((sum, r) => sum + r.summary[key], 0) / runs.length;
  for (const r of runs) {
    const secondDay = r.series[0].topShareImpressions.subarray(24);
    out.topShareImpressions +=
      secondDay.reduce((a, b) => a + b, 0) / secondDay.length / runs.length;
  }
  return out;
}

describe("how the figures move from 3,000 to 30,000 users", () => {
  const small = mean(3000);
  const large = mean(30_000);

  it("the Gini of likes over videos rises by 0.05 to 0.15", () => {
    expect(large.giniVideos - small.giniVideos).toBeGreaterThan(0.05);
    expect(large.giniVideos - small.giniVideos).toBeLessThan(0.15);
  });

  it("the top 1% of videos' share of likes grows 1.5 to 3 times", () => {
    expect(large.top1Share / small.top1Share).toBeGreaterThan(1.5);
    expect(large.top1Share / small.top1Share).toBeLessThan(3);
  });

  it("the like rate rises by 0.5 to 4 points", () => {
    expect(large.likeRate - small.likeRate).toBeGreaterThan(0.005);
    expect(large.likeRate - small.likeRate).toBeLessThan(0.04);
  });

  it("the top 1% of live videos' share of a tick's impressions grows less than 2.5 times", () => {
    expect(large.topShareImpressions / small.topShareImpressions).toBeGreaterThan(1.2);
    expect(large.topShareImpressions / small.topShareImpressions).toBeLessThan(2.5);
  });
});
