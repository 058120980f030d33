import { log, pow } from "../deterministic/exact-math.js";
import {
  type Random,
  randomGamma,
  randomNormal,
  randomSubset,
  stream,
} from "../deterministic/random.js";
import type { Scenario } from "../scenario/schema.js";
import { declareState } from "./state/layout.js";

/**
 * Who is on the platform: the parts of every user and creator that do not change during a
 * run and are shared by all worlds. Structs of arrays indexed by user id (or creator id);
 * matrices are row-major with `topics` columns.
 */
export interface Population {
  users: number;
  topics: number;
  /** Interest in each topic relative to the user's strongest interest, in [0, 1]. */
  affinity: Float32Array;
  /** Cumulative interest distribution per user (sums to 1), for drawing a topic the user likes. */
  interestCdf: Float32Array;
  mainTopic: Uint8Array;
  /** Chance to open the app in a tick. */
  activity: Float32Array;
  conformity: Float32Array;
  /** Creator id of each user, or -1. */
  creatorOf: Int32Array;
  /** Creators who post from the start and those who join during the run, initial ones first. */
  creators: number;
  creatorUser: Int32Array;
  /** Tick each creator starts posting: 0 for the initial ones. */
  creatorJoinsAt: Int32Array;
  skill: Float32Array;
  /** The topics each creator posts in: `topicsPerCreator` columns per creator. */
  creatorTopics: Uint8Array;
  topicsPerCreator: number;
}

export const POPULATION_LAYOUT = declareState<Population>({
  arrays: [
    "affinity",
    "interestCdf",
    "mainTopic",
    "activity",
    "conformity",
    "creatorOf",
    "creatorUser",
    "creatorJoinsAt",
    "skill",
    "creatorTopics",
  ],
  numbers: ["users", "topics", "creators", "topicsPerCreator"],
});

/** Qualities, skills and conformity live in [0, 1]; draws from normals are clipped to it. */
export function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

function drawInterests(pop: Population, focus: number, random: Random): void {
  const t = pop.topics;
  const row = new Float64Array(t);
  for (let u = 0; u < pop.users; u++) {
    let sum = 0;
    let best = 0;
    for (let k = 0; k < t; k++) {
      row[k] = randomGamma(random, focus) + 1e-12;
      sum += row[k];
      if (row[k] > row[best]) best = k;
    }
    let cumulative = 0;
    for (let k = 0; k < t; k++) {
      cumulative += row[k] / sum;
      pop.interestCdf[u * t + k] = cumulative;
      pop.affinity[u * t + k] = row[k] / row[best];
    }
    pop.interestCdf[u * t + t - 1] = 1;
    pop.mainTopic[u] = best;
  }
}

/**
 * Activity is Pareto-distributed with the scenario's mean (before capping at 1), so a few
 * users open the app nearly every tick and most only now and then.
 */
function drawActivity(pop: Population, mean: number, tail: number, random: Random): void {
  const scale = (mean * (tail - 1)) / tail;
  for (let u = 0; u < pop.users; u++) {
    pop.activity[u] = Math.min(1, scale * pow(1 - random(), -1 / tail));
  }
}

/**
 * Users who do not post yet start posting with chance `creators.joinRate` per tick: each draws
 * the tick it would join (geometric), and those that fall within the run's ticks join then,
 * in the same ticks in every world and under every ranker. Returns them in joining order.
 */
function drawJoiners(
  users: number,
  initial: Int32Array,
  scenario: Scenario,
  random: Random,
): { user: Int32Array; at: Int32Array } {
  const rate = scenario.creators.joinRate;
  const joiners: { user: number; at: number }[] = [];
  if (rate > 0) {
    const logStay = log(1 - Math.min(rate, 1 - 1e-12));
    let next = 0;
    for (let u = 0; u < users; u++) {
      if (next < initial.length && initial[next] === u) {
        next++;
        continue;
      }
      const at = Math.floor(log(1 - random()) / logStay);
      if (at < scenario.ticks) joiners.push({ user: u, at });
    }
    joiners.sort((a, b) => a.at - b.at || a.user - b.user);
  }
  return {
    user: Int32Array.from(joiners, (j) => j.user),
    at: Int32Array.from(joiners, (j) => j.at),
  };
}

function drawCreators(pop: Population, scenario: Scenario, random: Random): void {
  const { content } = scenario;
  const t = pop.topics;
  const k = pop.topicsPerCreator;
  const order = new Int32Array(t);
  for (let c = 0; c < pop.creators; c++) {
    const u = pop.creatorUser[c];
    pop.creatorOf[u] = c;
    pop.skill[c] = clamp01(content.skillMean + content.skillSpread * randomNormal(random));
    for (let i = 0; i < t; i++) order[i] = i;
    order.sort((a, b) => pop.affinity[u * t + b] - pop.affinity[u * t + a] || a - b);
    for (let i = 0; i < k; i++) pop.creatorTopics[c * k + i] = order[i];
  }
}

export function createPopulation(scenario: Scenario, seed: number): Population {
  const { population } = scenario;
  const users = population.users;
  const topics = population.topics;
  const initial = Math.max(1, Math.round(population.creatorShare * users));
  const topicsPerCreator = Math.min(scenario.content.topicsPerCreator, topics);
  const random = stream(seed, "population");
  const initialUsers = randomSubset(random, users, initial);
  // Joiners have a stream of their own, so the rest of the population is the same whatever
  // the join rate (their skills are drawn after the initial creators').
  const joiners = drawJoiners(users, initialUsers, scenario, stream(seed, "population", "joiners"));
  const creators = initial + joiners.user.length;
  const creatorUser = new Int32Array(creators);
  creatorUser.set(initialUsers);
  creatorUser.set(joiners.user, initial);
  const creatorJoinsAt = new Int32Array(creators);
  creatorJoinsAt.set(joiners.at, initial);
  const pop: Population = {
    users,
    topics,
    affinity: new Float32Array(users * topics),
    interestCdf: new Float32Array(users * topics),
    mainTopic: new Uint8Array(users),
    activity: new Float32Array(users),
    conformity: new Float32Array(users),
    creatorOf: new Int32Array(users).fill(-1),
    creators,
    creatorUser,
    creatorJoinsAt,
    skill: new Float32Array(creators),
    creatorTopics: new Uint8Array(creators * topicsPerCreator),
    topicsPerCreator,
  };
  drawInterests(pop, population.interestFocus, random);
  drawActivity(pop, population.activity, population.activityTail, random);
  for (let u = 0; u < users; u++) {
    pop.conformity[u] = clamp01(
      population.conformity + population.conformitySpread * randomNormal(random),
    );
  }
  drawCreators(pop, scenario, random);
  return pop;
}
