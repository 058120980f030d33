import { describe, expect, it } from "vitest";
import { randomNormal, stream } from "../../src/deterministic/random.js";
import {
  type AbcSettings,
  AbcSettingsError,
  AbcSmc,
  type Outcome,
  type Proposal,
  runAbcSmc,
} from "../../src/inference/abc-smc.js";
import { standardizedDistance } from "../../src/inference/distance.js";
import { summarizeParameters, verdictOf } from "../../src/inference/posterior-summary.js";
import { parsePrior } from "../../src/inference/priors.js";
import { weightedQuantile } from "../../src/inference/quantiles.js";

/**
 * A simulator with a known posterior: one noisy observation per parameter, x₁ = a + σε₁
 * and x₂ = ln b + σε₂, under a uniform prior on a and a log-uniform prior on b. The exact
 * posterior of a (and of ln b) is N(x, σ²) truncated to the prior's range.
 */
const PRIORS = [parsePrior("a=-3..3"), parsePrior("b=log:0.1..10")];
const SIGMA = 0.5;

function simulate(values: readonly number[], seed: number): number[] {
  const random = stream(seed, "inference", "test-simulator");
  return [
    values[0] + SIGMA * randomNormal(random),
    Math.log(values[1]) + SIGMA * randomNormal(random),
  ];
}

function settings(seed: number, overrides: Partial<AbcSettings> = {}): AbcSettings {
  return {
    particles: 100,
    priorDraws: 4,
    quantile: 0.5,
    maxGenerations: 8,
    minAcceptance: 0.1,
    budget: 1_000_000,
    tolerance: 0,
    seed,
    ...overrides,
  };
}

function simulatorFor(observed: readonly number[]) {
  const targets = observed.map((o) => ({ observed: o, scale: SIGMA }));
  return (proposal: Proposal): Outcome => {
    const stats = simulate(proposal.values, proposal.seed);
    return { distance: standardizedDistance(stats, targets), stats };
  };
}

/** Drives a fit as the CLI's pool does: `slots` proposals in flight, finishing in a shuffled order. */
function runShuffled(abc: AbcSmc, sim: (p: Proposal) => Outcome, slots: number, seed: number) {
  const order = stream(seed, "inference", "test-order");
  do {
    const inFlight: Proposal[] = [];
    let next = 0;
    for (;;) {
      while (inFlight.length < slots && abc.wants(next)) inFlight.push(abc.proposal(next++));
      if (inFlight.length === 0) break;
      const [done] = inFlight.splice(Math.floor(order() * inFlight.length), 1);
      abc.record(done, sim(done));
    }
  } while (abc.advance());
  return abc;
}

describe("ABC-SMC", () => {
  it("gives the same populations whatever the order outcomes arrive in", () => {
    const sim = simulatorFor([1, Math.log(2)]);
    const inOrder = runAbcSmc(new AbcSmc(PRIORS, settings(7, { maxGenerations: 4 })), sim);
    const shuffled = runShuffled(new AbcSmc(PRIORS, settings(7, { maxGenerations: 4 })), sim, 5, 3);
    expect(inOrder.generations).toHaveLength(4);
    expect(shuffled.generations).toEqual(inOrder.generations);
    expect(shuffled.stop).toEqual(inOrder.stop);
  });

  it("shrinks the tolerance every generation and keeps normalised weights", () => {
    const abc = runAbcSmc(new AbcSmc(PRIORS, settings(11)), simulatorFor([0, 0]));
    const tolerances = abc.generations.map((g) => g.tolerance);
    for (let g = 1; g < tolerances.length; g++)
      expect(tolerances[g]).toBeLessThan(tolerances[g - 1]);
    for (const generation of abc.generations) {
      expect(generation.particles).toHaveLength(100);
      expect(generation.particles.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
      for (const p of generation.particles)
        expect(p.distance).toBeLessThanOrEqual(generation.tolerance);
    }
  });

  it("stops on the budget and keeps the last complete population", () => {
    const abc = runAbcSmc(new AbcSmc(PRIORS, settings(5, { budget: 900 })), simulatorFor([0.5, 0]));
    expect(abc.stop?.reason).toBe("budget");
    expect(abc.simulationsUsed).toBeLessThanOrEqual(900);
    expect(abc.posterior?.particles).toHaveLength(100);
  });

  it("refuses a budget too small for generation 0", () => {
    expect(() => new AbcSmc(PRIORS, settings(1, { budget: 399 }))).toThrow(AbcSettingsError);
  });

  /**
   * Simulation-based calibration (Talts et al. 2018): draw the truth from the prior, data
   * from the truth, fit, and count how often the 90% (and 50%) intervals hold the truth.
   * For a calibrated method each count is Binomial(200, p). The bands below are the central
   * 99.9% of that law (p ± 3.29·√(p(1−p)/200)): 90% → [0.83, 0.97], 50% → [0.38, 0.62], so
   * a calibrated method fails a given band one time in a thousand. Coverage alone would
   * pass the prior itself, so the intervals must also be as narrow as the exact
   * posterior's: 2 · 1.645 · σ = 1.645 away from the prior's edges (a little less near
   * them, a little more from the ABC tolerance); the band [1.3, 2.0] fails the prior (6 and
   * 4.6 wide) and any interval a fifth too narrow or too wide.
   */
  // About 600,000 simulations of a line of arithmetic: seconds, with room for a busy machine.
  it("covers the truth as often as it claims, over 200 synthetic fits (SBC)", {
    timeout: 180_000,
  }, () => {
    const fits = 200;
    const hits90 = [0, 0];
    const hits50 = [0, 0];
    const widths = [0, 0];
    for (let f = 0; f < fits; f++) {
      const random = stream(f, "inference", "test-truth");
      const truth = [-3 + 6 * random(), Math.exp(Math.log(0.1) + random() * Math.log(100))];
      const observed = simulate(truth, 1_000_000 + f);
      const abc = runAbcSmc(new AbcSmc(PRIORS, settings(2000 + f)), simulatorFor(observed));
      const posterior = abc.posterior!;
      const weights = posterior.particles.map((p) => p.weight);
      summarizeParameters(posterior, PRIORS).forEach((s, a) => {
        if (truth[a] >= s.low && truth[a] <= s.high) hits90[a]++;
        const values = posterior.particles.map((p) => p.values[a]);
        const q25 = weightedQuantile(values, weights, 0.25);
        const q75 = weightedQuantile(values, weights, 0.75);
        if (truth[a] >= q25 && truth[a] <= q75) hits50[a]++;
        widths[a] += (a === 0 ? s.high - s.low : Math.log(s.high / s.low)) / fits;
      });
    }
    for (let a = 0; a < 2; a++) {
      expect(hits90[a] / fits).toBeGreaterThanOrEqual(0.83);
      expect(hits90[a] / fits).toBeLessThanOrEqual(0.97);
      expect(hits50[a] / fits).toBeGreaterThanOrEqual(0.38);
      expect(hits50[a] / fits).toBeLessThanOrEqual(0.62);
      expect(widths[a]).toBeGreaterThan(1.3);
      expect(widths[a]).toBeLessThan(2.0);
    }
  });

  it("says plainly when the model cannot reach a target", () => {
    // x₁ cannot go above 3 + a few σ: a target at 20 with scale 0.5 is out of reach.
    const abc = runAbcSmc(
      new AbcSmc(PRIORS, settings(3, { maxGenerations: 6 })),
      simulatorFor([20, 0]),
    );
    const targets = [
      { name: "x1", observed: 20, scale: SIGMA },
      { name: "x2", observed: 0, scale: SIGMA },
    ];
    const verdict = verdictOf(abc.generations, targets, abc.stop!, abc.settings);
    expect(verdict.reached).toBe(false);
    expect(verdict.tolerance).toBeGreaterThan(10);
    expect(verdict.statement).toMatch(/did NOT reach the targets/);
    expect(verdict.statement).toMatch(/x1 \(observed 20/);
    expect(verdict.targets[0].off).toBeGreaterThan(10);
  });

  it("says when a fit stopped early while its tolerance was still falling", () => {
    const abc = runAbcSmc(
      new AbcSmc(PRIORS, settings(4, { maxGenerations: 2 })),
      simulatorFor([1, 0]),
    );
    const targets = [
      { name: "x1", observed: 1, scale: SIGMA },
      { name: "x2", observed: 0, scale: SIGMA },
    ];
    const [first, second] = abc.generations;
    expect(second.tolerance).toBeLessThan(0.9 * first.tolerance);
    const verdict = verdictOf(abc.generations, targets, abc.stop!, abc.settings);
    expect(verdict.reached).toBe(false);
    expect(verdict.statement).toMatch(
      /The tolerance was still falling \(by \d+% in the last generation\)/,
    );
    const one = runAbcSmc(
      new AbcSmc(PRIORS, settings(4, { maxGenerations: 1 })),
      simulatorFor([1, 0]),
    );
    expect(verdictOf(one.generations, targets, one.stop!, one.settings).statement).not.toMatch(
      /still falling/,
    );
  });

  it("says the targets were reached when they were", () => {
    const abc = runAbcSmc(new AbcSmc(PRIORS, settings(4)), simulatorFor([1, 0]));
    const targets = [
      { name: "x1", observed: 1, scale: SIGMA },
      { name: "x2", observed: 0, scale: SIGMA },
    ];
    const verdict = verdictOf(abc.generations, targets, abc.stop!, abc.settings);
    expect(verdict.reached).toBe(true);
    expect(verdict.statement).toMatch(/^The fit reached the targets/);
  });

  it("refuses settings that cannot make a fit", () => {
    expect(() => new AbcSmc(PRIORS, settings(1, { particles: 1 }))).toThrow(/particles 1/);
    expect(() => new AbcSmc(PRIORS, settings(1, { quantile: 1 }))).toThrow(/quantile 1/);
    expect(() => new AbcSmc(PRIORS, settings(1, { minAcceptance: 0 }))).toThrow(
      /minimum acceptance/,
    );
    expect(() => new AbcSmc(PRIORS, settings(1, { priorDraws: 0.5 }))).toThrow(/prior draws/);
  });
});
