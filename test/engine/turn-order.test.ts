import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { studentTQuantile } from "../../src/cli/stats/student-t.js";
import { createSimulation } from "../../src/engine/index.js";
import { shuffleTurns, turnBlockSize } from "../../src/engine/turn-order.js";
import type { ScenarioInput } from "../../src/scenario/schema.js";
import { meanAndError } from "../mean-and-error.js";

/** The turns of `opened` users (ids 0 … opened − 1) for one draw of the stream. */
function turns(opened: number, block: number, random: () => number): number[] {
  const order = Int32Array.from({ length: opened }, (_, i) => i);
  const blocks = new Int32Array(Math.ceil(opened / block));
  const count = shuffleTurns(order, opened, block, blocks, random);
  const out: number[] = [];
  for (let b = 0; b < count; b++) {
    const from = blocks[b] * block;
    for (let i = from; i < Math.min(opened, from + block); i++) out.push(order[i]);
  }
  return out;
}

describe("turnBlockSize", () => {
  it("gives about `blocks` blocks, and blocks of one user when fewer than twice as many opened", () => {
    expect(turnBlockSize(1999, 1000)).toBe(1);
    expect(turnBlockSize(2000, 1000)).toBe(2);
    expect(turnBlockSize(30_000, 1000)).toBe(30);
    expect(turnBlockSize(0, 1000)).toBe(1);
    expect(turnBlockSize(5, 1)).toBe(5);
  });
});

describe("shuffleTurns", () => {
  it("gives every user who opened the app exactly one turn, with opened − 1 draws", () => {
    for (const [opened, block] of [
      [1, 64],
      [10, 4],
      [64, 64],
      [1000, 64],
      [1000, 1],
      [7, 100],
    ]) {
      let draws = 0;
      const random = seedrandom.alea("turns");
      const counted = () => {
        draws++;
        return random();
      };
      const order = turns(opened, block, counted);
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: opened }, (_, i) => i));
      expect(draws).toBe(Math.max(0, opened - 1));
    }
  });

  it("with blocks of one is a plain Fisher–Yates shuffle of the same draws", () => {
    const plain = Array.from({ length: 200 }, (_, i) => i);
    const random = seedrandom.alea("plain");
    for (let i = plain.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [plain[i], plain[j]] = [plain[j], plain[i]];
    }
    expect(turns(200, 1, seedrandom.alea("plain"))).toEqual(plain);
  });

  /*
   * 10 users in blocks of 4 (the last block has 2), 40,000 orders. Each pair's "a before b"
   * count is binomial(40,000, ½) under the claim, sd 100; 45 pairs, so |z| < 4 for all of
   * them holds with chance > 0.997. Each user's mean place is 4.5 under the claim; a place
   * has sd ≤ 2.9, so the mean's sd ≤ 0.0145 and 0.06 is > 4 sd. A plain id order fails both
   * by far, and so would taking the blocks in id order.
   */
  it("puts every pair either way round equally often, and every user in the middle on average", () => {
    const opened = 10;
    const rounds = 40_000;
    const before = new Float64Array(opened * opened);
    const place = new Float64Array(opened);
    const random = seedrandom.alea("pairs");
    for (let r = 0; r < rounds; r++) {
      const order = turns(opened, 4, random);
      order.forEach((user, at) => {
        place[user] += at;
        for (let later = at + 1; later < opened; later++) before[user * opened + order[later]]++;
      });
    }
    for (let a = 0; a < opened; a++) {
      expect(Math.abs(place[a] / rounds - (opened - 1) / 2)).toBeLessThan(0.06);
      for (let b = a + 1; b < opened; b++) {
        expect(Math.abs(before[a * opened + b] - rounds / 2) / Math.sqrt(rounds / 4)).toBeLessThan(
          4,
        );
      }
    }
  });
});

/*
 * The block order changes which run a seed gives, not what the runs look like. Over 24 seeds
 * of a 2,000-user default world cut into 10 blocks a tick (about 60 users each, far coarser
 * than the default's at most 1/1,000 of the turns), the paired differences (10 blocks − a
 * plain shuffle; same population, graph and videos) of the headline figures have a 99%
 * confidence interval inside ±5% of the plain shuffle's mean. A real effect of 5% fails it,
 * and so does a test without the power to see one (the like rate's pair differences have
 * sd ≈ 4.2% of its mean, so its interval is about ±2.4%). The top-1% share is left out: its
 * pair differences have sd ≈ 11% of its mean here (more than its spread over seeds, 7%), too
 * wide for a 5% margin without four times the seeds.
 */
const USERS = 2000;
const TICKS = 80;
const SEEDS = 24;
const MARGIN = 0.05;

describe("turns in blocks", () => {
  it("leave the summary figures where a plain shuffle puts them (99% CIs within ±5%)", () => {
    const scenario = (turnBlocks: number): ScenarioInput => ({
      name: "turn blocks",
      ticks: TICKS,
      population: { users: USERS, turnBlocks },
      metrics: { every: 1000 },
    });
    const runs = Array.from({ length: SEEDS }, (_, i) =>
      [USERS, 10].map((blocks) => {
        const sim = createSimulation(scenario(blocks), { seed: i + 1 });
        sim.step(TICKS);
        return sim.metrics().summary;
      }),
    );
    const t = studentTQuantile(0.995, SEEDS - 1);
    for (const name of ["giniVideos", "likeRate", "feedDiversity", "qualitySpearman"] as const) {
      const diffs = runs.map(([plain, blocks]) => blocks[name] - plain[name]);
      const base = runs.reduce((a, [plain]) => a + plain[name], 0) / SEEDS;
      const { mean, error } = meanAndError(diffs);
      expect(Math.abs(mean) + t * error, name).toBeLessThan(MARGIN * Math.abs(base));
    }
  });
});
