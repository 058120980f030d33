import type { FeedContext, Ranker } from "./feed-context.js";
import { ForYouRanker } from "./for-you.js";
import { ProportionalPopularity } from "./popularity.js";
import { EngagementRateRanker, RankedPopularity } from "./scored-ranker.js";
import { ChronologicalRanker, RandomRanker } from "./simple-rankers.js";
import { StagedExposureRanker } from "./staged-exposure.js";
import { WeightedEngagementRanker } from "./weighted-engagement.js";

export { type FeedContext, Pick, type Ranker } from "./feed-context.js";

/** The ranker the scenario names, with its parameters. */
export function createRanker(ctx: FeedContext): Ranker {
  const { feed } = ctx.scenario;
  switch (feed.ranker) {
    case "random":
      return new RandomRanker(ctx);
    case "chronological":
      return new ChronologicalRanker(ctx);
    case "popularity":
      return feed.popularity.mode === "proportional"
        ? new ProportionalPopularity(ctx)
        : new RankedPopularity(ctx);
    case "engagement-rate":
      return new EngagementRateRanker(ctx);
    case "weighted-engagement":
      return new WeightedEngagementRanker(ctx);
    case "for-you":
      return new ForYouRanker(ctx);
    case "staged-exposure":
      return new StagedExposureRanker(ctx);
  }
}
