import { stream } from "../../src/deterministic/random.js";
import { gini } from "../../src/metrics/inequality.js";

/** Bench W2 (../shared/BENCH.md): a popularity-proportional feed, a Pólya urn. */
export interface FeedOptions {
  seed?: number;
  /** 10,000 in the workload. */
  items?: number;
  /** 1,000,000 in the workload. */
  impressions?: number;
}

export interface FeedFigures {
  items: number;
  impressions: number;
  seconds: number;
  impressionsPerSecond: number;
  totalLikes: number;
  /** Gini of the final likes per item. */
  gini: number;
  likes: Int32Array;
}

export function runFeedWorkload(options: FeedOptions = {}): FeedFigures {
  const { seed = 1, items = 10_000, impressions = 1_000_000 } = options;
  const random = stream(seed, "behaviour", "w2-feed");
  const quality = new Float64Array(items);
  for (let i = 0; i < items; i++) quality[i] = random();
  const likes = new Int32Array(items);
  // The urn holds each item once plus once per like, so a uniform draw from it picks item i
  // with probability (likes_i + 1)/Σ(likes_j + 1) in O(1).
  const urn = new Int32Array(items + impressions);
  for (let i = 0; i < items; i++) urn[i] = i;
  let size = items;

  const begin = performance.now();
  for (let k = 0; k < impressions; k++) {
    const i = urn[Math.floor(random() * size)];
    if (random() < quality[i]) {
      likes[i]++;
      urn[size++] = i;
    }
  }
  const seconds = (performance.now() - begin) / 1000;

  return {
    items,
    impressions,
    seconds,
    impressionsPerSecond: impressions / seconds,
    totalLikes: size - items,
    gini: gini(likes),
    likes,
  };
}
