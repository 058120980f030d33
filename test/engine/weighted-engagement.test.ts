import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/engine/build-graph.js";
import { createPopulation } from "../../src/engine/population.js";
import {
  SIGNALS,
  type WeightedEngagementRanker,
} from "../../src/engine/rankers/weighted-engagement.js";
import { World } from "../../src/engine/world.js";
import { parseScenario } from "../../src/scenario/validate.js";
import { smallScenario } from "./helpers.js";

const X = { like: 0.5, share: 1, comment: 13.5, negative: -74 };
const EQUAL = { normalise: true, like: 1, share: 1, comment: 1, negative: -1 };

function world(weighted: Record<string, unknown>, seed = 1): World {
  const scenario = parseScenario(
    smallScenario({
      population: { users: 1000 },
      feed: { ranker: "weighted-engagement", weighted },
    }),
  );
  const population = createPopulation(scenario, seed);
  const w = new World(0, scenario, seed, population, buildGraph(scenario, seed, population), 0);
  for (let t = 0; t < scenario.ticks; t++) w.step();
  w.ranker.prepare();
  return w;
}

/** Each term's share of Σ |weight × predicted probability| over the live videos. */
function termShares(w: World): number[] {
  const ranker = w.ranker as WeightedEngagementRanker;
  const predicted = new Float64Array(SIGNALS.length);
  const sums = new Array(SIGNALS.length).fill(0);
  for (let v = w.liveStart; v < w.videos.count; v++) {
    ranker.predict(v, predicted);
    for (let e = 0; e < SIGNALS.length; e++) sums[e] += Math.abs(ranker.weight(e) * predicted[e]);
  }
  const total = sums.reduce((a, b) => a + b, 0);
  return sums.map((x) => x / total);
}

describe("weighted engagement", () => {
  it("multiplies each weight by a predicted probability: the rate shrunk toward the base rate", () => {
    const w = world(X);
    const ranker = w.ranker as WeightedEngagementRanker;
    const { videos } = w;
    let impressions = 0;
    let negatives = 0;
    for (let v = 0; v < videos.count; v++) {
      impressions += videos.impressions[v];
      negatives += videos.negatives[v];
    }
    expect(ranker.baseRates[3]).toBeCloseTo(negatives / impressions, 12);
    const v = w.liveStart;
    const predicted = new Float64Array(SIGNALS.length);
    ranker.predict(v, predicted);
    const prior = w.scenario.feed.engagementRate.priorImpressions;
    expect(predicted[3]).toBeCloseTo(
      (videos.negatives[v] + prior * ranker.baseRates[3]) / (videos.impressions[v] + prior),
      12,
    );
    expect(ranker.weight(3)).toBe(-74);
  });

  it("with X's weights as published, 'not interested' outweighs every other term by far", () => {
    const shares = termShares(world(X));
    expect(shares[3]).toBeGreaterThan(0.85);
  });

  it("normalised by the base rates, equal weights give every term a comparable share", () => {
    const w = world(EQUAL);
    const ranker = w.ranker as WeightedEngagementRanker;
    for (let e = 0; e < SIGNALS.length; e++)
      expect(ranker.weight(e)).toBeCloseTo((e === 3 ? -1 : 1) / ranker.baseRates[e], 9);
    for (const share of termShares(w)) {
      expect(share).toBeGreaterThan(0.1);
      expect(share).toBeLessThan(0.5);
    }
  });
});
