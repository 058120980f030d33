import { describe, expect, it } from "vitest";
import { stream } from "../../src/deterministic/random.js";
import { LikeDecision } from "../../src/engine/like-decision.js";
import { createPopulation } from "../../src/engine/population.js";
import { VideoStore } from "../../src/engine/videos.js";
import { parseScenario } from "../../src/scenario/validate.js";
import { smallScenario } from "./helpers.js";

/**
 * `likes(…, u)` answers most draws from a table of the logistic instead of an exponential;
 * it must give exactly `u < probability(…)` for every draw, above all for draws right at
 * the probability and at the table's brackets, and for logits beyond the table.
 */
function decisionFor(behaviour: Record<string, unknown>) {
  const scenario = parseScenario(smallScenario({ population: { users: 50 }, behaviour }));
  const pop = createPopulation(scenario, 1);
  const videos = new VideoStore();
  const random = stream(1, "behaviour", "like-decision-test");
  for (let v = 0; v < 200; v++) {
    videos.add(0, v % pop.topics, random(), 0);
    videos.likes[v] = Math.floor(random() * 5000);
    videos.updateLogLikes(v);
  }
  return { decision: new LikeDecision(scenario.behaviour, pop, videos), random };
}

/** The double next to x towards 0 or towards 1. */
function nextDown(x: number): number {
  return x - Math.max(Number.MIN_VALUE, Math.abs(x) * Number.EPSILON);
}
function nextUp(x: number): number {
  return x + Math.max(Number.MIN_VALUE, Math.abs(x) * Number.EPSILON);
}

describe("like decision", () => {
  it.each([
    ["the default weights", {}],
    ["logits beyond the table", { baseline: 14, quality: 6 }],
    ["logits far below it", { baseline: -30 }],
    ["strong friend terms", { friendLiked: 5, shareWeight: 4 }],
  ])("gives u < probability for every draw (%s)", (_, behaviour) => {
    const { decision, random } = decisionFor(behaviour);
    let checked = 0;
    let liked = 0;
    let wrong = 0;
    for (let i = 0; i < 20_000; i++) {
      const user = Math.floor(random() * 50);
      const video = Math.floor(random() * 200);
      const friendLikes = Math.floor(random() * 20);
      const friendShares = Math.floor(random() * 6);
      const p = decision.probability(user, video, friendLikes, friendShares);
      const draws = [random(), p, nextDown(p), nextUp(p), p - 1e-13, p + 1e-13, p - 1e-9, p + 1e-9];
      for (const u of draws) {
        if (u < 0 || u >= 1) continue;
        const answer = decision.likes(user, video, friendLikes, friendShares, u);
        if (answer !== u < p) wrong++;
        if (answer) liked++;
        checked++;
      }
    }
    expect(wrong).toBe(0);
    expect(checked).toBeGreaterThan(100_000);
    expect(liked).toBeGreaterThan(0);
  });
});
