import { exp, log1p } from "../deterministic/exact-math.js";
import type { Scenario } from "../scenario/schema.js";
import type { Population } from "./population.js";
import { declareState } from "./state/layout.js";
import type { VideoStore } from "./videos.js";

const LOGISTIC = 0;
const QUALITY = 1;
const CONSTANT = 2;
/** Friends' likes and shares up to which the friend term is tabled (one log per pair, not per view). */
const TABLE_LIKES = 16;
const TABLE_SHARES = 4;

/**
 * The like decision with its weights read once from the scenario:
 * p = σ(baseline + quality·q + affinity·a + socialProof·conformity·log(1+likes)/log(1+ref)
 *       + friendLiked·log2(1 + friends' likes + shareWeight·friends' shares)).
 * The friends' likes and shares are counted among the user's inbox arrivals, whatever feed
 * brought the video.
 */
export class LikeDecision {
  private readonly model: number;
  private readonly constant: number;
  private readonly baseline: number;
  private readonly quality: number;
  private readonly affinity: number;
  private readonly social: number;
  /** friendLiked / ln 2, so that one friend's like adds exactly friendLiked. */
  private readonly friend: number;
  private readonly shareWeight: number;
  /** The friend term for likes · TABLE_SHARES + shares, both under the table's bounds. */
  readonly friendTable = new Float64Array(TABLE_LIKES * TABLE_SHARES);
  /** Weights read from the scenario, tabled once: nothing to save. */
  static readonly layout = declareState<LikeDecision>({ scratch: ["friendTable"] });
  /** Whether the friends' likes must be counted at all. */
  readonly readsFriends: boolean;

  constructor(
    behaviour: Scenario["behaviour"],
    private readonly pop: Population,
    private readonly videos: VideoStore,
  ) {
    this.model =
      behaviour.likeModel === "logistic"
        ? LOGISTIC
        : behaviour.likeModel === "quality"
          ? QUALITY
          : CONSTANT;
    this.constant = behaviour.likeProbability;
    this.baseline = behaviour.baseline;
    this.quality = behaviour.quality;
    this.affinity = behaviour.affinity;
    this.social = behaviour.socialProof / log1p(behaviour.referenceLikes);
    this.friend = behaviour.friendLiked / log1p(1);
    this.shareWeight = behaviour.shareWeight;
    this.readsFriends = this.model === LOGISTIC && behaviour.friendLiked !== 0;
    for (let likes = 0; likes < TABLE_LIKES; likes++) {
      for (let shares = 0; shares < TABLE_SHARES; shares++) {
        this.friendTable[likes * TABLE_SHARES + shares] = this.friendTerm(likes, shares);
      }
    }
  }

  private friendTerm(likes: number, shares: number): number {
    const friends = likes + this.shareWeight * shares;
    return friends > 0 ? this.friend * log1p(friends) : 0;
  }

  /** The chance that `user` likes `video`, which `friendLikes` and `friendShares` of its followees liked or shared. */
  probability(user: number, video: number, friendLikes: number, friendShares: number): number {
    if (this.model === CONSTANT) return this.constant;
    const videos = this.videos;
    if (this.model === QUALITY) return videos.quality[video];
    const pop = this.pop;
    const x =
      this.baseline +
      this.quality * videos.quality[video] +
      this.affinity * pop.affinity[user * pop.topics + videos.topic[video]] +
      this.social * pop.conformity[user] * videos.logLikes[video] +
      (friendLikes < TABLE_LIKES && friendShares < TABLE_SHARES
        ? this.friendTable[friendLikes * TABLE_SHARES + friendShares]
        : this.friendTerm(friendLikes, friendShares));
    return 1 / (1 + exp(-x));
  }
}
