import type { Random } from "../../src/deterministic/random.js";

/**
 * The naive reference's agents: plain objects with Sets, Maps and arrays, the way the model
 * reads when written without any thought for memory layout. One object per user, creator,
 * video, inbox entry and impression.
 */

export type InboxKind = "post" | "like" | "share";

export interface InboxEntry {
  video: NaiveVideo;
  /** The creator who posted it or the friend who liked or shared it. */
  via: number;
  kind: InboxKind;
  /** The user has watched the video. */
  read: boolean;
}

export interface CreatorLikeCount {
  creator: number;
  count: number;
}

export interface NaiveUser {
  id: number;
  /** Interest in each topic relative to the strongest, in [0, 1]. */
  interests: number[];
  interestCdf: number[];
  mainTopic: number;
  activity: number;
  conformity: number;
  creator: NaiveCreator | null;
  following: Set<number>;
  followers: number[];
  /** Every video the user has watched. */
  seen: Set<number>;
  /** The last arrivals, oldest first, read or not. */
  inbox: InboxEntry[];
  /** A few creators this user keeps liking, for follows. */
  creatorLikes: CreatorLikeCount[];
  topicCounts: number[];
  /** The for-you feed's learned evidence per topic. */
  profile: number[];
  likesGiven: number;
  /** Left the platform for now. */
  away: boolean;
}

export interface NaiveCreator {
  id: number;
  user: number;
  skill: number;
  topics: number[];
  /** The tick it starts posting (0 for the initial creators). */
  joinsAt: number;
  satisfaction: number;
  motivation: number;
  active: boolean;
  quit: boolean;
  lowTicks: number;
  judged: number;
  likes: number;
  posts: number;
  /** Its own content stream, made on its first post. */
  content?: Random;
}

export interface NaiveVideo {
  id: number;
  creator: NaiveCreator;
  topic: number;
  quality: number;
  postedAt: number;
  impressions: number;
  impressionsBefore: number;
  likes: number;
  botLikes: number;
  shares: number;
  comments: number;
  negatives: number;
  socialLikes: number;
  viralAt: number;
  trend: number;
  judged: boolean;
}

export type PickReason =
  | "interest"
  | "trending"
  | "following"
  | "friend"
  | "fresh"
  | "exploration"
  | "fallback";

/** What the ranker hands back for a slot. */
export interface Pick {
  video: NaiveVideo;
  reason: PickReason;
  via: number;
  viaKind: InboxKind | null;
}

/** One impression, as an event object. */
export interface Impression extends Pick {
  user: NaiveUser;
  tick: number;
  liked: boolean;
}

/** The per-tick counters and measures, one row object per tick. */
export interface NaiveTickRow {
  tick: number;
  impressions: number;
  likes: number;
  likeRate: number;
  shares: number;
  posts: number;
  newFollows: number;
  activeCreators: number;
  meanMotivation: number;
  presentUsers: number;
  viralCount: number;
  topShareImpressions: number;
  giniVideos?: number;
  giniCreators?: number;
  top1Share?: number;
  qualitySpearman?: number;
  feedDiversity?: number;
}
