import type { Random } from "../deterministic/random.js";
import { allRows, bootstrapIntervals } from "./bootstrap.js";

/**
 * Morris's elementary effects (Morris 1991, Technometrics 33:161), the cheap screen: r
 * trajectories through a grid of p levels in the unit cube, each moving one parameter at a
 * time by Δ = p / (2(p − 1)), so every trajectory gives one elementary effect per parameter,
 * EE = (y(x ± Δ eᵢ) − y(x)) / (±Δ). Per parameter: μ* = mean |EE| (Campolongo, Cariboni &
 * Saltelli 2007), μ = mean EE and σ = their standard deviation, with a bootstrap interval on
 * μ* over trajectories. Effects are per unit of the parameter's range (0 to 1).
 */
export interface MorrisDesign {
  parameters: number;
  levels: number;
  delta: number;
  /** (parameters + 1) points per trajectory, trajectory after trajectory, in [0, 1]. */
  points: number[][];
  /** For each trajectory, step by step: the parameter moved and the direction, ±1. */
  steps: { parameter: number; sign: number }[][];
}

export function morrisDesign(
  parameters: number,
  trajectories: number,
  levels: number,
  random: Random,
): MorrisDesign {
  const delta = levels / (2 * (levels - 1));
  const points: number[][] = [];
  const steps: MorrisDesign["steps"] = [];
  for (let t = 0; t < trajectories; t++) {
    // A base on the lower half of the grid, so x + Δ stays on it; a minus sign starts at x + Δ.
    const sign = Array.from({ length: parameters }, () => (random() < 0.5 ? -1 : 1));
    let x = sign.map((s) => {
      const base = Math.floor(random() * (levels / 2)) / (levels - 1);
      return s > 0 ? base : base + delta;
    });
    const order = Array.from({ length: parameters }, (_, i) => i);
    for (let i = parameters - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    points.push(x);
    for (const parameter of order) {
      x = [...x];
      x[parameter] += sign[parameter] * delta;
      points.push(x);
    }
    steps.push(order.map((parameter) => ({ parameter, sign: sign[parameter] })));
  }
  return { parameters, levels, delta, points, steps };
}

export interface MorrisIndex {
  muStar: number;
  mu: number;
  sigma: number;
  /** 95% percentile-bootstrap interval of μ* over trajectories. */
  muStarLow: number;
  muStarHigh: number;
  /** Trajectories whose effect was defined (finite outputs at both ends). */
  effects: number;
}

/** effects[t][i]: trajectory t's elementary effect of parameter i. */
function elementaryEffects(design: MorrisDesign, outputs: readonly number[]): number[][] {
  const stride = design.parameters + 1;
  return design.steps.map((steps, t) => {
    const effects = new Array<number>(design.parameters);
    steps.forEach(({ parameter, sign }, j) => {
      const before = outputs[t * stride + j];
      const after = outputs[t * stride + j + 1];
      effects[parameter] = (after - before) / (sign * design.delta);
    });
    return effects;
  });
}

function meanOf(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / values.length;
}

function muStars(effects: readonly number[][], taken: Int32Array, parameters: number): number[] {
  return Array.from({ length: parameters }, (_, i) =>
    meanOf(
      Array.from(taken, (t) => Math.abs(effects[t][i])).filter((value) => Number.isFinite(value)),
    ),
  );
}

/** The indices of each parameter from the outputs at the design's points (NaN: undefined). */
export function morrisIndices(
  design: MorrisDesign,
  outputs: readonly number[],
  resamples: number,
  random: Random,
): MorrisIndex[] {
  const effects = elementaryEffects(design, outputs);
  const r = effects.length;
  const stars = muStars(effects, allRows(r), design.parameters);
  const intervals = bootstrapIntervals(
    r,
    (taken) => muStars(effects, taken, design.parameters),
    resamples,
    random,
  );
  return stars.map((muStar, i) => {
    const finite = effects.map((e) => e[i]).filter((value) => Number.isFinite(value));
    const mu = meanOf(finite);
    const variance =
      finite.length > 1
        ? finite.reduce((s, e) => s + (e - mu) * (e - mu), 0) / (finite.length - 1)
        : Number.NaN;
    return {
      muStar,
      mu,
      sigma: Math.sqrt(variance),
      muStarLow: intervals[i]?.low ?? Number.NaN,
      muStarHigh: intervals[i]?.high ?? Number.NaN,
      effects: finite.length,
    };
  });
}
