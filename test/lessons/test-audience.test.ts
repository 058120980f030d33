import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/engine/build-graph.js";
import { createPopulation } from "../../src/engine/population.js";
import type { StagedExposureRanker } from "../../src/engine/rankers/staged-exposure.js";
import { World } from "../../src/engine/world.js";
import { armScenario } from "../../src/lessons/arm-overrides.js";
import { testAudience as lesson } from "../../src/lessons/definitions/test-audience.js";
import { normalUpper, scenarioInput, seedsUpTo, wilson } from "./helpers.js";

/**
 * Whether a video passed its first test is not in the public snapshot, so this test builds
 * the world itself (as createSimulation does) and watches each video's stage change from 0
 * at the impression that completes its test pool: to 1 when promoted, to "retired" when
 * buried. With likeModel "quality" a video's quality is its true like rate, so a video is
 * good when its quality is at least 1.5 × the bar.
 */
const USERS = 3000;
const VIEWERS = [10, 30, 100, 300];
const SEEDS = seedsUpTo(4);
const BAR = 0.1;
const GOOD = 1.5 * BAR;

interface Tested {
  quality: number;
  buried: boolean;
}

function firstTests(viewers: number, seed: number): Tested[] {
  const scenario = armScenario(scenarioInput(lesson), {
    label: `${viewers} test viewers`,
    set: { "feed.staged.testPool": viewers / USERS },
  });
  expect(scenario.population.users).toBe(USERS);
  expect(scenario.feed.staged.likeRateBar).toBe(BAR);
  const population = createPopulation(scenario, seed);
  const world = new World(0, scenario, seed, population, buildGraph(scenario, seed, population), 0);
  const { videos } = world;
  const ranker = world.ranker as StagedExposureRanker;
  const tested: Tested[] = [];
  const onImpression = ranker.onImpression.bind(ranker);
  ranker.onImpression = (user: number, video: number, liked: boolean) => {
    const before = ranker.stageOf(video);
    onImpression(user, video, liked);
    const after = ranker.stageOf(video);
    if (before === 0 && after !== 0)
      tested.push({ quality: videos.quality[video], buried: after !== 1 });
  };
  for (let t = 0; t < scenario.ticks; t++) world.step();
  return tested;
}

/** P(X < bar·n) for X ~ Bin(n, q): the chance a video of true like rate q fails its test. */
function failChance(n: number, q: number): number {
  const need = Math.ceil(BAR * n - 1e-9);
  let term = (1 - q) ** n;
  let sum = 0;
  for (let k = 0; k < need; k++) {
    sum += term;
    term *= ((n - k) / (k + 1)) * (q / (1 - q));
  }
  return sum;
}

describe("lesson: the test audience (staged exposure)", () => {
  const tested = VIEWERS.map((viewers) => SEEDS.map((seed) => firstTests(viewers, seed)));
  const good = tested.map((bySeed) => bySeed.flat().filter((v) => v.quality >= GOOD));
  const buried = good.map((videos) => videos.filter((v) => v.buried).length);

  it("with 30 test viewers roughly one good video in ten is buried at its first test", () => {
    const i = VIEWERS.indexOf(30);
    expect(good[i].length).toBeGreaterThan(300);
    // Wilson interval at z = 3.29 (99.9%, two-sided).
    const [low, high] = wilson(buried[i], good[i].length, 3.29);
    expect(low).toBeGreaterThan(0.04);
    expect(high).toBeLessThan(0.2);
  });

  it("buries fewer good videos as the test pool grows", () => {
    for (let i = 1; i < VIEWERS.length; i++)
      expect(buried[i] / good[i].length).toBeLessThan(buried[i - 1] / good[i - 1].length);
    // 30 against 300 viewers: one-sided two-proportion z-test.
    const [a, b] = [VIEWERS.indexOf(30), VIEWERS.indexOf(300)];
    const pooled = (buried[a] + buried[b]) / (good[a].length + good[b].length);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / good[a].length + 1 / good[b].length));
    const z = (buried[a] / good[a].length - buried[b] / good[b].length) / se;
    expect(normalUpper(z)).toBeLessThan(0.001);
  });

  it("judges fewer new videos before they expire when each test costs more impressions", () => {
    const [a, b] = [VIEWERS.indexOf(30), VIEWERS.indexOf(300)];
    for (const [s] of SEEDS.entries())
      expect(tested[b][s].length).toBeLessThan(0.9 * tested[a][s].length);
  });

  it("buries as many good videos as binomial luck in the test pool predicts", () => {
    for (const [i, viewers] of VIEWERS.entries()) {
      const chances = good[i].map((v) => failChance(viewers, v.quality));
      const expected = chances.reduce((s, p) => s + p, 0);
      const sd = Math.sqrt(chances.reduce((s, p) => s + p * (1 - p), 0));
      // A sum of independent Bernoulli trials: |z| < 3.29 is two-sided α = 0.001.
      expect(Math.abs(buried[i] - expected), `${viewers} viewers`).toBeLessThan(
        3.29 * Math.max(sd, 1),
      );
    }
  });
});
