import { describe, expect, it } from "vitest";
import { pow } from "../../src/deterministic/exact-math.js";
import { stream } from "../../src/deterministic/random.js";
import { PositionBias } from "../../src/engine/rankers/position-bias.js";

/** The rank by definition: the first whose running sum of (r + 1)^α exceeds u × the total. */
function rankBySearch(alpha: number, u: number, count: number): number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 0; r < count; r++) {
    sum += pow(r + 1, alpha);
    cumulative.push(sum);
  }
  const target = u * cumulative[count - 1];
  return cumulative.findIndex((value) => value > target);
}

describe("position bias", () => {
  it.each([-0.8, 0, -3, -10])("draws the rank the running sums define (α = %s)", (alpha) => {
    const bias = new PositionBias(alpha);
    const random = stream(1, "ranking", "position-bias-test", alpha);
    let wrong = 0;
    for (const count of [1, 2, 7, 16, 100, 1000, 5000]) {
      bias.fit(count);
      const draws = [0, 1 - 2 ** -32, 0.5];
      for (let i = 0; i < 300; i++) draws.push(random());
      for (const u of draws) if (bias.rank(u, count) !== rankBySearch(alpha, u, count)) wrong++;
    }
    expect(wrong).toBe(0);
  });

  it("gives the top of the list most of the slots, in proportion to r^α", () => {
    const bias = new PositionBias(-0.8);
    bias.fit(50);
    const random = stream(2, "ranking", "position-bias-test");
    const hits = new Float64Array(50);
    const draws = 200_000;
    for (let i = 0; i < draws; i++) hits[bias.rank(random(), 50)]++;
    let total = 0;
    for (let r = 1; r <= 50; r++) total += pow(r, -0.8);
    // The top rank's share is binomial: within 5 standard errors of its weight's share.
    const share = 1 / total;
    const se = Math.sqrt((share * (1 - share)) / draws);
    expect(Math.abs(hits[0] / draws - share)).toBeLessThan(5 * se);
    expect(hits[0]).toBeGreaterThan(hits[1]);
    expect(hits[1]).toBeGreaterThan(hits[9]);
  });
});
