import { stream } from "../../deterministic/random.js";
import type { AbcSmc, GenerationResult, Proposal } from "../../inference/abc-smc.js";
import { cumulativeWeights, pickByWeight } from "../../inference/weighted-choice.js";
import type { FitProblem } from "./fit-problem.js";
import type { FitProgress } from "./fit-progress.js";
import { type ParticleRunOptions, runParticles } from "./particle-runs.js";

/**
 * Runs an ABC-SMC fit to its end on the batch pool, generation after generation. Proposal i
 * is started only while the generation wants it (fewer accepted than particles, within the
 * generation's limit), in index order; the state machine decides acceptance by index, so
 * the runs in flight when the population completes are written to --out but change
 * nothing. Returns the seeds of every proposal, for the posterior check to avoid.
 */
export async function runFit(
  problem: FitProblem,
  abc: AbcSmc,
  options: ParticleRunOptions,
  progress: FitProgress,
): Promise<Set<number>> {
  const seeds = new Set<number>();
  for (;;) {
    let index = 0;
    progress.open(abc);
    await runParticles(
      problem,
      () => {
        if (!abc.wants(index)) return undefined;
        const proposal = abc.proposal(index++);
        seeds.add(proposal.seed);
        return proposal;
      },
      (proposal: Proposal, outcome) => {
        abc.record(proposal, outcome);
        progress.recorded(abc);
      },
      options,
    );
    const kept = abc.generations.length;
    const more = abc.advance();
    progress.close(abc.generations.length > kept ? abc.posterior : undefined);
    if (!more) return seeds;
  }
}

/** One draw of the posterior predictive check: a particle of the final population, on a fresh seed. */
export interface CheckDraw {
  draw: number;
  particle: number;
  values: number[];
  seed: number;
  stats: number[];
}

/**
 * The posterior predictive check: `draws` particles drawn by weight from the final
 * population, each simulated on a new seed that no proposal of the fit used, so the check
 * sees runs the fit never selected on.
 */
export async function runCheck(
  problem: FitProblem,
  posterior: GenerationResult,
  fitSeed: number,
  used: ReadonlySet<number>,
  draws: number,
  options: ParticleRunOptions,
  progress: FitProgress,
): Promise<CheckDraw[]> {
  const cumulative = cumulativeWeights(posterior.particles.map((p) => p.weight));
  const results: CheckDraw[] = [];
  const planned: Omit<CheckDraw, "stats">[] = [];
  for (let i = 0; i < draws; i++) {
    const random = stream(fitSeed, "inference", "check", i);
    const particle = pickByWeight(cumulative, random());
    let seed: number;
    do seed = Math.floor(random() * 4294967296);
    while (used.has(seed));
    planned.push({ draw: i, particle, values: posterior.particles[particle].values, seed });
  }
  let next = 0;
  progress.startCheck(draws);
  await runParticles(
    problem,
    () => (next < planned.length ? { ...planned[next++] } : undefined),
    (draw, outcome) => {
      results.push({ ...draw, stats: outcome.stats });
      progress.checked();
    },
    options,
  );
  progress.stop();
  return results.sort((a, b) => a.draw - b.draw);
}
