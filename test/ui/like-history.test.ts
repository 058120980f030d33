import { describe, expect, it } from "vitest";
import { LikeHistory, topVideos } from "../../src/ui/like-history.js";

describe("the like history of the top videos", () => {
  it("reads a video's likes at each sampled tick, 0 before it existed", () => {
    const history = new LikeHistory();
    history.record(1, Uint32Array.of(1));
    history.record(2, Uint32Array.of(3, 5));
    expect(history.sampledTicks).toEqual([1, 2]);
    expect(history.likesOf(1)).toEqual([0, 5]);
  });

  it("keeps at most its bound of samples by halving how often it samples", () => {
    const history = new LikeHistory(8);
    for (let tick = 1; tick <= 100; tick++) history.record(tick, Uint32Array.of(tick));
    expect(history.sampledTicks.length).toBeLessThanOrEqual(8);
    const gaps = history.sampledTicks.slice(1).map((t, i) => t - history.sampledTicks[i]);
    expect(new Set(gaps).size).toBe(1);
    expect(history.likesOf(0)).toEqual([...history.sampledTicks]);
  });

  it("copies the likes it keeps, so later changes to the array do not rewrite history", () => {
    const history = new LikeHistory();
    const likes = Uint32Array.of(2);
    history.record(1, likes);
    likes[0] = 9;
    expect(history.likesOf(0)).toEqual([2]);
  });

  it("ranks videos by likes, ties by id", () => {
    expect(topVideos(Uint32Array.of(5, 9, 5, 1), 3)).toEqual([1, 0, 2]);
  });
});
