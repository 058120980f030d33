import { describe, expect, it } from "vitest";
import { timeToViral } from "../../src/metrics/time-to-viral.js";

const ticks = (values: number[]) => new Int32Array(values);

describe("timeToViral", () => {
  it("summarises the delays of the videos that went viral", () => {
    // Delays 4−0 = 4, (video 1 never viral), 12−10 = 2, 9−3 = 6: median 4, mean 12/3 = 4.
    const result = timeToViral(ticks([0, 5, 10, 3]), ticks([4, -1, 12, 9]), 4);
    expect(result).toEqual({ median: 4, mean: 4, viral: 3 });
  });

  it("takes the middle pair's mean for an even number of viral videos", () => {
    // Delays 1, 3, 10, 2 → sorted 1, 2, 3, 10: median (2 + 3)/2 = 2.5, mean 16/4 = 4.
    const result = timeToViral(ticks([0, 0, 0, 0]), ticks([1, 3, 10, 2]), 4);
    expect(result).toEqual({ median: 2.5, mean: 4, viral: 4 });
  });

  it("reads only the first count videos", () => {
    // Only video 0 (delay 7) is inside count = 1.
    expect(timeToViral(ticks([1, 0]), ticks([8, 1]), 1)).toEqual({ median: 7, mean: 7, viral: 1 });
  });

  it("gives NaN median and mean when no video went viral", () => {
    expect(timeToViral(ticks([0, 1]), ticks([-1, -1]), 2)).toEqual({
      median: Number.NaN,
      mean: Number.NaN,
      viral: 0,
    });
    expect(timeToViral(ticks([]), ticks([]), 0).viral).toBe(0);
  });

  it("rejects a count beyond the arrays", () => {
    expect(() => timeToViral(ticks([0]), ticks([1]), 2)).toThrow(
      /timeToViral: count is 2 but postedAt has 1 entries and viralAt 1; allowed: count ≤ both/,
    );
  });

  it("rejects a negative or fractional count", () => {
    expect(() => timeToViral(ticks([0]), ticks([1]), -1)).toThrow(/count is -1; allowed: a whole/);
    expect(() => timeToViral(ticks([0]), ticks([1]), 0.5)).toThrow(/count is 0.5/);
  });

  it("rejects a video that went viral before it was posted", () => {
    expect(() => timeToViral(ticks([0, 5]), ticks([1, 4]), 2)).toThrow(
      /timeToViral: video 1 went viral at tick 4, before it was posted at tick 5/,
    );
  });
});
