import { REASONS } from "../types.js";
import { EngagementScore } from "./engagement-score.js";
import { type FeedContext, type Pick, type Ranker, visibleLikes } from "./feed-context.js";
import { PositionBias } from "./position-bias.js";
import { RankedList } from "./ranked-list.js";
import { pickUniform } from "./sources.js";

const ENGAGING = REASONS.indexOf("engaging");
const POPULAR = REASONS.indexOf("popular");
const FALLBACK = REASONS.indexOf("fallback");

/** One global list ranked by a per-video score computed once a tick. */
abstract class ScoredRanker implements Ranker {
  private readonly list: RankedList;
  private readonly bias: PositionBias;

  constructor(
    protected readonly ctx: FeedContext,
    private readonly reason = ENGAGING,
  ) {
    this.list = new RankedList(ctx.scenario.feed.candidates);
    this.bias = new PositionBias(ctx.scenario.feed.candidates, ctx.scenario.feed.positionBias);
  }

  protected abstract score(video: number): number;

  protected beforeScoring(): void {}

  prepare(): void {
    const { videos, liveStart } = this.ctx;
    this.beforeScoring();
    this.list.clear();
    for (let v = liveStart; v < videos.count; v++) this.list.offer(v, this.score(v));
    this.list.finish();
  }

  /** From the list by position bias; when it offers nothing unseen, a random video ("fallback"). */
  pick(user: number, out: Pick): void {
    this.list.pick(this.ctx, user, this.bias, this.reason, out);
    if (out.video < 0) pickUniform(this.ctx, user, FALLBACK, out);
  }
}

/** Most liked first: the visible like count ranks, and position bias turns rank into views. */
export class RankedPopularity extends ScoredRanker {
  constructor(ctx: FeedContext) {
    super(ctx, POPULAR);
  }

  protected score(video: number): number {
    return visibleLikes(this.ctx.videos, video);
  }
}

export class EngagementRateRanker extends ScoredRanker {
  private readonly engagement = new EngagementScore(this.ctx);

  protected score(video: number): number {
    return this.engagement.score(video);
  }
}

/**
 * The open-sourced X heavy ranker's shape: Σ weight × predicted probability. Predictions are
 * each video's observed rates shrunk toward the platform's mean rate by `priorImpressions`
 * pseudo-impressions, so a new video starts at the mean instead of at zero.
 */
export class WeightedEngagementRanker extends ScoredRanker {
  private meanLike = 0;
  private meanShare = 0;
  private meanComment = 0;
  private meanNegative = 0;

  protected override beforeScoring(): void {
    const { videos } = this.ctx;
    let impressions = 0;
    let likes = 0;
    let shares = 0;
    let comments = 0;
    let negatives = 0;
    for (let v = 0; v < videos.count; v++) {
      impressions += videos.impressions[v];
      likes += visibleLikes(videos, v);
      shares += videos.shares[v];
      comments += videos.comments[v];
      negatives += videos.negatives[v];
    }
    const n = Math.max(1, impressions);
    this.meanLike = likes / n;
    this.meanShare = shares / n;
    this.meanComment = comments / n;
    this.meanNegative = negatives / n;
  }

  protected score(video: number): number {
    const { videos, scenario } = this.ctx;
    const weights = scenario.feed.weighted;
    const prior = scenario.feed.engagementRate.priorImpressions;
    const n = videos.impressions[video] + prior;
    return (
      (weights.like * (visibleLikes(videos, video) + prior * this.meanLike) +
        weights.share * (videos.shares[video] + prior * this.meanShare) +
        weights.comment * (videos.comments[video] + prior * this.meanComment) +
        weights.negative * (videos.negatives[video] + prior * this.meanNegative)) /
      n
    );
  }
}
