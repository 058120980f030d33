import { describe, expect, it } from "vitest";
import { exp, log, log1p, log10, pow } from "../../src/deterministic/exact-math.js";
import { stream } from "../../src/deterministic/random.js";

const EPSILON = 2.220446049250313e-16;

/** Distance in units of the last place, relative to the engine's own Math result. */
function ulps(ours: number, reference: number): number {
  return Math.abs(ours - reference) / (Math.abs(reference) * EPSILON || Number.MIN_VALUE);
}

describe("exact math", () => {
  const random = stream(7, "metrics", "exact-math");
  const draws = Array.from({ length: 20_000 }, () => random());

  it("exp agrees with Math.exp within 2 ulp across its range", () => {
    for (const u of draws)
      expect(ulps(exp((u - 0.5) * 1400), Math.exp((u - 0.5) * 1400))).toBeLessThan(2);
  });

  it("log agrees with Math.log within 2 ulp, from subnormals to the largest doubles", () => {
    for (const u of draws) {
      const x = Math.exp((u - 0.5) * 1400);
      expect(Math.abs(log(x) - Math.log(x))).toBeLessThan(
        2 * EPSILON * Math.max(1, Math.abs(Math.log(x))),
      );
    }
    expect(log(5e-324)).toBeCloseTo(-744.4400719213812, 10);
  });

  it("log1p keeps its precision for tiny arguments", () => {
    for (const u of draws) expect(ulps(log1p(u * 1e-6), Math.log1p(u * 1e-6))).toBeLessThan(4);
    expect(log1p(1e-300)).toBe(1e-300);
  });

  it("pow agrees with ** for the bases and exponents the model uses", () => {
    for (let i = 0; i + 1 < draws.length; i += 2) {
      const base = draws[i] * 200;
      const exponent = (draws[i + 1] - 0.5) * 8;
      expect(ulps(pow(base, exponent), base ** exponent)).toBeLessThan(16);
    }
  });

  it("gets the special values right", () => {
    expect(exp(0)).toBe(1);
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(log(-1)).toBeNaN();
    expect(exp(1000)).toBe(Number.POSITIVE_INFINITY);
    expect(exp(-1000)).toBe(0);
    expect(pow(0, 0.8)).toBe(0);
    expect(pow(0, -1)).toBe(Number.POSITIVE_INFINITY);
    expect(pow(7, 0)).toBe(1);
    expect(log10(1000)).toBeCloseTo(3, 14);
  });
});
