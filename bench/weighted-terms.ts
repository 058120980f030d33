import { buildGraph } from "../src/engine/build-graph.js";
import { createPopulation } from "../src/engine/population.js";
import {
  SIGNALS,
  type WeightedEngagementRanker,
} from "../src/engine/rankers/weighted-engagement.js";
import { createSimulation } from "../src/engine/simulation.js";
import { World } from "../src/engine/world.js";
import { parseScenario } from "../src/scenario/validate.js";
import { defaultScenarioWith } from "./default-scenario.js";

// The weighted-engagement ranker on the default scenario: the platform's base rate of each
// signal, and the share of the score each term contributes (mean |weight × predicted
// probability| over the live videos at the end): X's weights as published, normalised by the
// base rates, and normalised with equal weights (1, 1, 1, −1).
//   npx tsx bench/weighted-terms.ts [users] [ticks] [seed]
const users = Number(process.argv[2] ?? 3000);
const ticks = Number(process.argv[3] ?? 240);
const seed = Number(process.argv[4] ?? 1);

const settings = [
  { normalise: false },
  { normalise: true },
  { normalise: true, like: 1, share: 1, comment: 1, negative: -1 },
];
for (const weighted of settings) {
  const input = defaultScenarioWith(users) as { feed?: Record<string, unknown> };
  input.feed = { ...input.feed, ranker: "weighted-engagement", weighted };
  const scenario = parseScenario(input);
  const population = createPopulation(scenario, seed);
  const world = new World(0, scenario, seed, population, buildGraph(scenario, seed, population), 0);
  for (let t = 0; t < ticks; t++) world.step();
  world.ranker.prepare();
  const ranker = world.ranker as WeightedEngagementRanker;
  const predicted = new Float64Array(SIGNALS.length);
  const sums = new Float64Array(SIGNALS.length);
  for (let v = world.liveStart; v < world.videos.count; v++) {
    ranker.predict(v, predicted);
    for (let e = 0; e < SIGNALS.length; e++) sums[e] += Math.abs(ranker.weight(e) * predicted[e]);
  }
  const total = sums.reduce((a, b) => a + b, 0);
  const summary = createSimulation(input, { seed });
  summary.step(ticks);
  const { qualitySpearman, likeRate } = summary.metrics({ costly: false }).summary;
  console.log(
    `${JSON.stringify(weighted)}: ${SIGNALS.map((name, e) => `${name} base ${(100 * ranker.baseRates[e]).toFixed(3)}% share ${((100 * sums[e]) / total).toFixed(1)}%`).join("; ")}; like rate ${likeRate.toFixed(4)}, quality–likes Spearman ${qualitySpearman.toFixed(2)}`,
  );
}
