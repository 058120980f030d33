import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSimulation } from "../../src/engine/simulation.js";
import {
  placeOf,
  RACE_SIZE,
  type RaceFrame,
  topByLikes,
  VideoRace,
} from "../../src/engine-host/video-race.js";

/** The race's order by sorting: more likes first, ties to the earlier video; no unliked video. */
function sortedTop(likes: number[], k: number): number[] {
  return likes
    .map((_, v) => v)
    .filter((v) => likes[v] > 0)
    .sort((a, b) => likes[b] - likes[a] || a - b)
    .slice(0, k);
}

describe("the most liked videos", () => {
  it("are the first k of the videos sorted by likes, ties to the earlier video", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(6), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (likes, k) => {
          expect(topByLikes(likes, likes.length, k)).toEqual(sortedTop(likes, k));
        },
      ),
    );
  });

  it("give each video its place in that order", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(6), { minLength: 1, maxLength: 40 }), (likes) => {
        const order = likes.map((_, v) => v).sort((a, b) => likes[b] - likes[a] || a - b);
        for (const v of order) expect(placeOf(likes, likes.length, v)).toBe(order.indexOf(v) + 1);
      }),
    );
  });
});

describe("the video race", () => {
  const sim = createSimulation({
    population: { users: 400 },
    ticks: 40,
    seed: 3,
    feed: { ranker: "popularity" },
  });
  const race = new VideoRace();
  const frames: RaceFrame[] = [];
  const slots: Map<number, number>[] = [];
  for (let t = 0; t < 40; t++) {
    sim.step(1);
    const snapshot = sim.snapshot();
    race.observe(snapshot);
    const frame = race.frame(snapshot);
    frames.push(frame);
    slots.push(new Map(frame.entries.map((e) => [e.video, e.slot])));
  }

  it("shows the most liked videos with their own figures", () => {
    const snapshot = sim.snapshot();
    const last = frames.at(-1)!;
    const likes = Array.from(snapshot.videos.likes);
    expect(last.entries.map((e) => e.video)).toEqual(sortedTop(likes, RACE_SIZE));
    for (const entry of last.entries) {
      expect(entry.likes).toBe(snapshot.videos.likes[entry.video]);
      expect(entry.quality).toBe(snapshot.videos.quality[entry.video]);
      expect(entry.postedAt).toBe(snapshot.videos.postedAt[entry.video]);
    }
    expect(last.likes).toBe(likes.reduce((a, b) => a + b, 0));
  });

  it("keeps a video's colour while it stays in the race, and no two videos share one", () => {
    let changes = 0;
    slots.forEach((now, t) => {
      expect(new Set(now.values()).size).toBe(now.size);
      for (const [video, slot] of now) {
        expect(slot).toBeGreaterThanOrEqual(0);
        expect(slot).toBeLessThan(RACE_SIZE);
        if (t > 0 && slots[t - 1].has(video)) expect(slot).toBe(slots[t - 1].get(video));
        if (t > 0 && !slots[t - 1].has(video)) changes++;
      }
    });
    expect(changes).toBeGreaterThan(0);
  });

  it("names the best video posted when it is not in the race, with its place", () => {
    const snapshot = sim.snapshot();
    const { quality, likes, count } = snapshot.videos;
    let best = 0;
    for (let v = 1; v < count; v++) if (quality[v] > quality[best]) best = v;
    const last = frames.at(-1)!;
    if (last.entries.some((e) => e.video === best)) expect(last.best).toBeUndefined();
    else expect(last.best).toMatchObject({ video: best, rank: placeOf(likes, count, best) });
  });
});
