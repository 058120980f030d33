import { exp, log1p } from "../deterministic/exact-math.js";
import type { Scenario } from "../scenario/schema.js";
import type { Population } from "./population.js";
import type { VideoStore } from "./videos.js";

const LOGISTIC = 0;
const QUALITY = 1;
const CONSTANT = 2;

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
  }

  /** The chance that `user` likes `video`, which `friendLikes` and `friendShares` of its followees liked or shared. */
  probability(user: number, video: number, friendLikes: number, friendShares: number): number {
    if (this.model === CONSTANT) return this.constant;
    const videos = this.videos;
    if (this.model === QUALITY) return videos.quality[video];
    const pop = this.pop;
    const friends = friendLikes + this.shareWeight * friendShares;
    const x =
      this.baseline +
      this.quality * videos.quality[video] +
      this.affinity * pop.affinity[user * pop.topics + videos.topic[video]] +
      this.social * pop.conformity[user] * videos.logLikes[video] +
      (friends > 0 ? this.friend * log1p(friends) : 0);
    return 1 / (1 + exp(-x));
  }
}
