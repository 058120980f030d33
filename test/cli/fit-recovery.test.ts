import { describe, expect, it } from "vitest";
import { CONDITIONS, marketTargets, PRIORS, writeFit } from "./fit-fixtures.js";
import { cli, tempDir } from "./helpers.js";

/**
 * Recovery on the model itself: simulate the market at known parameter values, fit those
 * simulated figures, and find the values again. The calibration of the intervals over many
 * fits is shown on a simulator with a known posterior (test/inference/abc-smc.test.ts);
 * here one fit on the real engine must put the truth well inside its posterior and learn
 * much more than the prior knew.
 */
const TRUTH = { "behaviour.baseline": -3, "behaviour.socialProof": 2 };
const PRIOR_WIDTH = { "behaviour.baseline": 4, "behaviour.socialProof": 4 };

function meanAndSd(values: number[]) {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}

describe("likesim fit on the model", () => {
  // About 2,000 runs of a few milliseconds: seconds alone, but the whole suite runs beside it.
  it("recovers the parameters a run was simulated with", { timeout: 240_000 }, async () => {
    const dir = tempDir();
    writeFit(dir, {});
    // The "observed" data: each condition's like rate at the truth, over 16 seeds the fit
    // never uses; the scale is one run's spread, since each particle is one run.
    const observed: Record<string, { mean: number; sd: number }> = {};
    for (const [condition, sets] of Object.entries(CONDITIONS)) {
      const set = Object.entries({ ...TRUTH, ...sets }).flatMap(([path, value]) => [
        "--set",
        `${path}=${value}`,
      ]);
      const { code, out } = await cli(
        ["run", "market.json", "--seeds", "5001..5016", ...set, "--json", "--quiet"],
        dir,
      );
      expect(code).toBe(0);
      const rates = out
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).summary.likeRate as number);
      observed[condition] = meanAndSd(rates);
    }
    const targets = marketTargets(
      Object.entries(observed).map(([condition, { mean, sd }]) => ({
        condition,
        metric: "likeRate",
        observed: mean,
        scale: sd,
      })),
    );
    const files = writeFit(dir, targets);
    const { code, out, err } = await cli(
      [
        "fit",
        files.scenario,
        "--targets",
        files.targets,
        ...PRIORS,
        "--particles",
        "40",
        "--generations",
        "7",
        "--check",
        "0",
        "--jobs",
        "2",
        "--json",
        "--quiet",
      ],
      dir,
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.reached).toBe(true);
    for (const parameter of result.parameters as {
      path: keyof typeof TRUTH;
      low: number;
      high: number;
      median: number;
    }[]) {
      const truth = TRUTH[parameter.path];
      // Inside the 90% interval widened by half its width each side (about a 99.9% interval
      // for a normal posterior), and the interval at most half the prior's width. That is
      // what the data allow: a run's like rate varies by about 0.02 (the scale), and moving
      // social proof by 1 moves the social like rate by about 0.05, so its posterior
      // standard deviation is near 0.4 and its 90% interval near 1.4 of the prior's 4.
      const width = parameter.high - parameter.low;
      expect(truth).toBeGreaterThan(parameter.low - width / 2);
      expect(truth).toBeLessThan(parameter.high + width / 2);
      expect(width).toBeLessThan(PRIOR_WIDTH[parameter.path] / 2);
    }
  });
});
