import { log } from "../../src/deterministic/exact-math.js";
import type { Random } from "../../src/deterministic/random.js";
import { randomGamma, randomNormal, randomSubset, stream } from "../../src/deterministic/random.js";
import type { Scenario } from "../../src/scenario/schema.js";
import { runningSums } from "./running-sums.js";
import type { NaiveCreator, NaiveUser } from "./types.js";

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The same people as src/engine/population.ts, drawn from the same "population" stream in
 * the same order, so the reference and the engine run on one population and any difference
 * in their output comes from the tick, not from who is on the platform.
 */
export function naivePopulation(
  scenario: Scenario,
  seed: number,
): { users: NaiveUser[]; creators: NaiveCreator[] } {
  const { population, content } = scenario;
  const random = stream(seed, "population");
  const creatorCount = Math.max(1, Math.round(population.creatorShare * population.users));
  const initial = Array.from(randomSubset(random, population.users, creatorCount));
  const joiners = naiveJoiners(scenario, seed, initial);
  const creatorUsers = [...initial, ...joiners.map((j) => j.user)];
  const joinsAt = [...initial.map(() => 0), ...joiners.map((j) => j.at)];
  const users: NaiveUser[] = [];
  for (let id = 0; id < population.users; id++)
    users.push(drawUser(id, population.topics, population.interestFocus, random));
  const scale = (population.activity * (population.activityTail - 1)) / population.activityTail;
  for (const user of users) {
    user.activity = Math.min(1, scale * (1 - random()) ** (-1 / population.activityTail));
  }
  for (const user of users) {
    user.conformity = clamp01(
      population.conformity + population.conformitySpread * randomNormal(random),
    );
  }
  const topicsPerCreator = Math.min(content.topicsPerCreator, population.topics);
  const creators = creatorUsers.map((userId, id): NaiveCreator => {
    const user = users[userId];
    const byInterest = user.interests
      .map((interest, topic) => ({ interest, topic }))
      .sort((a, b) => b.interest - a.interest || a.topic - b.topic);
    const creator: NaiveCreator = {
      id,
      user: userId,
      skill: clamp01(content.skillMean + content.skillSpread * randomNormal(random)),
      topics: byInterest.slice(0, topicsPerCreator).map((entry) => entry.topic),
      joinsAt: joinsAt[id],
      satisfaction: 1,
      motivation: Math.min(1, scenario.creators.maxMotivation),
      active: false,
      quit: false,
      lowTicks: 0,
      judged: 0,
      likes: 0,
      posts: 0,
    };
    user.creator = creator;
    return creator;
  });
  return { users, creators };
}

/** Users who start posting during the run, from the engine's "population/joiners" stream. */
function naiveJoiners(
  scenario: Scenario,
  seed: number,
  initial: number[],
): { user: number; at: number }[] {
  const rate = scenario.creators.joinRate;
  if (rate === 0) return [];
  const random = stream(seed, "population", "joiners");
  const joiners: { user: number; at: number }[] = [];
  for (let user = 0; user < scenario.population.users; user++) {
    if (initial.includes(user)) continue;
    const at = Math.floor(log(1 - random()) / log(1 - Math.min(rate, 1 - 1e-12)));
    if (at < scenario.ticks) joiners.push({ user, at });
  }
  return joiners.sort((a, b) => a.at - b.at || a.user - b.user);
}

function drawUser(id: number, topics: number, focus: number, random: Random): NaiveUser {
  const weights: number[] = [];
  for (let k = 0; k < topics; k++) weights.push(randomGamma(random, focus) + 1e-12);
  const sum = weights.reduce((a, b) => a + b, 0);
  let mainTopic = 0;
  weights.forEach((w, k) => {
    if (w > weights[mainTopic]) mainTopic = k;
  });
  const interestCdf = runningSums(weights.map((w) => w / sum));
  interestCdf[topics - 1] = 1;
  return {
    id,
    interests: weights.map((w) => w / weights[mainTopic]),
    interestCdf,
    mainTopic,
    activity: 0,
    conformity: 0,
    creator: null,
    following: new Set(),
    followers: [],
    seen: new Set(),
    inbox: [],
    creatorLikes: [],
    topicCounts: new Array(topics).fill(0),
    profile: new Array(topics).fill(0),
    likesGiven: 0,
    away: false,
  };
}
