import { describe, expect, it } from "vitest";
import { futureEffects, largestVideoEffects } from "../../src/engine/future-effects.js";
import { run, smallScenario } from "./helpers.js";

const scenario = smallScenario({
  worlds: 2,
  feed: { ranker: "popularity" },
  content: { maxAge: 24, catalog: 40 },
  creators: { postRate: 0.1 },
});

function futures(change: Parameters<ReturnType<typeof run>["intervene"]>[0]) {
  const base = run(scenario, 8, { seed: 3 });
  const a = base.fork();
  const b = base.fork();
  b.intervene(change);
  a.step(12);
  b.step(12);
  return { base, a, b };
}

describe("futureEffects", () => {
  it("is zero everywhere for two futures with nothing changed", () => {
    const { a, b } = futures({ do: "downrankVideo", video: "top", factor: 1 });
    const effects = futureEffects(a, b, { world: 1 });
    expect(effects.videos.onlyA + effects.videos.onlyB).toBe(0);
    expect(effects.videos.count).toBe(a.snapshot({ world: 1 }).videos.count);
    expect(effects.videos.likes.every((d) => d === 0)).toBe(true);
    expect(effects.creators.impressions.every((d) => d === 0)).toBe(true);
    expect(effects.summary.likes).toBe(0);
  });

  it("names the removed video's loss, and the per-video and per-creator differences add up", () => {
    const { base, a, b } = futures({ do: "removeVideo", video: "top" });
    const likes = base.snapshot().videos.likes;
    const top = likes.indexOf(Math.max(...likes));
    const effects = futureEffects(a, b, { target: top });
    const [sa, sb] = [a.snapshot(), b.snapshot()];
    expect(effects.target).toEqual({
      video: top,
      creator: sa.videos.creator[top],
      likes: {
        a: sa.videos.likes[top],
        b: likes[top],
        difference: likes[top] - sa.videos.likes[top],
      },
      impressions: {
        a: sa.videos.impressions[top],
        b: sb.videos.impressions[top],
        difference: sb.videos.impressions[top] - sa.videos.impressions[top],
      },
    });
    // Removed at tick 8: no like after it.
    expect(effects.target?.likes.b).toBe(likes[top]);
    expect(effects.target?.likes.difference).toBeLessThan(0);
    // Matched videos: each difference is b's count minus a's, for the same creator's k-th video.
    for (let i = 0; i < effects.videos.count; i++) {
      const [va, vb] = [effects.videos.idA[i], effects.videos.idB[i]];
      expect(sb.videos.creator[vb]).toBe(sa.videos.creator[va]);
      expect(effects.videos.likes[i]).toBe(sb.videos.likes[vb] - sa.videos.likes[va]);
    }
    const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0);
    const totalA = sum(sa.videos.impressions);
    const totalB = sum(sb.videos.impressions);
    expect(sum(effects.creators.impressions)).toBe(totalB - totalA);
    expect(effects.summary.impressions).toBe(
      b.metrics().worlds[0].impressions - a.metrics().worlds[0].impressions,
    );
    const largest = largestVideoEffects(effects, 5).map((i) => Math.abs(effects.videos.likes[i]));
    expect(largest).toEqual([...largest].sort((x, y) => y - x));
    expect(largest[0]).toBe(Math.max(...effects.videos.likes.map(Math.abs)));
  });

  it("refuses futures at different ticks and a target that is not in both", () => {
    const { a, b } = futures({ do: "removeBots" });
    expect(() => futureEffects(a, b, { target: 1_000_000 })).toThrow(/target video is 1000000/);
    b.step(1);
    expect(() => futureEffects(a, b)).toThrow(/ticks 20 and 21/);
  });
});
