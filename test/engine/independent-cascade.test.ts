import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../../src/scenario/schema.js";
import { run } from "./helpers.js";

/**
 * The engine reduced to an independent cascade on an Erdős–Rényi graph: a following-only
 * feed (chronological), a constant like probability p, every like putting the video in each
 * follower's inbox. A user watches a video once, the first time it reaches it, and decides
 * then: however many friends liked it, it gets one chance (a view and a like are lasting
 * states). Each catalog video is one cascade started by its creator's post. That is site
 * percolation with occupation p: the likers of a giant cascade are the giant cluster of
 * likers, a share S_site = p·(1 − e^(−⟨k⟩·S_site)) of all users, and with x = ⟨k⟩·S_site it
 * follows that a cascade is giant with chance 1 − e^(−x), which is also the share of users
 * who see it (a user sees it when a neighbour liked it): S = 1 − e^(−p⟨k⟩·S), the bond-
 * percolation root. No giant cascade while p⟨k⟩ ≤ 1.
 */
const USERS = 20_000;
const MEAN_DEGREE = 10;
const CASCADES = 40;
/**
 * Long enough for the giant cascades to have all but finished: at tick 80 their mean share of
 * users seen (p⟨k⟩ = 1.5, seeds 1–6, plain shuffle) was still 0.009–0.035 below S (0.583), at
 * tick 120 within 0.021 of it; the slowest seeds fail a 0.02 bound at 80 whatever the turn
 * order.
 */
const TICKS = 120;

function cascadeScenario(p: number): ScenarioInput {
  return {
    name: "independent cascade",
    ticks: TICKS,
    population: {
      users: USERS,
      activity: 1,
      activityTail: 100,
      sessionLength: 1000,
      creatorShare: CASCADES / USERS,
    },
    graph: { kind: "erdos-renyi", meanDegree: MEAN_DEGREE },
    content: { catalog: CASCADES, maxAge: 1_000_000 },
    creators: { postRate: 0, churnBelow: 0 },
    feed: { ranker: "chronological", inboxSize: 256 },
    behaviour: { likeModel: "constant", likeProbability: p, followAfterLikes: 0 },
    metrics: { every: 1000 },
  };
}

interface Cascade {
  /** Share of users who liked it, and who saw it. */
  liked: number;
  seen: number;
}

function cascades(p: number, seed: number): Cascade[] {
  const { videos } = run(cascadeScenario(p), TICKS, { seed }).snapshot();
  return Array.from(videos.likes, (likes, v) => ({
    liked: likes / USERS,
    seen: videos.impressions[v] / USERS,
  }));
}

/** Root of S = 1 − exp(−c·S) above the threshold c = p⟨k⟩ > 1, by fixed-point iteration. */
function giantFraction(c: number): number {
  let s = 0.5;
  for (let i = 0; i < 200; i++) s = 1 - Math.exp(-c * s);
  return s;
}

describe("independent cascade on Erdős–Rényi (site percolation: one chance per viewer)", () => {
  it("the closed form gives the textbook roots", () => {
    expect(giantFraction(2)).toBeCloseTo(0.797, 3);
    expect(giantFraction(1.5)).toBeCloseTo(0.583, 3);
  });

  it.each([2, 1.5])(
    "above the threshold (p⟨k⟩ = %s) giant cascades are seen by S and liked by p·S",
    (c) => {
      const s = giantFraction(c);
      const p = c / MEAN_DEGREE;
      const all = [1, 2].flatMap((seed) => cascades(p, seed));
      const giants = all.filter((x) => x.seen > 0.2);
      // Between giant and small cascades there is a wide gap (small ones reach a few dozen users).
      expect(all.filter((x) => x.seen > 0.02 && x.seen <= 0.2)).toEqual([]);
      // A cascade is giant with probability S: 80 cascades, binomial sd ≤ 0.056; 3.5 sd
      // (two-sided α ≈ 0.0005).
      expect(Math.abs(giants.length / all.length - s)).toBeLessThan(
        3.5 * Math.sqrt((s * (1 - s)) / all.length),
      );
      // The giant cluster's size fluctuates by O(1/√n) ≈ 0.007 of n, plus finite-size bias of
      // the same order: 0.02 (seen) and 0.02·p (liked) are about 3 sd.
      const mean = (f: (x: Cascade) => number) =>
        giants.reduce((a, x) => a + f(x), 0) / giants.length;
      expect(Math.abs(mean((x) => x.seen) - s)).toBeLessThan(0.02);
      expect(Math.abs(mean((x) => x.liked) - p * s)).toBeLessThan(0.02 * p + 0.005);
    },
  );

  it("below the threshold (p⟨k⟩ = 0.5) cascades stay small", () => {
    const all = [1, 2].flatMap((seed) => cascades(0.5 / MEAN_DEGREE, seed));
    const likes = all.map((x) => x.liked * USERS);
    expect(Math.max(...all.map((x) => x.seen))).toBeLessThan(0.02);
    // The seed's k ≈ 10 neighbours each start a subcritical branch of mean 1 / (1 − p⟨k⟩) = 2
    // likers with chance p: about ⟨k⟩·p·2 = 1 like per cascade. 80 cascades, variance of
    // order 3: the mean's sd ≈ 0.2; [0.4, 1.6] is 3 sd.
    const mean = likes.reduce((a, b) => a + b, 0) / likes.length;
    expect(mean).toBeGreaterThan(0.4);
    expect(mean).toBeLessThan(1.6);
  });
});
