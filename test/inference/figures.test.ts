import { describe, expect, it } from "vitest";
import { type FigureWorld, measureFigure } from "../../src/inference/figures.js";
import { quantileSorted, weightedQuantile } from "../../src/inference/quantiles.js";
import { parseTargets } from "../../src/inference/targets.js";

/** Five videos by two creators, with hand-checkable counts. */
const WORLD: FigureWorld = {
  videos: {
    count: 5,
    likes: Uint32Array.from([0, 1, 2, 3, 14]),
    impressions: Uint32Array.from([0, 10, 10, 20, 40]),
    shares: Uint32Array.from([0, 0, 0, 1, 1]),
  },
  creators: { count: 2, likes: Float64Array.from([6, 14]), posts: Uint32Array.from([3, 2]) },
};

function figure(spec: object) {
  return parseTargets({ name: "t", targets: [{ figure: spec, observed: 0, scale: 1 }] }).targets[0]
    .figure!;
}

describe("distribution figures of a run", () => {
  it("measure shares, quantiles, means, Gini and ratios from the videos and creators", () => {
    expect(measureFigure(figure({ kind: "topShare", count: 1 }), WORLD)).toBeCloseTo(14 / 20, 15);
    expect(measureFigure(figure({ kind: "topShare", fraction: 0.4 }), WORLD)).toBeCloseTo(
      17 / 20,
      15,
    );
    expect(measureFigure(figure({ kind: "quantile", q: 0.5 }), WORLD)).toBe(2);
    // The like rate needs a view: the unseen video is left out (rates 0.1, 0.2, 0.15, 0.35).
    expect(
      measureFigure(figure({ kind: "quantile", measure: "likeRate", q: 0.5 }), WORLD),
    ).toBeCloseTo(0.175, 15);
    expect(
      measureFigure(figure({ kind: "mean", measure: "impressions", minImpressions: 20 }), WORLD),
    ).toBe(30);
    expect(
      measureFigure(figure({ kind: "ratio", numerator: "shares", denominator: "likes" }), WORLD),
    ).toBe(0.1);
    expect(measureFigure(figure({ kind: "gini", of: "creators" }), WORLD)).toBeCloseTo(0.2, 15);
    expect(measureFigure(figure({ kind: "mean", of: "creators", measure: "posts" }), WORLD)).toBe(
      2.5,
    );
  });

  it("are undefined (NaN) when no item qualifies", () => {
    expect(measureFigure(figure({ kind: "mean", minImpressions: 1000 }), WORLD)).toBeNaN();
    const silent = { ...WORLD, videos: { ...WORLD.videos, likes: new Uint32Array(5) } };
    expect(
      measureFigure(figure({ kind: "ratio", numerator: "shares", denominator: "likes" }), silent),
    ).toBeNaN();
  });
});

describe("quantiles", () => {
  it("interpolate between order statistics (type 7) and invert the weighted CDF", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(weightedQuantile([3, 1, 2], [0.2, 0.5, 0.3], 0.5)).toBe(1);
    expect(weightedQuantile([3, 1, 2], [0.2, 0.5, 0.3], 0.6)).toBe(2);
    expect(weightedQuantile([3, 1, 2], [0.2, 0.5, 0.3], 0.95)).toBe(3);
    expect(weightedQuantile([1, 2], [1, 1], 0.5)).toBe(1);
  });
});
