import { readFileSync } from "node:fs";
import { createSimulation } from "../../src/engine/index.js";
import type { Simulation } from "../../src/engine/types.js";
import { armScenario } from "../../src/lessons/arm-overrides.js";
import type { ArmValue, Lesson } from "../../src/lessons/lesson.js";

/** A lesson's scenario file as written, from scenarios/. */
export function scenarioInput(lesson: Lesson): unknown {
  const url = new URL(`../../scenarios/${lesson.scenario}`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8"));
}

/**
 * Runs one arm of a lesson for the scenario's ticks on `seed`. `extra` sets more fields on
 * top of the arm's, for evidence that goes beyond the lesson's two arms (other levels,
 * the other ranker).
 */
export function runArm(
  lesson: Lesson,
  arm: "a" | "b",
  seed: number,
  extra: Record<string, ArmValue> = {},
): Simulation {
  const { label, set } = lesson.arms[arm];
  const scenario = armScenario(scenarioInput(lesson), { label, set: { ...set, ...extra } });
  const simulation = createSimulation(scenario, { seed });
  simulation.step(scenario.ticks);
  return simulation;
}

export function seedsUpTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** Standard normal upper tail P(Z ≥ z) (Abramowitz–Stegun 7.1.26 through erfc; |error| < 1.5e-7). */
export function normalUpper(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = poly * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/**
 * Page's L test for an increasing trend over k ordered treatments in n blocks (seeds): ranks
 * within each block, L = Σ_j j·R_j, normal approximation. Returns the one-sided p-value for
 * "values rise with the treatment index" (pass negated values to test a fall).
 */
export function pageTrendTest(blocks: readonly (readonly number[])[]): number {
  const n = blocks.length;
  const k = blocks[0].length;
  let l = 0;
  for (const row of blocks) {
    const order = row.map((value, j) => ({ value, j })).sort((x, y) => x.value - y.value);
    order.forEach(({ j }, rank) => {
      l += (j + 1) * (rank + 1);
    });
  }
  const mean = (n * k * (k + 1) ** 2) / 4;
  const variance = (n * k * k * (k + 1) * (k * k - 1)) / 144;
  return normalUpper((l - mean) / Math.sqrt(variance));
}

/** Wilson score interval for a binomial share at normal quantile z. */
export function wilson(successes: number, n: number, z: number): [number, number] {
  const p = successes / n;
  const centre = p + (z * z) / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const scale = 1 + (z * z) / n;
  return [(centre - half) / scale, (centre + half) / scale];
}
