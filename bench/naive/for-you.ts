import type { Random } from "../../src/deterministic/random.js";
import type { Scenario } from "../../src/scenario/schema.js";
import { runningSums } from "./running-sums.js";
import type { NaiveUser, NaiveVideo, Pick, PickReason } from "./types.js";

/** Draws before a source gives up on finding an unseen video (the engine's TRIES). */
const TRIES = 8;

/** What the naive ranker reads from its world. */
export interface NaiveFeedContext {
  readonly scenario: Scenario;
  readonly random: Random;
  readonly tick: number;
  /** The videos still eligible for feeds, oldest first. */
  readonly live: NaiveVideo[];
}

function unseen(user: NaiveUser, video: NaiveVideo): boolean {
  return !user.seen.has(video.id);
}

/**
 * The for-you feed of src/engine/rankers/for-you.ts written plainly: each tick every topic's
 * list and the trending list are rebuilt by filtering and sorting all live videos; each slot
 * picks a source, then a rank by position bias with a linear search, or the inbox's newest
 * entry, or a uniform live video; the pick is a fresh object.
 */
export class NaiveForYou {
  private byTopic: NaiveVideo[][] = [];
  private trending: NaiveVideo[] = [];
  /** Running sums of rank^α, as long as the longest list of this tick. */
  private cumulativeBias: number[] = [];
  private fresh: NaiveVideo[] = [];
  private readonly mix: number[];

  constructor(private readonly ctx: NaiveFeedContext) {
    const f = ctx.scenario.feed.forYou;
    const weights = [f.interest, f.trending, f.friends, f.fresh, f.exploration];
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    this.mix = runningSums(weights.map((w) => w / total));
    this.mix[4] = 1;
  }

  prepare(): void {
    const { scenario, live } = this.ctx;
    const { listShare, forYou } = scenario.feed;
    const top = (scored: { video: NaiveVideo; score: number }[]) =>
      scored
        .sort((a, b) => b.score - a.score || b.video.id - a.video.id)
        .slice(0, Math.max(1, Math.ceil(listShare * scored.length)))
        .map((entry) => entry.video);
    for (const video of live) video.trend *= forYou.trendingDecay;
    this.fresh = live.filter(
      (video) => video.impressions < forYou.freshAudience * scenario.population.users,
    );
    this.byTopic = [];
    for (let topic = 0; topic < scenario.population.topics; topic++) {
      const inTopic = live.filter((video) => video.topic === topic);
      this.byTopic.push(
        top(inTopic.map((video) => ({ video, score: this.engagementScore(video) }))),
      );
    }
    this.trending = top(live.map((video) => ({ video, score: video.trend })));
    const longest = Math.max(this.trending.length, ...this.byTopic.map((list) => list.length));
    this.cumulativeBias = runningSums(
      Array.from({ length: longest }, (_, r) => (r + 1) ** scenario.feed.positionBias),
    );
  }

  private engagementScore(video: NaiveVideo): number {
    const { scenario, tick } = this.ctx;
    const settings = scenario.feed.engagementRate;
    const likes = video.likes + video.botLikes;
    const age = (tick - video.postedAt) * scenario.tickHours;
    switch (settings.formula) {
      case "rate":
        return (
          ((likes + settings.priorLikes) / (video.impressions + settings.priorImpressions)) *
          (age + 2) ** -settings.gravity
        );
      case "hacker-news":
        return likes ** settings.likeExponent / (age + 2) ** settings.gravity;
      case "reddit-hot":
        return (
          Math.log10(Math.max(likes, 1)) + (video.postedAt * scenario.tickHours * 3600) / 45000
        );
    }
  }

  pick(user: NaiveUser): Pick | null {
    const source = this.ctx.random();
    if (source >= this.mix[3]) return this.uniform(user, "exploration");
    let pick: Pick | null = null;
    if (source < this.mix[0])
      pick = this.fromList(this.byTopic[this.topicFor(user)], user, "interest");
    else if (source < this.mix[1]) pick = this.fromList(this.trending, user, "trending");
    else if (source < this.mix[2]) pick = this.fromInbox(user);
    else pick = this.fromFresh(user);
    return pick ?? this.uniform(user, "fallback");
  }

  /** A topic with chance ∝ prior / topics + max(0, learned evidence), or by true interest. */
  private topicFor(user: NaiveUser): number {
    const u = this.ctx.random();
    const forYou = this.ctx.scenario.feed.forYou;
    if (forYou.interests === "oracle")
      return user.interestCdf.findIndex((c, k) => k === user.interestCdf.length - 1 || u < c);
    const weights = user.profile.map((e) => forYou.prior / user.profile.length + Math.max(0, e));
    const total = weights.reduce((a, b) => a + b, 0);
    let target = u * total;
    for (let k = 0; k < weights.length - 1; k++) {
      target -= weights[k];
      if (target < 0) return k;
    }
    return weights.length - 1;
  }

  /** What the for-you feed learns from an impression of a video of `topic`. */
  learn(user: NaiveUser, topic: number, liked: boolean, notInterested: boolean): void {
    const forYou = this.ctx.scenario.feed.forYou;
    user.profile[topic] += liked
      ? 1
      : notInterested
        ? -forYou.notInterestedPenalty
        : -forYou.skipPenalty;
  }

  private fromFresh(user: NaiveUser): Pick | null {
    for (let i = 0; this.fresh.length > 0 && i < TRIES; i++) {
      const video = this.fresh[Math.floor(this.ctx.random() * this.fresh.length)];
      if (unseen(user, video)) return { video, reason: "fresh", via: -1, viaKind: null };
    }
    return null;
  }

  private fromList(list: NaiveVideo[], user: NaiveUser, reason: PickReason): Pick | null {
    if (list.length === 0) return null;
    const cumulativeBias = this.cumulativeBias;
    for (let i = 0; i < TRIES; i++) {
      const target = this.ctx.random() * cumulativeBias[list.length - 1];
      const rank = cumulativeBias.findIndex((c) => c > target);
      const video = list[rank < 0 || rank >= list.length ? list.length - 1 : rank];
      if (unseen(user, video)) return { video, reason, via: -1, viaKind: null };
    }
    return null;
  }

  private fromInbox(user: NaiveUser): Pick | null {
    const oldest = this.ctx.tick - this.ctx.scenario.content.maxAge;
    const entry = [...user.inbox]
      .reverse()
      .find((e) => e.video.postedAt > oldest && !e.read && unseen(user, e.video));
    if (!entry) return null;
    const reason = entry.kind === "post" ? "following" : "friend";
    return { video: entry.video, reason, via: entry.via, viaKind: entry.kind };
  }

  private uniform(user: NaiveUser, reason: PickReason): Pick | null {
    const live = this.ctx.live;
    if (live.length === 0) return null;
    for (let i = 0; i < TRIES; i++) {
      const video = live[Math.floor(this.ctx.random() * live.length)];
      if (unseen(user, video)) {
        return { video, reason, via: -1, viaKind: null };
      }
    }
    return null;
  }
}
