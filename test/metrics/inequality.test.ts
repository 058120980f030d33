import { describe, expect, it } from "vitest";
import {
  gini,
  giniSorted,
  lorenz,
  sortedAmounts,
  topShare,
  topShareSorted,
} from "../../src/metrics/inequality.js";

describe("gini", () => {
  it("matches the mean-absolute-difference definition on a small sample", () => {
    // Sorted 1,2,3,4: Σ(2i−n−1)x_i = −3·1 − 1·2 + 1·3 + 3·4 = 10; n·Σx = 4·10 = 40 → 0.25.
    // Check: Σ_i Σ_j |x_i − x_j| = 2·(1+2+3+1+2+1) = 20; 2n²μ = 2·16·2.5 = 80 → 0.25.
    expect(gini([3, 1, 4, 2])).toBeCloseTo(0.25, 15);
  });

  it("is (n − 1)/n when one item holds everything", () => {
    // Only x_4 = 5 counts: (2·4 − 4 − 1)·5 / (4·5) = 15/20 = 3/4.
    expect(gini([0, 5, 0, 0])).toBeCloseTo(0.75, 15);
  });

  it("is 0 for equal amounts, for all zeros and for a single item", () => {
    expect(gini([7, 7, 7])).toBe(0);
    expect(gini(new Uint32Array(5))).toBe(0);
    expect(gini([42])).toBe(0);
  });

  it("is NaN for no amounts", () => {
    expect(gini([])).toBeNaN();
  });

  it("does not mutate its input and reads any typed array", () => {
    const likes = new Uint32Array([3, 1, 4, 2]);
    expect(gini(likes)).toBeCloseTo(0.25, 15);
    expect([...likes]).toEqual([3, 1, 4, 2]);
  });

  it("rejects negative, NaN and infinite amounts, naming the index", () => {
    expect(() => gini([1, -2, 3])).toThrow(/gini: values\[1\] is -2; allowed: finite amounts ≥ 0/);
    expect(() => gini([1, 2, Number.NaN])).toThrow(/values\[2\] is NaN/);
    expect(() => gini([Number.POSITIVE_INFINITY, 1])).toThrow(/values\[0\] is Infinity/);
  });
});

describe("giniSorted", () => {
  it("agrees with gini on sorted input", () => {
    expect(giniSorted([1, 2, 3, 4])).toBeCloseTo(0.25, 15);
    expect(giniSorted(sortedAmounts([9, 0, 3, 3, 1]))).toBe(gini([9, 0, 3, 3, 1]));
  });

  it("rejects unsorted input and a negative first amount", () => {
    expect(() => giniSorted([1, 3, 2])).toThrow(/values\[2\] is 2, below the value before it/);
    expect(() => giniSorted([-1, 3])).toThrow(/giniSorted: values\[0\] is -1/);
  });
});

describe("lorenz", () => {
  it("runs from (0,0) to (1,1) through the cumulative shares", () => {
    // Sorted 1,2,3,4 of total 10: cumulative 0,1,3,6,10 → y = 0, .1, .3, .6, 1.
    const { x, y } = lorenz([4, 2, 3, 1]);
    expect([...x]).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect([...y]).toEqual([0, 0.1, 0.3, 0.6, 1]);
  });

  it("downsamples to the asked number of points, keeping both ends", () => {
    // points = 3 takes k = 0, 2, 4: (0,0), (0.5, 3/10), (1,1).
    const { x, y } = lorenz([4, 2, 3, 1], 3);
    expect([...x]).toEqual([0, 0.5, 1]);
    expect([...y]).toEqual([0, 0.3, 1]);
    expect(lorenz([1, 2], 50).x.length).toBe(3);
  });

  it("is the diagonal for all zeros and empty for no amounts", () => {
    expect([...lorenz([0, 0]).y]).toEqual([0, 0.5, 1]);
    expect(lorenz([]).x.length).toBe(0);
    expect(lorenz([]).y.length).toBe(0);
  });

  it("rejects a points count below 2 or not whole", () => {
    expect(() => lorenz([1, 2], 1)).toThrow(/lorenz: points is 1; allowed: a whole number ≥ 2/);
    expect(() => lorenz([1, 2], 2.5)).toThrow(/points is 2.5/);
  });

  it("rejects a negative amount", () => {
    expect(() => lorenz([1, -1])).toThrow(/lorenz: values\[1\] is -1/);
  });
});

describe("topShare", () => {
  it("takes the top ceil(fraction·n) items", () => {
    // 1..4 of total 10: top 1 holds 4/10; top 2 holds (3 + 4)/10.
    expect(topShare([2, 4, 1, 3], 0.25)).toBeCloseTo(0.4, 15);
    expect(topShare([2, 4, 1, 3], 0.5)).toBeCloseTo(0.7, 15);
    // ceil(0.3·4) = 2 items.
    expect(topShare([2, 4, 1, 3], 0.3)).toBeCloseTo(0.7, 15);
    // top1Share of 4 items still takes one item.
    expect(topShare([2, 4, 1, 3], 0.01)).toBeCloseTo(0.4, 15);
  });

  it("does not round 0.07·100 up to 8 items", () => {
    // 1..100 sums to 5050; the top 7 are 94..100, summing to 7·97 = 679.
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(topShare(values, 0.07)).toBeCloseTo(679 / 5050, 15);
  });

  it("is k/n for all zeros and NaN for no amounts", () => {
    expect(topShare([0, 0, 0, 0], 0.5)).toBe(0.5);
    expect(topShare([], 0.01)).toBeNaN();
  });

  it("rejects a fraction outside (0, 1]", () => {
    expect(() => topShare([1], 0)).toThrow(
      /topShare: fraction is 0; allowed: a number in \(0, 1\]/,
    );
    expect(() => topShare([1], 1.5)).toThrow(/fraction is 1.5/);
    expect(() => topShare([1], Number.NaN)).toThrow(/fraction is NaN/);
  });

  it("rejects a negative amount", () => {
    expect(() => topShare([3, -1], 0.5)).toThrow(/topShare: values\[1\] is -1/);
  });

  it("has a sorted twin that checks the order", () => {
    expect(topShareSorted([1, 2, 3, 4], 0.25)).toBeCloseTo(0.4, 15);
    expect(() => topShareSorted([4, 1], 0.5)).toThrow(/topShareSorted: values\[1\] is 1, below/);
    expect(() => topShareSorted([-4, 1], 0.5)).toThrow(/topShareSorted: values\[0\] is -4/);
  });
});
