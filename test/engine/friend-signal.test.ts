import { describe, expect, it } from "vitest";
import { signTest } from "../../src/cli/stats/paired.js";
import { RANKERS } from "../../src/scenario/sections/feed.js";
import { run, smallScenario } from "./helpers.js";

/**
 * The like decision counts how many of the people a user follows liked (or shared) the
 * video, whatever feed brought it. Each seed runs the same world with the friend term off
 * and on (common random numbers), so each seed is one paired observation.
 */
const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);

function likes(ranker: (typeof RANKERS)[number], friendLiked: number, seed: number): number {
  const scenario = smallScenario({
    graph: { kind: "barabasi-albert", m: 6 },
    feed: { ranker },
    behaviour: { friendLiked },
  });
  return run(scenario, 30, { seed }).metrics().summary.likes;
}

describe("the friend signal on every surface", () => {
  it("raises likes under the popularity ranker, which never reads the inbox (10 of 10 seeds)", () => {
    const test = signTest(
      SEEDS.map((seed) => likes("popularity", 2, seed) - likes("popularity", 0, seed)),
    );
    // 10 of 10 paired seeds: two-sided sign-test p = 2/1024 ≈ 0.002.
    expect(test.positive).toBe(SEEDS.length);
    expect(test.p).toBeLessThan(0.01);
  });

  it.each(RANKERS.filter((r) => r !== "chronological"))(
    "changes the run under the %s ranker",
    (ranker) => {
      expect(likes(ranker, 2, 1)).not.toBe(likes(ranker, 0, 1));
    },
  );
});
