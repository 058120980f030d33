import { describe, expect, it } from "vitest";
import { marketShares, unpredictability } from "../../src/metrics/unpredictability.js";

describe("marketShares", () => {
  it("divides each count by the total", () => {
    expect([...marketShares(new Uint32Array([2, 1, 1]))]).toEqual([0.5, 0.25, 0.25]);
  });

  it("gives equal shares when nothing was counted, and nothing for no items", () => {
    expect([...marketShares([0, 0, 0, 0])]).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(marketShares([]).length).toBe(0);
  });

  it("rejects negative and non-finite counts", () => {
    expect(() => marketShares([1, -3])).toThrow(
      /marketShares: counts\[1\] is -3; allowed: finite counts ≥ 0/,
    );
    expect(() => marketShares([Number.NaN])).toThrow(/counts\[0\] is NaN/);
  });
});

describe("unpredictability", () => {
  it("averages |m_ij − m_ik| over items for two worlds", () => {
    // World A counts 2,1,1 → .5,.25,.25; world B counts 1,1,2 → .25,.25,.5.
    // Items: |.5−.25| = .25, 0, |.25−.5| = .25 → U = .5/3 = 1/6.
    const a = marketShares([2, 1, 1]);
    const b = marketShares([1, 1, 2]);
    expect(unpredictability([a, b])).toBeCloseTo(1 / 6, 15);
  });

  it("averages over the unordered pairs of worlds for three worlds", () => {
    // Add world C counts 0,0,4 → 0,0,1. Pairs AB, AC, BC per item:
    // item 1: .25, .5, .25 → 1/3; item 2: 0, .25, .25 → 1/6; item 3: .25, .75, .5 → 1/2.
    // U = (1/3 + 1/6 + 1/2)/3 = 1/3.
    const worlds = [
      [2, 1, 1],
      [1, 1, 2],
      [0, 0, 4],
    ].map((c) => marketShares(c));
    expect(unpredictability(worlds)).toBeCloseTo(1 / 3, 15);
  });

  it("is 0 for identical worlds", () => {
    const shares = marketShares([5, 3, 2, 0]);
    expect(unpredictability([shares, shares.slice(), shares.slice()])).toBe(0);
  });

  it("is NaN with fewer than two worlds or no items", () => {
    expect(unpredictability([])).toBeNaN();
    expect(unpredictability([marketShares([1, 2])])).toBeNaN();
    expect(unpredictability([new Float64Array(0), new Float64Array(0)])).toBeNaN();
  });

  it("rejects worlds with different numbers of items", () => {
    expect(() => unpredictability([new Float64Array(3), new Float64Array(2)])).toThrow(
      /unpredictability: world 1 has 2 items and world 0 has 3; allowed: the same items/,
    );
  });
});
