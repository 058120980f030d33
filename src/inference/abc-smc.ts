import { exp, log } from "../deterministic/exact-math.js";
import { type Random, stream } from "../deterministic/random.js";
import { PerturbationKernel } from "./perturbation-kernel.js";
import { coordinateRange, type Prior, valueAt } from "./priors.js";
import { weightedQuantile } from "./quantiles.js";
import { cumulativeWeights, pickByWeight } from "./weighted-choice.js";

/**
 * Approximate Bayesian computation by sequential Monte Carlo (Toni et al. 2009; Beaumont et
 * al. 2009), as a state machine that does not know how simulations are run:
 *
 * - Generation 0 is rejection ABC: `priorDraws × particles` draws from the prior, of which
 *   the `particles` closest to the targets are kept, with equal weights; the tolerance is
 *   the distance of the last one kept.
 * - Each next generation's tolerance is the `quantile` of the previous population's
 *   distances (weighted). Proposal i picks an ancestor by weight and moves it with the
 *   perturbation kernel fitted to that population, redrawing both until the move lands in
 *   the prior's support; it is accepted when its distance is within the tolerance. The
 *   population is the first `particles` accepted proposals in index order, weighted by
 *   prior / Σ_j w_j K(θ | θ_j) (the prior is flat in the coordinates the kernel works in).
 *
 * Every proposal draws from its own stream, keyed by the fit's seed, the generation and
 * the proposal's index, and carries its own run seed from that stream. Which proposals are
 * accepted depends only on each proposal's outcome, never on the order outcomes arrive in,
 * so a fit run on many threads, or killed and resumed, gives the same populations.
 */
export interface AbcSettings {
  /** Particles per generation. */
  particles: number;
  /** Generation 0 simulates this many prior draws per particle (≥ 1). */
  priorDraws: number;
  /** Each next tolerance is this quantile of the previous population's distances. */
  quantile: number;
  /** Generations at most, generation 0 included. */
  maxGenerations: number;
  /** A generation that needs more than particles / minAcceptance proposals is abandoned. */
  minAcceptance: number;
  /** Simulations at most, over all generations (one simulation: one proposal). */
  budget: number;
  /** Stop once a generation's tolerance is at most this (0: never). */
  tolerance: number;
  seed: number;
}

/** A parameter vector to simulate: coordinates z (log for log-uniform priors) and values. */
export interface Proposal {
  generation: number;
  index: number;
  z: number[];
  values: number[];
  /** The seed of the proposal's runs. */
  seed: number;
}

export interface Outcome {
  /** Distance to the targets (Infinity when a target is undefined for the run). */
  distance: number;
  /** The simulated value of each target. */
  stats: number[];
}

export interface Particle extends Proposal, Outcome {
  /** Normalised importance weight. */
  weight: number;
}

export interface GenerationResult {
  generation: number;
  tolerance: number;
  particles: Particle[];
  /** Proposals simulated up to the one that completed the population. */
  simulations: number;
  acceptance: number;
  /** Effective sample size of the weights, 1 / Σ w². */
  ess: number;
}

export type StopReason = "tolerance" | "generations" | "acceptance" | "budget" | "undefined";

export interface Stop {
  reason: StopReason;
  /** The generation that was abandoned (acceptance, budget) or the last one kept. */
  generation: number;
  /** For an abandoned generation: its tolerance, proposals simulated and accepted. */
  abandoned?: { tolerance: number; simulations: number; accepted: number };
}

/** Settings that cannot make a fit. */
export class AbcSettingsError extends Error {
  override name = "AbcSettingsError";
}

const MAX_MOVES = 100_000;
const SEED_RANGE = 4294967296;

export class AbcSmc {
  readonly generations: GenerationResult[] = [];
  stop: Stop | undefined;
  /** The generation under way. */
  generation = 0;
  /** Its tolerance (Infinity in generation 0 until it closes). */
  tolerance = Number.POSITIVE_INFINITY;
  /** Proposals of this generation have indices below this. */
  limit: number;
  private limitedBy: "acceptance" | "budget" = "budget";
  private outcomes: (Outcome | undefined)[] = [];
  private proposals: (Proposal | undefined)[] = [];
  private prefix = 0;
  private accepted: number[] = [];
  private acceptedAnywhere = 0;
  private kernel: PerturbationKernel | undefined;
  private cumulative: Float64Array = new Float64Array(0);
  private readonly ranges: [number, number][];

  constructor(
    readonly priors: readonly Prior[],
    readonly settings: AbcSettings,
  ) {
    const { particles, priorDraws, budget, quantile, minAcceptance } = settings;
    if (!(Number.isInteger(particles) && particles >= 2))
      throw new AbcSettingsError(`particles ${particles}: allowed: a whole number ≥ 2`);
    if (!(priorDraws >= 1))
      throw new AbcSettingsError(`prior draws per particle ${priorDraws}: allowed: ≥ 1`);
    if (!(quantile > 0 && quantile < 1))
      throw new AbcSettingsError(`quantile ${quantile}: allowed: strictly between 0 and 1`);
    if (!(minAcceptance > 0 && minAcceptance <= 1))
      throw new AbcSettingsError(`minimum acceptance ${minAcceptance}: allowed: in (0, 1]`);
    if (budget < Math.ceil(particles * priorDraws)) {
      throw new AbcSettingsError(
        `budget ${budget}: generation 0 alone needs ${Math.ceil(particles * priorDraws)} simulations (particles × prior draws); allowed: at least that`,
      );
    }
    this.ranges = priors.map(coordinateRange);
    this.limit = Math.ceil(particles * priorDraws);
  }

  /** Simulations used by the generations kept so far. */
  get simulationsUsed(): number {
    return this.generations.reduce((sum, g) => sum + g.simulations, 0);
  }

  /** The last population kept, if any. */
  get posterior(): GenerationResult | undefined {
    return this.generations[this.generations.length - 1];
  }

  /** Accepted proposals of the generation under way, among those whose outcome is known. */
  get acceptedSoFar(): number {
    return this.generation === 0 ? this.prefix : this.acceptedAnywhere;
  }

  /** Proposals of the generation under way whose outcome is known, in index order. */
  get recorded(): number {
    return this.prefix;
  }

  /** Whether proposal `index` is worth starting now. */
  wants(index: number): boolean {
    if (this.stop || index >= this.limit) return false;
    return this.generation === 0 || this.acceptedAnywhere < this.settings.particles;
  }

  /** Whether the generation under way is decided: its population is complete, or it cannot be. */
  get decided(): boolean {
    if (this.generation === 0) return this.prefix >= this.limit;
    return this.accepted.length >= this.settings.particles || this.prefix >= this.limit;
  }

  proposal(index: number): Proposal {
    const random = stream(this.settings.seed, "inference", "abc", this.generation, index);
    const z = this.generation === 0 ? this.fromPrior(random) : this.moved(random);
    return {
      generation: this.generation,
      index,
      z,
      values: z.map((value, a) => valueAt(this.priors[a], value)),
      seed: Math.floor(random() * SEED_RANGE),
    };
  }

  private fromPrior(random: Random): number[] {
    return this.ranges.map(([low, high]) => low + random() * (high - low));
  }

  private moved(random: Random): number[] {
    const previous = this.posterior!.particles;
    for (let tries = 0; tries < MAX_MOVES; tries++) {
      const j = pickByWeight(this.cumulative, random());
      const z = this.kernel!.sample(previous[j].z, random);
      if (z.every((value, a) => value >= this.ranges[a][0] && value <= this.ranges[a][1])) return z;
    }
    throw new Error(`ABC: no move into the prior's support in ${MAX_MOVES} tries`);
  }

  /** Records a proposal's outcome; outcomes of an earlier generation are ignored. */
  record(proposal: Proposal, outcome: Outcome): void {
    if (proposal.generation !== this.generation || this.stop) return;
    const i = proposal.index;
    if (this.outcomes[i]) return;
    this.outcomes[i] = outcome;
    this.proposals[i] = proposal;
    const within = outcome.distance <= this.tolerance;
    if (this.generation > 0 && within) this.acceptedAnywhere++;
    while (this.prefix < this.limit && this.outcomes[this.prefix]) {
      if (this.generation > 0 && this.outcomes[this.prefix]!.distance <= this.tolerance)
        this.accepted.push(this.prefix);
      this.prefix++;
    }
  }

  /** Closes a decided generation; true when another one follows, false when the fit stops. */
  advance(): boolean {
    if (!this.decided) throw new Error("ABC: advance() before the generation is decided");
    const n = this.settings.particles;
    if (this.generation > 0 && this.accepted.length < n) {
      this.stop = {
        reason: this.limitedBy,
        generation: this.generation,
        abandoned: {
          tolerance: this.tolerance,
          simulations: this.prefix,
          accepted: this.accepted.length,
        },
      };
      return false;
    }
    const result = this.generation === 0 ? this.closeRejection() : this.closeMoved();
    this.generations.push(result);
    if (!Number.isFinite(result.tolerance)) {
      this.stop = { reason: "undefined", generation: result.generation };
      return false;
    }
    const left = this.settings.budget - this.simulationsUsed;
    if (result.tolerance <= this.settings.tolerance)
      this.stop = { reason: "tolerance", generation: result.generation };
    else if (this.generations.length >= this.settings.maxGenerations)
      this.stop = { reason: "generations", generation: result.generation };
    else if (left < n) this.stop = { reason: "budget", generation: result.generation };
    if (this.stop) return false;
    this.open(result, left);
    return true;
  }

  private open(previous: GenerationResult, left: number): void {
    const { particles, minAcceptance, quantile } = this.settings;
    const weights = previous.particles.map((p) => p.weight);
    this.kernel = PerturbationKernel.fit(
      previous.particles.map((p) => p.z),
      weights,
      this.ranges,
    );
    this.cumulative = cumulativeWeights(weights);
    this.generation++;
    this.tolerance = weightedQuantile(
      previous.particles.map((p) => p.distance),
      weights,
      quantile,
    );
    const byAcceptance = Math.ceil(particles / minAcceptance);
    this.limit = Math.min(byAcceptance, left);
    this.limitedBy = byAcceptance <= left ? "acceptance" : "budget";
    this.outcomes = [];
    this.proposals = [];
    this.prefix = 0;
    this.accepted = [];
    this.acceptedAnywhere = 0;
  }

  private particleAt(i: number, weight: number): Particle {
    return { ...this.proposals[i]!, ...this.outcomes[i]!, weight };
  }

  private closeRejection(): GenerationResult {
    const n = this.settings.particles;
    const order = this.outcomes
      .map((outcome, i) => ({ i, d: outcome!.distance }))
      .sort((a, b) => a.d - b.d || a.i - b.i)
      .slice(0, n)
      .map(({ i }) => i)
      .sort((a, b) => a - b);
    const particles = order.map((i) => this.particleAt(i, 1 / n));
    const tolerance = Math.max(...particles.map((p) => p.distance));
    return {
      generation: 0,
      tolerance,
      particles,
      simulations: this.limit,
      acceptance: n / this.limit,
      ess: n,
    };
  }

  private closeMoved(): GenerationResult {
    const n = this.settings.particles;
    const kept = this.accepted.slice(0, n);
    const previous = this.posterior!.particles;
    // w_i ∝ 1 / Σ_j W_j K(z_i | z_j), summed in log space so far-off particles do not underflow.
    const kernel = this.kernel!;
    const centres = previous.map((p) => kernel.whiten(p.z));
    const logPrevious = previous.map((p) => log(p.weight));
    const terms = new Float64Array(previous.length);
    const logWeights = kept.map((i) => {
      const x = kernel.whiten(this.proposals[i]!.z);
      let top = Number.NEGATIVE_INFINITY;
      centres.forEach((c, j) => {
        let squares = 0;
        for (let a = 0; a < x.length; a++) squares += (x[a] - c[a]) * (x[a] - c[a]);
        terms[j] = logPrevious[j] - 0.5 * squares;
        if (terms[j] > top) top = terms[j];
      });
      let sum = 0;
      for (const t of terms) sum += exp(t - top);
      return -(top + log(sum));
    });
    const top = Math.max(...logWeights);
    const raw = logWeights.map((l) => exp(l - top));
    const total = raw.reduce((s, w) => s + w, 0);
    const particles = kept.map((i, k) => this.particleAt(i, raw[k] / total));
    const simulations = kept[n - 1] + 1;
    return {
      generation: this.generation,
      tolerance: this.tolerance,
      particles,
      simulations,
      acceptance: n / simulations,
      ess: 1 / particles.reduce((s, p) => s + p.weight * p.weight, 0),
    };
  }
}

/** Runs a fit to its end with a simulator called in the calling thread (tests, cheap models). */
export function runAbcSmc(abc: AbcSmc, simulate: (proposal: Proposal) => Outcome): AbcSmc {
  do {
    for (let i = 0; abc.wants(i); i++) {
      const proposal = abc.proposal(i);
      abc.record(proposal, simulate(proposal));
    }
  } while (abc.advance());
  return abc;
}
