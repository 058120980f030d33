import { stream } from "../deterministic/random.js";
import {
  categoricalAssortativity,
  gini,
  kendall,
  louvainModularity,
  marketShares,
  meanNormalizedEntropy,
  spearman,
  topShare,
  unpredictability,
} from "../metrics/index.js";
import { SUMMARY_NAMES, type Summary } from "./types.js";
import type { World } from "./world.js";

/**
 * The summary metrics of one world at its current tick (docs/model.md defines each). Without
 * `costly`, Louvain modularity and Kendall's tau (seconds and tens of milliseconds at 10⁵
 * users) are left NaN, so a view refreshing every frame pays only for the cheap ones.
 */
export function summarizeWorld(world: World, costly = true): Summary {
  const { videos, pop, graph } = world;
  const n = videos.count;
  const likes = videos.likes.subarray(0, n);
  const quality = videos.quality.subarray(0, n);
  let active = 0;
  for (let c = 0; c < world.creators.count; c++) active += world.creators.active[c];
  return {
    impressions: world.totalImpressions,
    likes: world.totalLikes,
    likeRate: world.totalImpressions > 0 ? world.totalLikes / world.totalImpressions : Number.NaN,
    giniVideos: gini(likes),
    giniCreators: gini(world.creators.likes),
    top1Share: topShare(likes, 0.01),
    activeCreators: active,
    qualitySpearman: spearman(quality, likes),
    qualityKendall: costly ? kendall(quality, likes) : Number.NaN,
    feedDiversity: meanNormalizedEntropy(world.topicCounts, pop.users, pop.topics),
    homophily: categoricalAssortativity(graph.following, pop.mainTopic, pop.topics),
    modularity: costly
      ? louvainModularity(graph.following, stream(world.seed, "metrics", world.index, world.tick))
          .modularity
      : Number.NaN,
    viralCount: world.viralCount,
    unpredictability: Number.NaN,
  };
}

/**
 * The run's summary: each metric averaged over worlds, and MusicLab's unpredictability
 * across them, with creators as the items whose market shares are compared.
 */
export function summarizeRun(worlds: Summary[], perWorldCreatorLikes: Float64Array[]): Summary {
  const out = {} as Summary;
  for (const name of SUMMARY_NAMES) {
    let sum = 0;
    for (const w of worlds) sum += w[name];
    out[name] = sum / worlds.length;
  }
  out.unpredictability =
    worlds.length > 1
      ? unpredictability(perWorldCreatorLikes.map((l) => marketShares(l)))
      : Number.NaN;
  return out;
}
