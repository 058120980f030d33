import { declareState } from "../state/layout.js";
import type { VideoStore } from "../videos.js";
import { visibleLikes } from "./feed-context.js";
import { SCORED_PARTS, ScoredRanker } from "./scored-ranker.js";

/** The signals X's heavy ranker weighs that the model has, in the order of `baseRates`. */
export const SIGNALS = ["like", "share", "comment", "negative"] as const;

function counts(videos: VideoStore, video: number, out: Float64Array): void {
  out[0] = visibleLikes(videos, video);
  out[1] = videos.shares[video];
  out[2] = videos.comments[video];
  out[3] = videos.negatives[video];
}

/**
 * The open-sourced X heavy ranker's shape: Σ weight × predicted probability, one term per
 * signal. A video's predicted probability of a signal is its observed rate shrunk toward the
 * platform's base rate by `priorImpressions` pseudo-impressions, so a new video starts at the
 * base rate instead of at zero. The base rates are the platform's, over every video so far.
 * With `normalise`, each weight is divided by its signal's base rate, so a weight is what its
 * term adds for a video at the base rates (X's authors set weights near 1 / mean rate so that
 * every signal counts about equally; copying their numbers without their rates does not).
 */
export class WeightedEngagementRanker extends ScoredRanker {
  /** Each signal's events per impression on the platform, over every video so far. */
  readonly baseRates = new Float64Array(SIGNALS.length);
  /** The weight each predicted probability is multiplied by this tick. */
  readonly weights = new Float64Array(SIGNALS.length);
  /** Impressions and signals of the videos that have left the feeds (their counts are final). */
  readonly retired = new Float64Array(SIGNALS.length + 1);
  retiredUpTo = 0;
  readonly row = new Float64Array(SIGNALS.length);
  override readonly layout = declareState<WeightedEngagementRanker>({
    arrays: ["retired"],
    numbers: ["retiredUpTo"],
    scratch: ["baseRates", "weights", "row"],
    parts: SCORED_PARTS,
  });

  protected override beforeScoring(): void {
    const { videos, liveStart, scenario } = this.ctx;
    for (; this.retiredUpTo < liveStart; this.retiredUpTo++) {
      counts(videos, this.retiredUpTo, this.row);
      this.retired[0] += videos.impressions[this.retiredUpTo];
      for (let e = 0; e < SIGNALS.length; e++) this.retired[e + 1] += this.row[e];
    }
    let impressions = this.retired[0];
    this.baseRates.set(this.retired.subarray(1));
    for (let v = liveStart; v < videos.count; v++) {
      counts(videos, v, this.row);
      impressions += videos.impressions[v];
      for (let e = 0; e < SIGNALS.length; e++) this.baseRates[e] += this.row[e];
    }
    const { weighted } = scenario.feed;
    const given = [weighted.like, weighted.share, weighted.comment, weighted.negative];
    for (let e = 0; e < SIGNALS.length; e++) {
      this.baseRates[e] /= Math.max(1, impressions);
      const base = this.baseRates[e];
      this.weights[e] = !weighted.normalise ? given[e] : base > 0 ? given[e] / base : 0;
    }
  }

  /** The predicted probability of each signal for `video`, into `out`. */
  predict(video: number, out: Float64Array): void {
    const { videos, scenario } = this.ctx;
    const prior = scenario.feed.engagementRate.priorImpressions;
    counts(videos, video, out);
    const n = videos.impressions[video] + prior;
    for (let e = 0; e < SIGNALS.length; e++) out[e] = (out[e] + prior * this.baseRates[e]) / n;
  }

  /** The weight each predicted probability is multiplied by (after normalisation). */
  weight(signal: number): number {
    return this.weights[signal];
  }

  protected score(video: number): number {
    this.predict(video, this.row);
    let score = 0;
    for (let e = 0; e < SIGNALS.length; e++) score += this.weights[e] * this.row[e];
    return score;
  }
}
