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
/** The logistic function is tabled at SIGMOID_STEPS points per unit over [−SIGMOID_RANGE, SIGMOID_RANGE]. */
const SIGMOID_STEPS = 64;
const SIGMOID_RANGE = 16;
/**
 * How far the computed logistic may stray from a bracket of tabled values: far more than its
 * rounding (a few units in the last place, so it need not be exactly monotone) and than
 * the logistic's change over the rounding of a table index (slope ≤ ¼ × ~1e-14).
 */
const SIGMOID_SLACK = 1e-12;

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
  /** The logistic at x = −SIGMOID_RANGE + i / SIGMOID_STEPS, computed as `logistic` does. */
  readonly sigmoid = Float64Array.from({ length: 2 * SIGMOID_RANGE * SIGMOID_STEPS + 1 }, (_, i) =>
    logistic(i / SIGMOID_STEPS - SIGMOID_RANGE),
  );
  /** Weights read from the scenario and the logistic, tabled once: nothing to save. */
  static readonly layout = declareState<LikeDecision>({ scratch: ["friendTable", "sigmoid"] });
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
    if (this.model === QUALITY) return this.videos.quality[video];
    return logistic(this.logit(user, video, friendLikes, friendShares));
  }

  /**
   * Whether `user` likes `video` for the uniform draw u: exactly `u < probability(…)`. Under
   * the logistic model the probability lies between the tabled logistic at the grid points
   * around its logit, so unless u falls between those two values (about 1 draw in 600 in the
   * default world) the answer is known without an exponential.
   */
  likes(
    user: number,
    video: number,
    friendLikes: number,
    friendShares: number,
    u: number,
  ): boolean {
    if (this.model !== LOGISTIC)
      return u < this.probability(user, video, friendLikes, friendShares);
    const x = this.logit(user, video, friendLikes, friendShares);
    const at = (x + SIGMOID_RANGE) * SIGMOID_STEPS;
    if (at >= 0 && at < this.sigmoid.length - 1) {
      const i = Math.floor(at);
      if (u < this.sigmoid[i] - SIGMOID_SLACK) return true;
      if (u >= this.sigmoid[i + 1] + SIGMOID_SLACK) return false;
    }
    return u < logistic(x);
  }

  private logit(user: number, video: number, friendLikes: number, friendShares: number): number {
    const { pop, videos } = this;
    return (
      this.baseline +
      this.quality * videos.quality[video] +
      this.affinity * pop.affinity[user * pop.topics + videos.topic[video]] +
      this.social * pop.conformity[user] * videos.logLikes[video] +
      (friendLikes < TABLE_LIKES && friendShares < TABLE_SHARES
        ? this.friendTable[friendLikes * TABLE_SHARES + friendShares]
        : this.friendTerm(friendLikes, friendShares))
    );
  }
}

/** 1 / (1 + e^−x): the like probability for the logit x. */
function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}
