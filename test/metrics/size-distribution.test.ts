import { describe, expect, it } from "vitest";
import { cascadeSizeHistogram, complementaryCdf } from "../../src/metrics/size-distribution.js";

describe("cascadeSizeHistogram", () => {
  it("counts each distinct size, ascending", () => {
    // 1 appears three times, 2 twice, 5 once.
    const { size, count } = cascadeSizeHistogram(new Int32Array([1, 5, 2, 1, 2, 1]));
    expect([...size]).toEqual([1, 2, 5]);
    expect([...count]).toEqual([3, 2, 1]);
  });

  it("keeps zeros and gives empty arrays for no sizes", () => {
    expect([...cascadeSizeHistogram([0, 0, 3]).size]).toEqual([0, 3]);
    expect(cascadeSizeHistogram([]).size.length).toBe(0);
    expect(cascadeSizeHistogram([]).count.length).toBe(0);
  });

  it("rejects NaN, naming the index", () => {
    expect(() => cascadeSizeHistogram([1, Number.NaN])).toThrow(
      /cascadeSizeHistogram: sizes\[1\] is NaN/,
    );
  });
});

describe("complementaryCdf", () => {
  it("gives P(X ≥ x) at each distinct value", () => {
    // Six values 1,1,1,2,2,5: P(X ≥ 1) = 6/6, P(X ≥ 2) = 3/6, P(X ≥ 5) = 1/6.
    const { x, p } = complementaryCdf([1, 5, 2, 1, 2, 1]);
    expect([...x]).toEqual([1, 2, 5]);
    expect([...p]).toEqual([1, 0.5, 1 / 6]);
  });

  it("gives empty arrays for no values", () => {
    expect(complementaryCdf([]).x.length).toBe(0);
  });

  it("does not mutate its input", () => {
    const values = new Float64Array([3, 1, 2]);
    complementaryCdf(values);
    expect([...values]).toEqual([3, 1, 2]);
  });
});
