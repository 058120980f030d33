import { describe, expect, it } from "vitest";
import { hurwitzZeta } from "../../src/metrics/hurwitz-zeta.js";

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe("hurwitzZeta", () => {
  it("gives the Riemann zeta at q = 1", () => {
    expect(relative(hurwitzZeta(2, 1), Math.PI ** 2 / 6)).toBeLessThan(1e-13);
    expect(relative(hurwitzZeta(4, 1), Math.PI ** 4 / 90)).toBeLessThan(1e-13);
    expect(relative(hurwitzZeta(3, 1), 1.2020569031595942)).toBeLessThan(1e-13);
    expect(relative(hurwitzZeta(1.5, 1), 2.612375348685488)).toBeLessThan(1e-13);
  });

  it("gives (2^s − 1)·ζ(s) at q = 1/2", () => {
    // ζ(2, 1/2) = Σ 1/(k + 1/2)² = 4·Σ 1/(2k + 1)² = 4·(1 − 1/4)·ζ(2) = π²/2.
    expect(relative(hurwitzZeta(2, 0.5), Math.PI ** 2 / 2)).toBeLessThan(1e-13);
  });

  it("satisfies ζ(s, q) = q^−s + ζ(s, q + 1) across the direct-sum threshold", () => {
    for (const s of [1.1, 1.7, 2.5, 3.3, 6, 15]) {
      for (const q of [0.3, 1, 2.5, 9.5, 10, 37, 1e4]) {
        const left = hurwitzZeta(s, q);
        const right = q ** -s + hurwitzZeta(s, q + 1);
        expect(relative(left, right)).toBeLessThan(1e-12);
      }
    }
  });

  it("grows like 1/(s − 1) as s approaches 1", () => {
    // ζ(s, 1) = 1/(s − 1) + γ + O(s − 1), γ = 0.5772156649.
    const s = 1.000001;
    expect(hurwitzZeta(s, 1) - 1 / (s - 1)).toBeCloseTo(0.5772156649, 6);
  });

  it("rejects s ≤ 1 and q ≤ 0", () => {
    expect(() => hurwitzZeta(1, 1)).toThrow(/hurwitzZeta: s = 1, q = 1; allowed: finite s > 1/);
    expect(() => hurwitzZeta(2, 0)).toThrow(/s = 2, q = 0/);
    expect(() => hurwitzZeta(Number.NaN, 1)).toThrow(/s = NaN/);
  });
});
