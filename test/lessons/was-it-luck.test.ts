import { describe, expect, it } from "vitest";
import { bootstrapMeanInterval } from "../../src/cli/stats/paired.js";
import { stream } from "../../src/deterministic/random.js";
import { createSimulation, restoreSimulation } from "../../src/engine/index.js";
import type { Simulation } from "../../src/engine/types.js";
import { armScenario } from "../../src/lessons/arm-overrides.js";
import { wasItLuck as lesson } from "../../src/lessons/definitions/was-it-luck.js";
import { runArm, scenarioInput, seedsUpTo, wilson } from "./helpers.js";

const AT = 10;
const SEEDS = seedsUpTo(20);
const scenario = armScenario(scenarioInput(lesson), lesson.arms.a);

function likesOf(sim: Simulation): Uint32Array {
  return sim.snapshot().videos.likes;
}

/** The most liked song (the lowest id among ties) and a song's rank (0: the top). */
const top = (likes: Uint32Array) => likes.indexOf(Math.max(...likes));
const rank = (likes: Uint32Array, song: number) => likes.filter((n) => n > likes[song]).length;

/**
 * The exact counterfactual of the question: the run is saved at tick 10 and finished; its
 * winner is known; the saved run is restored, the winner's likes so far deleted, and the
 * market runs again from there.
 */
function counterfactual(seed: number) {
  const sim = createSimulation(scenario, { seed });
  sim.step(AT);
  const state = sim.save();
  const leader = top(likesOf(sim));
  sim.step(scenario.ticks - AT);
  const winner = top(likesOf(sim));
  const again = restoreSimulation(state);
  again.intervene({ do: "deleteEarlyLikes", video: winner });
  again.step(scenario.ticks - AT);
  return { leader, winner, rankAgain: rank(likesOf(again), winner) };
}

describe("lesson: was it luck?", () => {
  const runs = SEEDS.map(counterfactual);

  it("the winner without its first ten ticks' likes does not win again", () => {
    const wins = runs.filter((r) => r.rankAgain === 0).length;
    expect(wins).toBe(0);
    // 0 of 20: the chance it wins again is below 17% (95% Wilson upper bound).
    expect(wilson(wins, runs.length, 1.96)[1]).toBeLessThan(0.17);
    const ranks = runs.map((r) => r.rankAgain).sort((x, y) => x - y);
    // Measured over seeds 1..20: a median of 12 songs ahead of it (13th of 48), 3rd at best.
    expect(ranks[ranks.length / 2]).toBeGreaterThanOrEqual(8);
  });

  it("the lesson's arm takes the leader at tick 10, the eventual winner in most seeds, and it never wins", () => {
    const leaderWon = runs.filter((r) => r.leader === r.winner).length;
    expect(leaderWon).toBeGreaterThanOrEqual(12);
    const gini: number[] = [];
    for (const seed of SEEDS) {
      const [a, b] = [runArm(lesson, "a", seed), runArm(lesson, "b", seed)];
      expect(rank(likesOf(b), runs[seed - 1].leader)).toBeGreaterThan(0);
      gini.push(b.metrics().summary.giniVideos - a.metrics().summary.giniVideos);
    }
    // A winner emerges either way: the mean paired change in the Gini of likes over songs is
    // within ±0.03 (95% bootstrap interval over the 20 seeds; measured −0.004).
    const [low, high] = bootstrapMeanInterval(gini, 2000, stream(0, "metrics", "was-it-luck"));
    expect(low).toBeGreaterThan(-0.03);
    expect(high).toBeLessThan(0.03);
  });
});
