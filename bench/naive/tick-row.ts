import { gini, meanNormalizedEntropy, spearman, topShare } from "../../src/metrics/index.js";
import type { NaiveWorld } from "./world.js";

/**
 * The measures src/engine/series-recorder.ts notes each tick, and every `metrics.every`
 * ticks the distributions, computed from arrays mapped out of the objects each time.
 */
export function recordNaiveTick(world: NaiveWorld): void {
  const row = world.row;
  const active = world.creators.filter((creator) => creator.active);
  row.likeRate = row.impressions > 0 ? row.likes / row.impressions : Number.NaN;
  row.activeCreators = active.length;
  row.meanMotivation =
    active.length > 0 ? active.reduce((sum, c) => sum + c.motivation, 0) / active.length : 0;
  row.presentUsers = world.users.filter((user) => !user.away).length;
  row.viralCount = world.viralCount;
  const thisTick = world.live.map((video) => video.impressions - video.impressionsBefore);
  row.topShareImpressions =
    thisTick.length > 0 && row.impressions > 0 ? topShare(thisTick, 0.01) : Number.NaN;
  if (world.tick % world.scenario.metrics.every !== 0) return;
  const likes = world.videos.map((video) => video.likes);
  row.giniVideos = gini(likes);
  row.giniCreators = gini(world.creators.map((creator) => creator.likes));
  row.top1Share = topShare(likes, 0.01);
  row.qualitySpearman = spearman(
    world.videos.map((video) => video.quality),
    likes,
  );
  const topics = world.scenario.population.topics;
  row.feedDiversity = meanNormalizedEntropy(
    Float64Array.from(world.users.flatMap((user) => user.topicCounts)),
    world.users.length,
    topics,
  );
}
