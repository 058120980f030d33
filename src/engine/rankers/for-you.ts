import { REASONS } from "../types.js";
import { EngagementScore } from "./engagement-score.js";
import type { FeedContext, Pick, Ranker } from "./feed-context.js";
import { PositionBias } from "./position-bias.js";
import { RankedList } from "./ranked-list.js";
import { pickFromInbox, pickUniform } from "./sources.js";
import { VideoColumn } from "./video-column.js";

const INTEREST = REASONS.indexOf("interest");
const TRENDING = REASONS.indexOf("trending");
const EXPLORATION = REASONS.indexOf("exploration");
const FALLBACK = REASONS.indexOf("fallback");

/**
 * A personalised mix, one source per slot: the best videos in a topic the user likes
 * (drawn from its interests), what is gaining likes fastest, the inbox (followed creators,
 * friends' likes), or a random eligible video. Each pick records its source as its reason;
 * a source with nothing unseen left gives the slot to a random video, as "fallback".
 */
export class ForYouRanker implements Ranker {
  private readonly byTopic: RankedList[];
  private readonly trending: RankedList;
  private readonly bias: PositionBias;
  private readonly engagement: EngagementScore;
  /** Like velocity per video, decayed each tick: what "trending" ranks by. */
  private readonly trend = new VideoColumn(Float32Array);
  /** Cumulative source weights: interest, trending, friends, exploration. */
  private readonly mix = new Float64Array(4);

  constructor(private readonly ctx: FeedContext) {
    const { feed } = ctx.scenario;
    this.byTopic = Array.from({ length: ctx.pop.topics }, () => new RankedList(feed.candidates));
    this.trending = new RankedList(feed.candidates);
    this.bias = new PositionBias(feed.candidates, feed.positionBias);
    this.engagement = new EngagementScore(ctx);
    const weights = [
      feed.forYou.interest,
      feed.forYou.trending,
      feed.forYou.friends,
      feed.forYou.exploration,
    ];
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    let sum = 0;
    weights.forEach((w, i) => {
      sum += w / total;
      this.mix[i] = sum;
    });
    this.mix[3] = 1;
  }

  prepare(): void {
    const { videos, liveStart } = this.ctx;
    const trend = this.trend.fit(videos.count);
    const decay = this.ctx.scenario.feed.forYou.trendingDecay;
    for (const list of this.byTopic) list.clear();
    this.trending.clear();
    for (let v = liveStart; v < videos.count; v++) {
      trend[v] *= decay;
      this.byTopic[videos.topic[v]].offer(v, this.engagement.score(v));
      this.trending.offer(v, trend[v]);
    }
    for (const list of this.byTopic) list.finish();
    this.trending.finish();
  }

  private topicFor(user: number): number {
    const { pop } = this.ctx;
    const u = this.ctx.ranking();
    const from = user * pop.topics;
    for (let k = 0; k < pop.topics - 1; k++) if (u < pop.interestCdf[from + k]) return k;
    return pop.topics - 1;
  }

  pick(user: number, out: Pick): void {
    const ctx = this.ctx;
    const source = ctx.ranking();
    if (source >= this.mix[2]) {
      pickUniform(ctx, user, EXPLORATION, out);
      return;
    }
    if (source < this.mix[0]) {
      this.byTopic[this.topicFor(user)].pick(ctx, user, this.bias, INTEREST, out);
    } else if (source < this.mix[1]) {
      this.trending.pick(ctx, user, this.bias, TRENDING, out);
    } else {
      pickFromInbox(ctx, user, out);
    }
    if (out.video < 0) pickUniform(ctx, user, FALLBACK, out);
  }

  onLike(video: number): void {
    this.trend.values[video]++;
  }
}
