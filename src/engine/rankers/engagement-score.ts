import { log10, pow } from "../exact-math.js";
import { ageHours, type FeedContext, visibleLikes } from "./feed-context.js";

/**
 * The engagement-rate scores (docs/model.md): a smoothed like rate decayed by age, the
 * Hacker News gravity formula, or Reddit's hot formula (ten times the likes is worth
 * 12.5 hours of recency).
 */
export function engagementScore(ctx: FeedContext, video: number): number {
  const settings = ctx.scenario.feed.engagementRate;
  const videos = ctx.videos;
  const likes = visibleLikes(videos, video);
  switch (settings.formula) {
    case "rate": {
      const rate =
        (likes + settings.priorLikes) / (videos.impressions[video] + settings.priorImpressions);
      return rate * pow(ageHours(ctx, video) + 2, -settings.gravity);
    }
    case "hacker-news":
      return pow(likes, settings.likeExponent) / pow(ageHours(ctx, video) + 2, settings.gravity);
    case "reddit-hot":
      return (
        log10(Math.max(likes, 1)) + (videos.postedAt[video] * ctx.scenario.tickHours * 3600) / 45000
      );
  }
}
