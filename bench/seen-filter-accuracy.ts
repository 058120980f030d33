import { buildGraph } from "../src/engine/build-graph.js";
import { createPopulation } from "../src/engine/population.js";
import { World } from "../src/engine/world.js";
import { parseScenario } from "../src/scenario/validate.js";
import { defaultScenarioWith } from "./default-scenario.js";

// How often the seen filter hides a video a user has not watched (its false positives), on
// the default scenario: every 20th user's views are also kept in an exact set, and each
// "seen?" question the rankers ask about those users is checked against it.
//   npx tsx bench/seen-filter-accuracy.ts [users] [ticks] [seed]
const users = Number(process.argv[2] ?? 3000);
const ticks = Number(process.argv[3] ?? 240);
const seed = Number(process.argv[4] ?? 1);
const SAMPLE = 20;

const scenario = parseScenario(defaultScenarioWith(users));
const population = createPopulation(scenario, seed);
const world = new World(0, scenario, seed, population, buildGraph(scenario, seed, population), 0);
const filter = world.memory.seen;
const exact = new Map<number, Set<number>>();
let unseenAsked = 0;
let hidden = 0;
const has = filter.has.bind(filter);
const add = filter.add.bind(filter);
filter.has = (user, video) => {
  const answer = has(user, video);
  const watched = exact.get(user);
  if (watched && !watched.has(video)) {
    unseenAsked++;
    if (answer) hidden++;
  }
  return answer;
};
filter.add = (user, video) => {
  add(user, video);
  exact.get(user)?.add(video);
};
for (let u = 0; u < users; u += SAMPLE) exact.set(u, new Set());
for (let t = 0; t < ticks; t++) world.step();
const bytes = 2 * 4 * filter.offset[users] + 4 * (users + 1);
console.log(
  `${users} users, ${ticks} ticks, seed ${seed}: ${unseenAsked} questions about unwatched videos, ${hidden} answered "seen" (${((100 * hidden) / Math.max(1, unseenAsked)).toFixed(3)}%); filter ${(bytes / users).toFixed(0)} bytes per user`,
);
