import type { Scenario } from "../../scenario/schema.js";
import type { Population } from "../population.js";
import { declareState } from "../state/layout.js";

/**
 * What the for-you feed believes each user likes, learned from the feed's own log of the
 * user: per topic, `prior / topics` pseudo-likes (a symmetric Dirichlet prior) plus the
 * evidence, floored at 0: +1 per like, −skipPenalty per impression without a like or a "not
 * interested", −notInterestedPenalty per "not interested". A slot of the interest source
 * draws a topic with chance proportional to that weight. The evidence is not divided by the
 * impressions: the feed counts what the user engaged with among what it chose to show, so a
 * topic it shows more collects more likes and is shown more still (the feedback loop of
 * recommenders trained on their own logs, Chaney et al. 2018). With `interests: "oracle"` it
 * draws from the user's true interests instead.
 */
export class InterestProfile {
  readonly evidence: Float32Array;
  /** Σ over topics of floor + max(0, evidence), per user, kept as evidence changes. */
  readonly total: Float64Array;

  static readonly layout = declareState<InterestProfile>({ arrays: ["evidence", "total"] });
  private readonly topics: number;
  private readonly floor: number;
  private readonly oracle: boolean;

  constructor(
    private readonly pop: Population,
    private readonly settings: Scenario["feed"]["forYou"],
    users: number,
  ) {
    this.topics = pop.topics;
    this.floor = settings.prior / pop.topics;
    this.oracle = settings.interests === "oracle";
    const rows = this.oracle ? 0 : users;
    this.evidence = new Float32Array(rows * pop.topics);
    this.total = new Float64Array(rows).fill(settings.prior);
  }

  /** A topic for the user's next interest slot, from one uniform draw u. */
  drawTopic(user: number, u: number): number {
    const t = this.topics;
    const from = user * t;
    if (this.oracle) {
      const cdf = this.pop.interestCdf;
      for (let k = 0; k < t - 1; k++) if (u < cdf[from + k]) return k;
      return t - 1;
    }
    const evidence = this.evidence;
    let target = u * this.total[user];
    for (let k = 0; k < t - 1; k++) {
      target -= this.floor + Math.max(0, evidence[from + k]);
      if (target < 0) return k;
    }
    return t - 1;
  }

  /** Reads the user's row (see Ranker.warm). */
  warm(user: number): number {
    const cdf = this.oracle ? this.pop.interestCdf : this.evidence;
    return cdf[user * this.topics] + (this.oracle ? 0 : this.total[user]);
  }

  /** The user saw a video of `topic` and liked it, marked it "not interested", or neither. */
  learn(user: number, topic: number, liked: boolean, notInterested: boolean): void {
    if (this.oracle) return;
    const s = this.settings;
    const at = user * this.topics + topic;
    const before = this.evidence[at];
    this.evidence[at] =
      before + (liked ? 1 : notInterested ? -s.notInterestedPenalty : -s.skipPenalty);
    this.total[user] += Math.max(0, this.evidence[at]) - Math.max(0, before);
  }

  /** The learned weight of each topic for `user` (the topic draw's odds), into `out`. */
  weights(user: number, out: Float64Array): void {
    const from = user * this.topics;
    for (let k = 0; k < this.topics; k++) {
      out[k] = this.oracle
        ? this.pop.interestCdf[from + k] - (k > 0 ? this.pop.interestCdf[from + k - 1] : 0)
        : this.floor + Math.max(0, this.evidence[from + k]);
    }
  }
}
