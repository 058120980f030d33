import { describe, expect, it } from "vitest";
import { createSimulation } from "../../src/engine/simulation.js";
import {
  CCDF_POINTS,
  distributions,
  LORENZ_POINTS,
  MAX_DOTS,
} from "../../src/engine-host/distributions.js";
import { VideoHistory } from "../../src/engine-host/video-history.js";
import { complementaryCdf, gini } from "../../src/metrics/index.js";

function run(users: number, ticks: number) {
  // Many creators posting often: a catalogue of thousands of videos in a short run.
  const sim = createSimulation({
    population: { users, creatorShare: 0.3 },
    creators: { postRate: 0.3 },
    ticks,
    seed: 12,
    feed: { ranker: "popularity" },
  });
  const history = new VideoHistory(ticks);
  for (let t = 0; t < ticks; t++) {
    sim.step(1);
    history.observe(sim.snapshot());
  }
  return { snapshot: sim.snapshot(), history };
}

describe("the distribution charts' data", () => {
  const { snapshot, history } = run(1000, 30);
  const likes = snapshot.videos.likes;
  const data = distributions(snapshot, history, [{ video: 3, slot: 1 }]);

  it("gives the Lorenz curve in a few hundred points and the Gini of all videos", () => {
    expect(data.lorenz.x.length).toBeLessThanOrEqual(LORENZ_POINTS);
    expect(data.lorenz.gini).toBeCloseTo(gini(likes), 12);
    expect([data.lorenz.x[0], data.lorenz.y.at(-1)]).toEqual([0, 1]);
    expect(data.lorenz.videos).toBe(snapshot.videos.count);
  });

  it("thins the CCDF evenly on its log axis, keeping the tail's last point exact", () => {
    // 5,000 videos with 0 … 4,999 likes: far more distinct values than points.
    const n = 5000;
    const spread = {
      ...snapshot,
      videos: {
        ...snapshot.videos,
        count: n,
        likes: Uint32Array.from({ length: n }, (_, v) => v),
        quality: new Float32Array(n),
      },
    };
    const { ccdf } = distributions(spread, history, []);
    const full = complementaryCdf(spread.videos.likes);
    expect(ccdf.x.length).toBeGreaterThan(CCDF_POINTS / 2);
    expect(ccdf.x.length).toBeLessThanOrEqual(CCDF_POINTS + 1);
    expect(ccdf.x.at(-1)).toBe(n - 1);
    expect(ccdf.p.at(-1)).toBe(1 / n);
    for (let k = 0; k < ccdf.x.length; k++) {
      expect(ccdf.x[k]).toBeGreaterThanOrEqual(1);
      expect(ccdf.p[k]).toBe(full.p[full.x.indexOf(ccdf.x[k])]);
      if (k > 0) expect(Math.log(ccdf.x[k]) - Math.log(ccdf.x[k - 1])).toBeGreaterThan(0);
    }
    expect(ccdf.zeros).toBe(1);
    expect(data.ccdf.zeros).toBe(Array.from(likes).filter((v) => v === 0).length);
  });

  it("draws every video in the scatter up to MAX_DOTS, then one in every k", () => {
    const n = snapshot.videos.count;
    const stride = Math.max(1, Math.ceil(n / MAX_DOTS));
    expect(stride).toBeGreaterThan(1);
    expect(data.scatter.stride).toBe(stride);
    expect(data.scatter.likes.length).toBe(Math.ceil(n / stride));
    expect(data.scatter.likes[1]).toBe(likes[stride]);
    const mean = Array.from(snapshot.videos.quality).reduce((a, b) => a + b, 0) / n;
    expect(data.scatter.meanQuality).toBeCloseTo(mean, 6);
  });

  it("gives the race videos' trajectories with their colour slots", () => {
    expect(data.trajectories).toHaveLength(1);
    expect(data.trajectories[0]).toMatchObject({ video: 3, slot: 1 });
    expect(data.trajectories[0].likes.at(-1)).toBe(likes[3]);
  });
});
