import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A MusicLab-like market small enough for fits in tests: 20 songs, 200 arrivals per world,
 * two worlds, 30 ticks (a few milliseconds a run).
 */
export const MARKET = {
  name: "market",
  seed: 1,
  ticks: 30,
  worlds: 2,
  population: {
    users: 200,
    topics: 1,
    creatorShare: 0.1,
    activity: 1 / 30,
    activityTail: 100,
    sessionLength: 4,
  },
  graph: { kind: "erdos-renyi", meanDegree: 0 },
  content: { catalog: 20, maxAge: 1000000, skillSpread: 0.15, qualityNoise: 0 },
  creators: { postRate: 0, churnBelow: 0 },
  feed: { ranker: "popularity", listShare: 1, positionBias: -0.8 },
  behaviour: {
    likeModel: "logistic",
    baseline: -3.5,
    quality: 3,
    affinity: 0,
    socialProof: 1,
    referenceLikes: 50,
    friendLiked: 0,
    followAfterLikes: 0,
  },
  metrics: { every: 30 },
};

/** The independent world of the market: random order, no social proof. */
export const CONDITIONS = {
  social: {},
  independent: { "feed.ranker": "random", "behaviour.socialProof": 0 },
};

export function marketTargets(targets: object[], extra: object = {}) {
  return { name: "test targets", conditions: CONDITIONS, targets, ...extra };
}

/** Writes the market scenario and a targets file into `dir`; returns their names. */
export function writeFit(dir: string, targets: object, scenario: object = MARKET) {
  writeFileSync(join(dir, "market.json"), JSON.stringify(scenario));
  writeFileSync(join(dir, "targets.json"), JSON.stringify(targets));
  return { scenario: "market.json", targets: "targets.json" };
}

/** Both like rates: the independent one pins the baseline, the social one then social proof. */
export const LIKE_RATES = marketTargets([
  { condition: "social", metric: "likeRate", observed: 0.25, scale: 0.02 },
  { condition: "independent", metric: "likeRate", observed: 0.17, scale: 0.02 },
]);

export const PRIORS = [
  "--param",
  "behaviour.baseline=-5..-1",
  "--param",
  "behaviour.socialProof=0..4",
];

/** A fit small enough to run in a few seconds. */
export const SMALL_FIT = ["--particles", "20", "--generations", "3", "--check", "6", "--quiet"];
