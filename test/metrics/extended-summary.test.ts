import { describe, expect, it } from "vitest";
import { stream } from "../../src/deterministic/random.js";
import {
  EXTENDED_NAMES,
  extendedSummary,
  meanExtendedSummary,
  powerLawFit,
  timeToViral,
} from "../../src/metrics/index.js";

/** Videos with the given likes, posted at tick i; viral at postedAt + delay, or never (−1). */
function videos(likes: number[], delays: (number | null)[] = []) {
  const postedAt = Int32Array.from(likes, (_, i) => i);
  const viralAt = Int32Array.from(likes, (_, i) => (delays[i] == null ? -1 : i + delays[i]!));
  return { count: likes.length, likes: Uint32Array.from(likes), postedAt, viralAt };
}

describe("extendedSummary", () => {
  it("reads the share of videos with at least 1, 10, 100 and 1,000 likes off the likes", () => {
    const summary = extendedSummary(videos([0, 0, 1, 5, 10, 50, 100, 999, 1000, 3000]));
    expect(summary.shareAtLeast1Like).toBeCloseTo(0.8, 12);
    expect(summary.shareAtLeast10Likes).toBeCloseTo(0.6, 12);
    expect(summary.shareAtLeast100Likes).toBeCloseTo(0.4, 12);
    expect(summary.shareAtLeast1000Likes).toBeCloseTo(0.2, 12);
  });

  it("gives the tail fit and the time to viral of the functions it wires up", () => {
    // Heavy-tailed likes: a Pareto draw of shape 1.5, rounded down.
    const random = stream(5, "metrics", "extended-test");
    const likes = Array.from({ length: 2000 }, () => Math.floor(random() ** (-1 / 1.5)));
    const delays = likes.map((l, i) => (l >= 20 ? (i % 7) + 1 : null));
    const input = videos(likes, delays);
    const summary = extendedSummary(input);
    const fit = powerLawFit(Float64Array.from(likes));
    const viral = timeToViral(input.postedAt, input.viralAt, input.count);
    expect(summary).toMatchObject({
      likesTailAlpha: fit.alpha,
      likesTailFrom: fit.xmin,
      likesTailVideos: fit.tailCount,
      likesTailKs: fit.ks,
      timeToViralMedian: viral.median,
      timeToViralMean: viral.mean,
    });
    // A real fit and real hits, not the undefined case.
    expect(summary.likesTailAlpha).toBeGreaterThan(1);
    expect(summary.timeToViralMedian).toBeGreaterThanOrEqual(1);
  });

  it("leaves undefined measures NaN: no likes to fit, no video viral, no videos at all", () => {
    const none = extendedSummary(videos([0, 0, 0]));
    expect(none.likesTailAlpha).toBeNaN();
    expect(none.likesTailVideos).toBe(0);
    expect(none.timeToViralMedian).toBeNaN();
    expect(none.shareAtLeast1Like).toBe(0);
    const empty = extendedSummary(videos([]));
    for (const name of EXTENDED_NAMES.filter((n) => n !== "likesTailVideos"))
      expect(empty[name], name).toBeNaN();
  });

  it("averages worlds measure by measure", () => {
    const a = extendedSummary(videos([1, 10, 100, 1000], [null, null, 2, 4]));
    const b = extendedSummary(videos([0, 0, 10, 10], [null, null, 6, 8]));
    const mean = meanExtendedSummary([a, b]);
    expect(mean.shareAtLeast10Likes).toBeCloseTo((0.75 + 0.5) / 2, 12);
    expect(mean.timeToViralMedian).toBe(5);
  });
});
