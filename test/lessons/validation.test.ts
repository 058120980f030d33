import { describe, expect, it } from "vitest";
import { signTest } from "../../src/cli/stats/paired.js";
import { createSimulation } from "../../src/engine/index.js";
import type { Summary } from "../../src/engine/types.js";
import { armScenario } from "../../src/lessons/arm-overrides.js";
import { validation as lesson } from "../../src/lessons/definitions/validation.js";
import { scenarioInput, seedsUpTo } from "./helpers.js";

/** Both feeds on the same world per seed: same users, graph and creators (paired). */
const SEEDS = seedsUpTo(12);
/** The first day: the likes a creator has by then are its early luck. */
const FIRST_DAY = 24;

interface Outcome {
  summary: Summary;
  /** Chance that a creator still posting at the end beats one who quit on skill, and on first-day likes. */
  aucSkill: number;
  aucFirstDay: number;
}

/** Mann–Whitney AUC: P(x of a random survivor > x of a random quitter), ties count half. */
function survivorAuc(x: ArrayLike<number>, active: ArrayLike<number>): number {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < x.length; i++) {
    if (!active[i]) continue;
    for (let j = 0; j < x.length; j++) {
      if (active[j]) continue;
      pairs++;
      wins += x[i] > x[j] ? 1 : x[i] === x[j] ? 0.5 : 0;
    }
  }
  return wins / pairs;
}

function run(arm: "a" | "b", seed: number): Outcome {
  const scenario = armScenario(scenarioInput(lesson), lesson.arms[arm]);
  const simulation = createSimulation(scenario, { seed });
  simulation.step(FIRST_DAY);
  const firstDay = simulation.snapshot().creators.likes;
  simulation.step(scenario.ticks - FIRST_DAY);
  const { creators } = simulation.snapshot();
  return {
    summary: simulation.metrics().summary,
    aucSkill: survivorAuc(creators.skill, creators.active),
    aucFirstDay: survivorAuc(firstDay, creators.active),
  };
}

describe("lesson: posting for likes (creators' validation)", () => {
  const pairs = SEEDS.map((seed) => ({ random: run("a", seed), popularity: run("b", seed) }));

  it("fewer creators keep posting under a popularity feed than under a random feed", () => {
    const active = signTest(
      pairs.map((p) => p.popularity.summary.activeCreators - p.random.summary.activeCreators),
    );
    // 12 of 12 paired seeds: two-sided sign-test p ≈ 0.0005.
    expect(active.negative).toBe(SEEDS.length);
    expect(active.p).toBeLessThan(0.001);
  });

  it("likes over creators are more unequal under the popularity feed", () => {
    const gini = signTest(
      pairs.map((p) => p.popularity.summary.giniCreators - p.random.summary.giniCreators),
    );
    expect(gini.positive).toBe(SEEDS.length);
    expect(gini.p).toBeLessThan(0.001);
  });

  it("who keeps posting is decided by the first day's likes more than by skill, under either feed", () => {
    for (const feed of ["random", "popularity"] as const) {
      const edge = signTest(pairs.map((p) => p[feed].aucFirstDay - p[feed].aucSkill));
      expect(edge.positive, feed).toBe(SEEDS.length);
      expect(edge.p).toBeLessThan(0.001);
    }
  });
});
