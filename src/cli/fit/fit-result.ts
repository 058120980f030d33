import type { AbcSmc, StopReason } from "../../inference/abc-smc.js";
import {
  describeStop,
  type ParameterSummary,
  summarizeParameters,
  type TargetCheck,
  verdictOf,
} from "../../inference/posterior-summary.js";
import { describePrior, type Prior } from "../../inference/priors.js";
import { quantileSorted } from "../../inference/quantiles.js";
import type { ScenarioFile } from "../scenario-file.js";
import { formatInterval, formatNumber } from "../text-table.js";
import type { FitProblem } from "./fit-problem.js";
import type { CheckDraw } from "./fit-runner.js";

/**
 * Everything a finished fit reports, as plain data: printed as tables, as JSON, and drawn
 * in the HTML report.
 */
export interface PredictiveCheck {
  /** The target's simulated values over the check's draws, in draw order. */
  values: number[];
  median: number;
  low: number;
  high: number;
  /** The observed value lies within the draws' 5–95% range. */
  covered: boolean;
}

export interface FitResult {
  scenario: { name: string; file: string; hash: string };
  targets: { name: string; file: string };
  seed: number;
  settings: AbcSmc["settings"];
  priors: (Pick<Prior, "path" | "scale" | "low" | "high" | "whole"> & { text: string })[];
  generations: {
    generation: number;
    tolerance: number;
    simulations: number;
    acceptance: number;
    ess: number;
  }[];
  stop: {
    reason: StopReason;
    generation: number;
    text: string;
    abandoned?: { tolerance: number; simulations: number; accepted: number };
  };
  /** Simulations (parameter vectors) used by the generations kept. */
  simulations: number;
  /** Runs (one per condition and vector) run by this command, and reused from --out. */
  runs: { run: number; reused: number };
  reached: boolean;
  tolerance: number;
  statement: string;
  parameters: ParameterSummary[];
  checks: (TargetCheck & { check?: PredictiveCheck })[];
  /** The final population: values, weight, distance and simulated targets per particle. */
  particles: {
    values: number[];
    weight: number;
    distance: number;
    seed: number;
    stats: number[];
  }[];
  /** Every kept generation's particle values and weights, for the report's history. */
  history: { values: number[]; weight: number }[][];
}

function predictive(values: number[], observed: number): PredictiveCheck {
  const sorted = Float64Array.from(values.filter(Number.isFinite)).sort();
  const low = quantileSorted(sorted, 0.05);
  const high = quantileSorted(sorted, 0.95);
  return {
    values,
    median: quantileSorted(sorted, 0.5),
    low,
    high,
    covered: observed >= low && observed <= high,
  };
}

export function fitResult(
  file: ScenarioFile,
  problem: FitProblem,
  abc: AbcSmc,
  draws: readonly CheckDraw[],
  runs: { run: number; reused: number },
): FitResult {
  const posterior = abc.posterior!;
  const stop = abc.stop!;
  const verdict = verdictOf(abc.generations, problem.targets, stop, abc.settings);
  return {
    scenario: { name: file.scenario.name, file: file.given, hash: file.hash },
    targets: { name: problem.targetsFile.name, file: problem.targetsPath },
    seed: abc.settings.seed,
    settings: abc.settings,
    priors: problem.priors.map((p) => ({
      path: p.path,
      scale: p.scale,
      low: p.low,
      high: p.high,
      whole: p.whole,
      text: describePrior(p),
    })),
    generations: abc.generations.map(({ particles: _p, ...g }) => g),
    stop: { ...stop, text: describeStop(stop, abc.settings) },
    simulations: abc.simulationsUsed,
    runs,
    reached: verdict.reached,
    tolerance: verdict.tolerance,
    statement: verdict.statement,
    parameters: summarizeParameters(posterior, problem.priors),
    checks: verdict.targets.map((target, k) =>
      draws.length > 0
        ? {
            ...target,
            check: predictive(
              draws.map((d) => d.stats[k]),
              target.observed,
            ),
          }
        : target,
    ),
    particles: posterior.particles.map((p) => ({
      values: p.values,
      weight: p.weight,
      distance: p.distance,
      seed: p.seed,
      stats: p.stats,
    })),
    history: abc.generations.map((g) =>
      g.particles.map((p) => ({ values: p.values, weight: p.weight })),
    ),
  };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The generations as table cells: generation, tolerance, simulations, acceptance, ESS. */
export const GENERATION_HEADER = ["generation", "tolerance", "simulations", "acceptance", "ESS"];
export function generationRows(result: FitResult): string[][] {
  return result.generations.map((g) => [
    String(g.generation),
    formatNumber(g.tolerance),
    String(g.simulations),
    percent(g.acceptance),
    g.ess.toFixed(0),
  ]);
}

/** The parameters as table cells: path, median, 90% interval, prior range. */
export const PARAMETER_HEADER = ["parameter", "median", "90% interval", "prior"];
export function parameterRows(result: FitResult): string[][] {
  return result.parameters.map((p, a) => [
    p.path,
    formatNumber(p.median),
    formatInterval(p.low, p.high),
    result.priors[a].text.slice(p.path.length + 1),
  ]);
}
