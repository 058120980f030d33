import { log10, pow } from "../../deterministic/exact-math.js";
import { declareState } from "../state/layout.js";
import { type FeedContext, visibleLikes } from "./feed-context.js";

/** Age tables longer than this are not worth their memory; older ages are computed. */
const MAX_TABLE = 10_000;

/**
 * The engagement-rate scores (docs/model.md): a smoothed like rate decayed by age, the
 * Hacker News gravity formula, or Reddit's hot formula (ten times the likes is worth
 * 12.5 hours of recency). The age decay (age in hours + 2)^−gravity depends only on a
 * video's age in ticks, so it is tabled once instead of a power per video per tick.
 */
export class EngagementScore {
  readonly decay: Float64Array;
  /** A table of the scenario's age decay: nothing to save. */
  static readonly layout = declareState<EngagementScore>({ scratch: ["decay"] });

  constructor(private readonly ctx: FeedContext) {
    const { feed, content, tickHours } = ctx.scenario;
    this.decay = new Float64Array(Math.min(content.maxAge + 1, MAX_TABLE));
    for (let age = 0; age < this.decay.length; age++) {
      this.decay[age] = pow(age * tickHours + 2, -feed.engagementRate.gravity);
    }
  }

  private ageDecay(video: number): number {
    const age = this.ctx.tick - this.ctx.videos.postedAt[video];
    if (age < this.decay.length) return this.decay[age];
    const { tickHours, feed } = this.ctx.scenario;
    return pow(age * tickHours + 2, -feed.engagementRate.gravity);
  }

  score(video: number): number {
    const settings = this.ctx.scenario.feed.engagementRate;
    const videos = this.ctx.videos;
    const likes = visibleLikes(videos, video);
    switch (settings.formula) {
      case "rate":
        return (
          ((likes + settings.priorLikes) /
            (videos.impressions[video] + settings.priorImpressions)) *
          this.ageDecay(video)
        );
      case "hacker-news":
        return pow(likes, settings.likeExponent) * this.ageDecay(video);
      case "reddit-hot":
        return (
          log10(Math.max(likes, 1)) +
          (videos.postedAt[video] * this.ctx.scenario.tickHours * 3600) / 45000
        );
    }
  }
}
