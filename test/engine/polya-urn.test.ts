import { describe, expect, it } from "vitest";
import { randomGamma, stream } from "../../src/deterministic/random.js";
import { type FeedContext, Pick, type Ranker } from "../../src/engine/rankers/index.js";
import { ProportionalPopularity } from "../../src/engine/rankers/popularity.js";
import { RandomRanker } from "../../src/engine/rankers/simple-rankers.js";
import { VideoStore } from "../../src/engine/videos.js";
import { gini } from "../../src/metrics/index.js";
import { parseScenario } from "../../src/scenario/validate.js";

/**
 * The proportional popularity ranker's pick is a Pólya urn: a video is drawn with chance
 * ∝ its likes + 1, and a like counts for the very next draw. In the model a user never sees
 * a video twice, so the urn cannot be run to its limit inside a world; it is checked here at
 * the ranker level, on a memory that has seen nothing: when every draw is a like, the items'
 * final shares are Dirichlet(1, …, 1). The ranker's Gini over many runs is compared with the
 * Gini of direct Dirichlet draws by a two-sample Kolmogorov–Smirnov test.
 */
const ITEMS = 10;
const DRAWS = 4000;
const RUNS = 150;
const scenario = parseScenario({});

/** A world of ITEMS live videos and a user who has seen nothing, for the ranker alone. */
function context(seed: number): FeedContext {
  const videos = new VideoStore();
  for (let i = 0; i < ITEMS; i++) videos.add(i, 0, 0.5, 0);
  return {
    scenario,
    pop: { users: 1, topics: 1 } as FeedContext["pop"],
    videos,
    memory: { hasSeen: () => false } as unknown as FeedContext["memory"],
    ranking: stream(seed, "ranking", "urn"),
    tick: 0,
    liveStart: 0,
  };
}

/** Draws DRAWS times, liking every draw, and returns the likes' Gini. */
function giniAfterDraws(ranker: (ctx: FeedContext) => Ranker, seed: number): number {
  const ctx = context(seed);
  const feed = ranker(ctx);
  feed.prepare();
  const pick = new Pick();
  for (let i = 0; i < DRAWS; i++) {
    feed.pick(0, pick);
    ctx.videos.likes[pick.video]++;
    feed.onLike?.(pick.video);
  }
  const likes = ctx.videos.likes.subarray(0, ITEMS);
  expect(likes.reduce((a, b) => a + b, 0)).toBe(DRAWS);
  return gini(likes);
}

function ksStatistic(a: number[], b: number[]): number {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i], y[j]);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

const random = stream(2024, "metrics", "dirichlet");
const direct = Array.from({ length: 2000 }, () =>
  gini(Array.from({ length: ITEMS }, () => randomGamma(random, 1))),
);
// Critical value of the two-sample KS statistic at α = 0.01: 1.628·sqrt((n + m)/(n·m)).
const critical = 1.628 * Math.sqrt((RUNS + 2000) / (RUNS * 2000));
const seeds = Array.from({ length: RUNS }, (_, i) => i + 1);

describe("the proportional popularity ranker is a Pólya urn", () => {
  it("shares follow Dirichlet(1,…,1): the Gini distributions agree (KS, α = 0.01)", () => {
    const urn = seeds.map((seed) => giniAfterDraws((ctx) => new ProportionalPopularity(ctx), seed));
    expect(ksStatistic(urn, direct)).toBeLessThan(critical);
  });

  it("the same test rejects the random ranker, which picks every item uniformly", () => {
    const uniform = seeds.map((seed) => giniAfterDraws((ctx) => new RandomRanker(ctx), seed));
    expect(ksStatistic(uniform, direct)).toBeGreaterThan(critical);
  });
});
