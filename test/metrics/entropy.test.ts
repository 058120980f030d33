import { describe, expect, it } from "vitest";
import { entropy, meanNormalizedEntropy } from "../../src/metrics/entropy.js";

describe("entropy", () => {
  it("is in nats", () => {
    // p = 1/2, 1/2: H = −2·(1/2)ln(1/2) = ln 2.
    expect(entropy([1, 1])).toBeCloseTo(Math.LN2, 15);
    // p = 1/2, 1/4, 1/4: H = (1/2)ln 2 + 2·(1/4)ln 4 = (1/2 + 1)·ln 2.
    expect(entropy(new Uint32Array([2, 1, 1]))).toBeCloseTo(1.5 * Math.LN2, 15);
  });

  it("is 0 when one entry holds every count, zeros included", () => {
    expect(entropy([0, 5, 0])).toBe(0);
  });

  it("reads only the slice it is given", () => {
    // Slice [3, 3] of [9, 3, 3, 7]: p = 1/2, 1/2 → ln 2.
    expect(entropy([9, 3, 3, 7], 1, 2)).toBeCloseTo(Math.LN2, 15);
    // Without a length, from offset to the end: [3, 7] → p = .3, .7.
    expect(entropy([9, 3, 3, 7], 2)).toBeCloseTo(-(0.3 * Math.log(0.3) + 0.7 * Math.log(0.7)), 15);
  });

  it("is NaN for an empty or all-zero slice", () => {
    expect(entropy([])).toBeNaN();
    expect(entropy([0, 0])).toBeNaN();
    expect(entropy([1, 2], 1, 0)).toBeNaN();
  });

  it("rejects a slice outside the counts", () => {
    expect(() => entropy([1, 2], 1, 2)).toThrow(
      /entropy: offset 1 and length 2 do not fit in 2 counts/,
    );
    expect(() => entropy([1, 2], -1)).toThrow(/offset -1/);
    expect(() => entropy([1, 2], 0.5)).toThrow(/offset 0.5/);
  });

  it("rejects negative and non-finite counts", () => {
    expect(() => entropy([1, -1])).toThrow(
      /entropy: counts\[1\] is -1; allowed: finite counts ≥ 0/,
    );
    expect(() => entropy([Number.NaN])).toThrow(/counts\[0\] is NaN/);
    expect(() => entropy([Number.POSITIVE_INFINITY])).toThrow(/counts\[0\] is Infinity/);
  });
});

describe("meanNormalizedEntropy", () => {
  it("averages H/ln(cols) over rows that have counts", () => {
    // 4 users × 4 topics. Rows: even → ln4/ln4 = 1; all on one topic → 0;
    // empty → skipped; two topics evenly → ln2/ln4 = 1/2. Mean (1 + 0 + 1/2)/3 = 1/2.
    const counts = new Uint32Array([1, 1, 1, 1, 4, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0]);
    expect(meanNormalizedEntropy(counts, 4, 4)).toBeCloseTo(0.5, 15);
  });

  it("reads only rows × cols entries of a longer buffer", () => {
    const counts = new Float64Array([1, 1, 7, 0]);
    expect(meanNormalizedEntropy(counts, 1, 2)).toBeCloseTo(1, 15);
  });

  it("is NaN when no row has a count and 0 with a single column", () => {
    expect(meanNormalizedEntropy(new Uint32Array(6), 3, 2)).toBeNaN();
    expect(meanNormalizedEntropy(new Uint32Array(0), 0, 3)).toBeNaN();
    expect(meanNormalizedEntropy(new Uint32Array([3, 0, 5]), 3, 1)).toBe(0);
  });

  it("rejects a buffer shorter than rows × cols", () => {
    expect(() => meanNormalizedEntropy(new Uint32Array(5), 2, 3)).toThrow(
      /meanNormalizedEntropy: counts has 5 entries; allowed: at least rows × cols = 6/,
    );
  });

  it("rejects rows or cols that are not whole, negative rows and zero cols", () => {
    expect(() => meanNormalizedEntropy(new Uint32Array(4), 2, 0)).toThrow(
      /rows 2, cols 0; allowed: whole numbers, rows ≥ 0, cols ≥ 1/,
    );
    expect(() => meanNormalizedEntropy(new Uint32Array(4), -1, 2)).toThrow(/rows -1/);
    expect(() => meanNormalizedEntropy(new Uint32Array(4), 1.5, 2)).toThrow(/rows 1.5/);
  });
});
