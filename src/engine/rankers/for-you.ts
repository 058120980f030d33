import type { Scenario } from "../../scenario/schema.js";
import { declareState } from "../state/layout.js";
import { REASONS } from "../types.js";
import { EngagementScore } from "./engagement-score.js";
import type { FeedContext, Pick, Ranker } from "./feed-context.js";
import { InterestProfile } from "./interest-profile.js";
import { PositionBias } from "./position-bias.js";
import { RankedList } from "./ranked-list.js";
import { listLength } from "./scored-ranker.js";
import { pickAmong, pickFromInbox, pickUniform } from "./sources.js";
import { VideoColumn } from "./video-column.js";

const INTEREST = REASONS.indexOf("interest");
const TRENDING = REASONS.indexOf("trending");
const FRESH = REASONS.indexOf("fresh");
const EXPLORATION = REASONS.indexOf("exploration");
const FALLBACK = REASONS.indexOf("fallback");
const SOURCES = 5;

type ForYouSettings = Scenario["feed"]["forYou"];

/**
 * A personalised feed in the shape of a two-stage recommender. Each slot first draws a
 * source (candidate retrieval from a bounded pool), with chances proportional to its weight:
 * - interest: a topic drawn from what the feed believes the user likes (InterestProfile),
 *   then that topic's live videos ranked by the engagement score;
 * - trending: the live videos ranked by like velocity;
 * - friends: the inbox (followed creators' posts, friends' likes), newest first;
 * - fresh: a live video that has not yet reached its first audience, uniformly;
 * - exploration: any live video, uniformly.
 * Within a ranked pool, position bias turns rank into the chance of the slot. Every pool is
 * a share of the live videos (`feed.listShare`, `feed.forYou.freshAudience`). A source with
 * nothing unseen left gives the slot to a random video, as "fallback".
 */
export class ForYouRanker implements Ranker {
  readonly byTopic: RankedList[];
  readonly trending = new RankedList();
  readonly bias: PositionBias;
  readonly engagement: EngagementScore;
  readonly profile: InterestProfile;
  /** Like velocity per video, decayed each tick: what "trending" ranks by. */
  readonly trend = new VideoColumn(Float32Array);
  /** Live videos that still need a first audience, as of the start of the tick. */
  fresh = new Int32Array(256);
  private freshCount = 0;
  readonly perTopic: Int32Array;
  /** Cumulative source weights: interest, trending, friends, fresh, exploration. */
  readonly mix = new Float64Array(SOURCES);
  /** The trend and the learned interests persist; the lists are rebuilt every tick. */
  readonly layout = declareState<ForYouRanker>({
    scratch: ["fresh", "perTopic", "mix"],
    parts: {
      trend: VideoColumn.layout,
      profile: InterestProfile.layout,
      byTopic: RankedList.layout,
      trending: RankedList.layout,
      bias: PositionBias.layout,
      engagement: EngagementScore.layout,
    },
  });

  constructor(private readonly ctx: FeedContext) {
    const { feed, population } = ctx.scenario;
    this.byTopic = Array.from({ length: ctx.pop.topics }, () => new RankedList());
    this.perTopic = new Int32Array(ctx.pop.topics);
    this.bias = new PositionBias(feed.positionBias);
    this.engagement = new EngagementScore(ctx);
    this.profile = new InterestProfile(ctx.pop, feed.forYou, population.users);
    this.setMix(feed.forYou);
  }

  /** The sources' chances from their weights (all zero: exploration only). */
  setMix(f: ForYouSettings): void {
    const weights = [f.interest, f.trending, f.friends, f.fresh, f.exploration];
    const total = weights.reduce((a, b) => a + b, 0);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += total > 0 ? w / total : i === SOURCES - 1 ? 1 : 0;
      this.mix[i] = sum;
    });
    this.mix[SOURCES - 1] = 1;
  }

  prepare(): void {
    const { videos, liveStart, scenario, pop } = this.ctx;
    const { listShare, forYou } = scenario.feed;
    const trend = this.trend.fit(videos.count);
    const live = videos.count - liveStart;
    this.perTopic.fill(0);
    for (let v = liveStart; v < videos.count; v++) this.perTopic[videos.topic[v]]++;
    for (let t = 0; t < pop.topics; t++)
      this.byTopic[t].clear(listLength(listShare, this.perTopic[t]));
    this.trending.clear(listLength(listShare, live));
    this.bias.fit(this.trending.capacity);
    if (this.fresh.length < live) this.fresh = new Int32Array(2 * live);
    this.freshCount = 0;
    const firstAudience = forYou.freshAudience * pop.users;
    for (let v = liveStart; v < videos.count; v++) {
      trend[v] *= forYou.trendingDecay;
      this.byTopic[videos.topic[v]].offer(v, this.engagement.score(v));
      this.trending.offer(v, trend[v]);
      if (videos.impressions[v] < firstAudience) this.fresh[this.freshCount++] = v;
    }
    for (const list of this.byTopic) list.finish();
    this.trending.finish();
  }

  pick(user: number, out: Pick): void {
    const ctx = this.ctx;
    const source = ctx.ranking();
    if (source >= this.mix[3]) {
      pickUniform(ctx, user, EXPLORATION, out);
      return;
    }
    if (source < this.mix[0]) {
      const topic = this.profile.drawTopic(user, ctx.ranking());
      this.byTopic[topic].pick(ctx, user, this.bias, INTEREST, out);
    } else if (source < this.mix[1]) {
      this.trending.pick(ctx, user, this.bias, TRENDING, out);
    } else if (source < this.mix[2]) {
      pickFromInbox(ctx, user, out);
    } else {
      pickAmong(ctx, user, this.fresh, this.freshCount, FRESH, out);
    }
    if (out.video < 0) pickUniform(ctx, user, FALLBACK, out);
  }

  onLike(video: number): void {
    this.trend.values[video]++;
  }

  /** Likes taken away no longer count toward the trend. */
  onLikesRemoved(video: number, likes: number): void {
    const values = this.trend.values;
    if (video < values.length) values[video] = Math.max(0, values[video] - likes);
  }

  onImpression(user: number, video: number, liked: boolean, notInterested: boolean): void {
    this.profile.learn(user, this.ctx.videos.topic[video], liked, notInterested);
  }
}
