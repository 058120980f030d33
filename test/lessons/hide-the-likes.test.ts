import { describe, expect, it } from "vitest";
import { signTest } from "../../src/cli/stats/paired.js";
import { studentTQuantile } from "../../src/cli/stats/student-t.js";
import { futureEffects } from "../../src/engine/future-effects.js";
import { createSimulation } from "../../src/engine/index.js";
import type { Simulation } from "../../src/engine/types.js";
import { armScenario } from "../../src/lessons/arm-overrides.js";
import { hideTheLikes as lesson } from "../../src/lessons/definitions/hide-the-likes.js";
import { spearman } from "../../src/metrics/index.js";
import { meanAndError } from "../mean-and-error.js";
import { runArm, scenarioInput, seedsUpTo } from "./helpers.js";

const AT = 24;
const scenario = armScenario(scenarioInput(lesson), lesson.arms.a);

/** The most liked video of world 0. */
function top(sim: Simulation): number {
  const { likes, count } = sim.snapshot().videos;
  let best = 0;
  for (let v = 1; v < count; v++) if (likes[v] > likes[best]) best = v;
  return best;
}

/**
 * Each seed's run forked at tick 24 into counts shown (a) and counts hidden (b): the lesson's
 * two arms, which agree draw for draw until then (checked below for one seed), at half the cost.
 */
function futures(seed: number) {
  const a = createSimulation(scenario, { seed });
  a.step(AT);
  const b = a.fork();
  b.intervene({ do: "hideLikeCounts" });
  a.step(scenario.ticks - AT);
  b.step(scenario.ticks - AT);
  const effects = futureEffects(a, b);
  const [va, vb] = [a.snapshot().videos, b.snapshot().videos];
  const winner = top(a);
  const i = effects.videos.idA.indexOf(winner);
  return {
    a: a.metrics().summary,
    b: b.metrics().summary,
    // Videos of both futures, matched by creator and post number: how alike their likes end.
    rho: spearman(
      Float64Array.from(effects.videos.idA, (v) => va.likes[v]),
      Float64Array.from(effects.videos.idB, (v) => vb.likes[v]),
    ),
    winnerEarly: va.viralAt[winner] >= 0 && va.viralAt[winner] < AT,
    winnerKept: i >= 0 && effects.videos.idB[i] === top(b),
  };
}

/** One-sided Fisher exact test that the first row's share of successes is the larger. */
function fisherGreater(s1: number, n1: number, s2: number, n2: number): number {
  const logChoose = (n: number, k: number) => {
    let sum = 0;
    for (let i = 1; i <= k; i++) sum += Math.log((n - k + i) / i);
    return sum;
  };
  const total = s1 + s2;
  const p = (k: number) =>
    Math.exp(logChoose(n1, k) + logChoose(n2, total - k) - logChoose(n1 + n2, total));
  let tail = 0;
  for (let k = s1; k <= Math.min(n1, total); k++) tail += p(k);
  return tail;
}

describe("lesson: hide the likes", () => {
  const runs = seedsUpTo(32).map(futures);
  const first = runs.slice(0, 12);

  it("the lesson's arms are the fork: the scheduled intervention gives the forked future", () => {
    expect(runArm(lesson, "b", 1).metrics().summary).toEqual(runs[0].b);
    expect(runArm(lesson, "a", 1).metrics().summary).toEqual(runs[0].a);
  });

  it("everything slows: fewer likes, fewer viral videos, a little less inequality, seed by seed", () => {
    const likes = signTest(first.map((r) => r.b.likes - r.a.likes));
    expect(likes.negative).toBe(12);
    expect(likes.p).toBeLessThan(0.001);
    const viral = signTest(first.map((r) => r.b.viralCount - r.a.viralCount));
    expect(viral.negative).toBeGreaterThanOrEqual(11);
    expect(viral.p).toBeLessThan(0.01);
    // The Gini falls on average, not in every seed: over seeds 1–64 it fell in 42 of the 48
    // seeds tested in sets of 12. One-sided paired t-test at α = 0.025 (t < −2.20 for 11 df);
    // on the four sets, t was −2.6 to −6.4.
    const { mean, error } = meanAndError(first.map((r) => r.b.giniVideos - r.a.giniVideos));
    expect(mean / error).toBeLessThan(-studentTQuantile(0.975, first.length - 1));
  });

  it("the videos' order changes little: their likes in the two futures correlate above 0.8", () => {
    for (const run of first) expect(run.rho).toBeGreaterThan(0.8);
  });

  it("a winner that had gone viral before the counts vanished keeps the top more often than one still rising", () => {
    const early = runs.filter((r) => r.winnerEarly);
    const late = runs.filter((r) => !r.winnerEarly);
    const kept = (rs: typeof runs) => rs.filter((r) => r.winnerKept).length;
    const p = fisherGreater(kept(early), early.length, kept(late), late.length);
    // Over seeds 1..64: kept in 30 of 40 seeds where the winner was viral before tick 24, in 1
    // of 24 where it was not. On 16 seeds the test was too weak (p = 0.06–0.1 on seeds 17–32
    // or 25–40), so it runs 32.
    expect(p).toBeLessThan(0.01);
  });
});
