import { describe, expect, it } from "vitest";
import { createSimulation } from "../../src/engine/simulation.js";
import { HISTORY_SAMPLES, VideoHistory } from "../../src/engine-host/video-history.js";
import { placeOf } from "../../src/engine-host/video-race.js";

describe("the sampled history of every video", () => {
  // 2.5 samples' worth of ticks per sample: the grid is every 3rd tick, plus the last.
  const ticks = Math.round(HISTORY_SAMPLES * 2.5);
  const sim = createSimulation({ population: { users: 300 }, ticks, seed: 9 });
  const history = new VideoHistory(ticks);
  history.observe(sim.snapshot());
  const direct = new Map<number, { likes: Uint32Array; impressions: Uint32Array }>();
  for (let t = 1; t <= ticks; t++) {
    sim.step(1);
    const snapshot = sim.snapshot();
    history.observe(snapshot);
    if (t % 3 === 0 || t === ticks) {
      direct.set(t, {
        likes: snapshot.videos.likes.slice(),
        impressions: snapshot.videos.impressions.slice(),
      });
    }
  }
  const final = sim.snapshot().videos;

  it("samples on a fixed grid of ticks, at most HISTORY_SAMPLES of them and the last", () => {
    expect(history.every).toBe(3);
    const { ticks: sampled } = history.track(0);
    expect(sampled).toEqual([0, ...direct.keys()]);
    expect(sampled.length).toBeLessThanOrEqual(HISTORY_SAMPLES + 2);
    expect(history.lastTick).toBe(ticks);
  });

  it("gives any video's likes and impressions at every sampled tick, 0 before it was posted", () => {
    for (const video of [0, 7, Math.floor(final.count / 2), final.count - 1]) {
      const track = history.track(video);
      track.ticks.forEach((tick, s) => {
        const at = direct.get(tick);
        expect(track.likes[s]).toBe(at && video < at.likes.length ? at.likes[video] : 0);
        expect(track.impressions[s]).toBe(
          at && video < at.impressions.length ? at.impressions[video] : 0,
        );
      });
    }
  });

  it("gives the place by likes of a video among the leaders", () => {
    let top = 0;
    for (let v = 1; v < final.count; v++) if (final.likes[v] > final.likes[top]) top = v;
    const track = history.track(top);
    expect(track.place.at(-1)).toBe(placeOf(final.likes, final.count, top));
    expect(track.place.at(-1)).toBe(1);
    expect(Number.isNaN(track.place[0])).toBe(true);
  });
});
