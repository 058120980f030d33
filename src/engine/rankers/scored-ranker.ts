import { declareState, type Layout } from "../state/layout.js";
import { REASONS } from "../types.js";
import { EngagementScore } from "./engagement-score.js";
import { type FeedContext, type Pick, type Ranker, visibleLikes } from "./feed-context.js";
import { PositionBias } from "./position-bias.js";
import { RankedList } from "./ranked-list.js";
import { pickUniform } from "./sources.js";

const ENGAGING = REASONS.indexOf("engaging");
const POPULAR = REASONS.indexOf("popular");
const FALLBACK = REASONS.indexOf("fallback");

/** What every scored ranker holds: a list and a position bias, both rebuilt per tick. */
export const SCORED_PARTS = { list: RankedList.layout, bias: PositionBias.layout };

/** The length a ranked list keeps of `n` videos: `feed.listShare` of them, at least one. */
export function listLength(share: number, n: number): number {
  return Math.max(1, Math.ceil(share * n));
}

/** One global list ranked by a per-video score computed once a tick. */
export abstract class ScoredRanker implements Ranker {
  readonly list = new RankedList();
  readonly bias: PositionBias;
  readonly layout: Layout = declareState<ScoredRanker>({ parts: SCORED_PARTS });

  constructor(
    protected readonly ctx: FeedContext,
    private readonly reason = ENGAGING,
  ) {
    this.bias = new PositionBias(ctx.scenario.feed.positionBias);
  }

  protected abstract score(video: number): number;

  protected beforeScoring(): void {}

  prepare(): void {
    const { videos, liveStart, scenario } = this.ctx;
    this.beforeScoring();
    this.list.clear(listLength(scenario.feed.listShare, videos.count - liveStart));
    this.bias.fit(this.list.capacity);
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
  readonly engagement = new EngagementScore(this.ctx);
  override readonly layout = declareState<EngagementRateRanker>({
    parts: { ...SCORED_PARTS, engagement: EngagementScore.layout },
  });

  protected score(video: number): number {
    return this.engagement.score(video);
  }
}
