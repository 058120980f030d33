import { describe, expect, it } from "vitest";
import { stream } from "../../src/deterministic/random.js";
import { BITS_PER_IMPRESSION, HASHES, SeenFilter } from "../../src/engine/seen-filter.js";

describe("SeenFilter", () => {
  it("never forgets a video of either generation, across rotations", () => {
    const filter = new SeenFilter([40, 5, 200]);
    const random = stream(1, "metrics", "seen");
    const added: [number, number][] = [];
    let count = 0;
    for (let tick = 0; tick < 50; tick++) {
      // Videos live for 10 ticks, 300 posted a tick: generations outgrow every row.
      const liveStart = Math.max(0, count - 3000);
      filter.rotate(liveStart, count);
      count += 300;
      for (let k = 0; k < 30; k++) {
        const user = Math.floor(random() * 3);
        const video = liveStart + Math.floor(random() * (count - liveStart));
        filter.add(user, video);
        added.push([user, video]);
      }
      for (const [user, video] of added)
        if (video >= liveStart) expect(filter.has(user, video)).toBe(true);
    }
  });

  it("is exact for the first bits of a generation: a small catalog hides nothing", () => {
    const filter = new SeenFilter([10]);
    filter.rotate(0, 48);
    filter.rotate(0, 48);
    for (let v = 0; v < 48; v += 2) filter.add(0, v);
    for (let v = 0; v < 48; v++) expect(filter.has(0, v)).toBe(v % 2 === 0);
  });

  it("hides unseen videos about as often as a blocked Bloom filter of its size should", () => {
    const users = 200;
    const expected = 100;
    const filter = new SeenFilter(new Array(users).fill(expected));
    // One generation far larger than a row: every video is in the hashed part.
    const base = 1_000_000;
    for (let u = 0; u < users; u++)
      for (let i = 0; i < expected; i++) filter.add(u, base + u * 7919 + i * 104_729);
    let hidden = 0;
    const probes = 200;
    for (let u = 0; u < users; u++)
      for (let i = 0; i < probes; i++)
        hidden += filter.has(u, base + 50_000_000 + u * 31 + i * 1009) ? 1 : 0;
    const rate = hidden / (users * probes);
    // A blocked Bloom filter: the videos of a row fall in its 64-bit blocks as Poisson(λ), and
    // a question is answered "seen" when its HASHES bits of one block are all set.
    const blocks = Math.ceil((BITS_PER_IMPRESSION * expected) / 64);
    const lambda = expected / blocks;
    let theory = 0;
    let poisson = Math.exp(-lambda);
    for (let j = 0; j < 60; j++) {
      theory += poisson * (1 - (63 / 64) ** (HASHES * j)) ** HASHES;
      poisson *= lambda / (j + 1);
    }
    // 40,000 probes: binomial sd ≈ 0.0007 at 2%; 0.004 is over 5 sd.
    expect(Math.abs(rate - theory)).toBeLessThan(0.004);
    expect(rate).toBeLessThan(0.03);
  });
});
