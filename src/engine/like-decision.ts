import { exp, log1p } from "../deterministic/exact-math.js";
import type { Scenario } from "../scenario/schema.js";
import type { Population } from "./population.js";
import { INBOX_LIKE, INBOX_SHARE } from "./user-memory.js";
import type { VideoStore } from "./videos.js";

const LOGISTIC = 0;
const QUALITY = 1;
const CONSTANT = 2;

/**
 * The like decision with its weights read once from the scenario:
 * p = σ(baseline + quality·q + affinity·a + socialProof·conformity·log(1+likes)/log(1+ref)
 *       + friendLiked·[a friend liked it, × shareWeight if shared]).
 */
export class LikeDecision {
  private readonly model: number;
  private readonly constant: number;
  private readonly baseline: number;
  private readonly quality: number;
  private readonly affinity: number;
  private readonly social: number;
  private readonly friendLike: number;
  private readonly friendShare: number;

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
    this.friendLike = behaviour.friendLiked;
    this.friendShare = behaviour.friendLiked * behaviour.shareWeight;
  }

  /** `viaKind` says how the video reached the user (an INBOX_* kind, or -1 from the ranker). */
  probability(user: number, video: number, viaKind: number): number {
    if (this.model === CONSTANT) return this.constant;
    const videos = this.videos;
    if (this.model === QUALITY) return videos.quality[video];
    const pop = this.pop;
    const x =
      this.baseline +
      this.quality * videos.quality[video] +
      this.affinity * pop.affinity[user * pop.topics + videos.topic[video]] +
      this.social * pop.conformity[user] * videos.logLikes[video] +
      (viaKind === INBOX_LIKE ? this.friendLike : viaKind === INBOX_SHARE ? this.friendShare : 0);
    return 1 / (1 + exp(-x));
  }
}
