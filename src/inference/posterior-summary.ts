import type { AbcSettings, GenerationResult, Stop } from "./abc-smc.js";
import type { Observed } from "./distance.js";
import type { Prior } from "./priors.js";
import { weightedQuantile } from "./quantiles.js";

/**
 * What a finished fit says: each parameter's weighted median and 90% interval, each
 * target's simulated values against the observed one, and a plain statement of whether
 * the model reached the targets at all.
 */
export interface ParameterSummary {
  path: string;
  median: number;
  /** The 5% and 95% weighted quantiles: a 90% credible interval. */
  low: number;
  high: number;
}

export interface TargetCheck extends Observed {
  name: string;
  /** Weighted median and 90% interval of the simulated values over the final population. */
  median: number;
  low: number;
  high: number;
  /** |median − observed| / scale. */
  off: number;
}

export interface Verdict {
  /** The final tolerance is at most 1: accepted simulations miss by at most one scale (RMS). */
  reached: boolean;
  tolerance: number;
  statement: string;
  targets: TargetCheck[];
}

function weighted(generation: GenerationResult, value: (i: number) => number) {
  const values = generation.particles.map((_, i) => value(i));
  const weights = generation.particles.map((p) => p.weight);
  return (q: number) => weightedQuantile(values, weights, q);
}

export function summarizeParameters(
  generation: GenerationResult,
  priors: readonly Prior[],
): ParameterSummary[] {
  return priors.map((prior, a) => {
    const at = weighted(generation, (i) => generation.particles[i].values[a]);
    return { path: prior.path, median: at(0.5), low: at(0.05), high: at(0.95) };
  });
}

export function checkTargets(
  generation: GenerationResult,
  targets: readonly (Observed & { name: string })[],
): TargetCheck[] {
  return targets.map((target, k) => {
    const at = weighted(generation, (i) => generation.particles[i].stats[k]);
    const median = at(0.5);
    return {
      ...target,
      median,
      low: at(0.05),
      high: at(0.95),
      off: Math.abs(median - target.observed) / target.scale,
    };
  });
}

const round = (x: number) => String(Number(x.toPrecision(3)));

/** Why the fit stopped, in a sentence. */
export function describeStop(stop: Stop, settings: AbcSettings): string {
  const a = stop.abandoned;
  switch (stop.reason) {
    case "tolerance":
      return `the tolerance reached ${settings.tolerance} in generation ${stop.generation}`;
    case "generations":
      return `${settings.maxGenerations} generations were run (the maximum)`;
    case "acceptance":
      return `generation ${stop.generation} (tolerance ${round(a!.tolerance)}) accepted only ${a!.accepted} of ${a!.simulations} proposals, short of ${settings.particles} particles at the minimum acceptance rate ${settings.minAcceptance}; its population was not completed`;
    case "budget":
      return a
        ? `the budget of ${settings.budget} simulations ran out in generation ${stop.generation} (${a.accepted} of ${settings.particles} particles accepted)`
        : `the budget of ${settings.budget} simulations leaves too few for another generation`;
    case "undefined":
      return "fewer simulations than particles gave a value for every target";
  }
}

/**
 * When the fit stopped on its generation or simulation budget while the tolerance was still
 * falling by more than a tenth per generation, a sentence saying that more may get closer.
 */
function stillFalling(generations: readonly GenerationResult[], stop: Stop): string {
  if (stop.reason !== "generations" && stop.reason !== "budget") return "";
  if (generations.length < 2) return "";
  const before = generations[generations.length - 2];
  const last = generations[generations.length - 1];
  if (!(last.tolerance < 0.9 * before.tolerance)) return "";
  const drop = 1 - last.tolerance / before.tolerance;
  return ` The tolerance was still falling (by ${Math.round(100 * drop)}% in the last generation): more generations or simulations (--generations, --budget) may get closer.`;
}

export function verdictOf(
  generations: readonly GenerationResult[],
  targets: readonly (Observed & { name: string })[],
  stop: Stop,
  settings: AbcSettings,
): Verdict {
  const generation = generations[generations.length - 1];
  const checks = checkTargets(generation, targets);
  const tolerance = generation.tolerance;
  const reached = tolerance <= 1;
  const why = `The fit stopped because ${describeStop(stop, settings)}.`;
  if (reached) {
    return {
      reached,
      tolerance,
      targets: checks,
      statement: `The fit reached the targets: the accepted simulations of generation ${generation.generation} are within ${round(tolerance)} target scales of the observed values (root mean square). ${why}`,
    };
  }
  const worst = [...checks]
    .sort((x, y) => y.off - x.off)
    .filter((c) => c.off > 1)
    .slice(0, 3)
    .map(
      (c) =>
        `${c.name} (observed ${round(c.observed)}, simulated median ${round(c.median)}, ${round(c.off)} scales off)`,
    );
  return {
    reached,
    tolerance,
    targets: checks,
    statement:
      `The model did NOT reach the targets: the closest simulations it accepted are still ${round(tolerance)} target scales away (root mean square; a fit that reaches its targets ends at or below 1). ` +
      "The intervals describe the parameters that come closest, not a posterior of the observed data. " +
      (worst.length > 0 ? `Furthest off: ${worst.join("; ")}. ` : "") +
      why +
      stillFalling(generations, stop),
  };
}
