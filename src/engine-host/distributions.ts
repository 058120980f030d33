/**
 * The distribution charts' data, built in the worker from a snapshot: curves of a few hundred
 * points however many videos there are, so that drawing them costs the page the same at 400
 * users and at 400,000.
 */
import type { Snapshot } from "../engine/types.js";
import { complementaryCdf, giniSorted, lorenz, sortedAmounts } from "../metrics/index.js";
import type { VideoHistory, VideoTrack } from "./video-history.js";

/** Points on a Lorenz curve: smooth at any width. */
export const LORENZ_POINTS = 200;
/** Points on the CCDF at most, spread evenly on its log axis. */
export const CCDF_POINTS = 200;
/** Dots in the scatter at most; past it, one video in every k is drawn (k the same for all). */
export const MAX_DOTS = 1000;

export interface LorenzData {
  x: Float64Array;
  y: Float64Array;
  gini: number;
  videos: number;
}

export interface CcdfData {
  /** Likes x ≥ 1 and the share of videos with at least x likes, thinned on the log axis. */
  x: Float64Array;
  p: Float64Array;
  videos: number;
  /** Videos with no likes (not on a log axis). */
  zeros: number;
  /** Likes of the most liked video. */
  top: number;
}

export interface ScatterData {
  quality: Float32Array;
  likes: Uint32Array;
  /** One video in every `stride` is drawn. */
  stride: number;
  videos: number;
  /** Mean quality of all videos and of the most liked 1% (NaN with none). */
  meanQuality: number;
  topQuality: number;
}

export interface DistributionFrame {
  tick: number;
  lorenz: LorenzData;
  ccdf: CcdfData;
  scatter: ScatterData;
  /** Like trajectories of the race's videos, sampled on the run's fixed grid of ticks. */
  trajectories: (VideoTrack & { slot: number })[];
}

export function lorenzData(likes: ArrayLike<number>): LorenzData {
  const sorted = sortedAmounts(likes, "Lorenz chart");
  const curve = lorenz(sorted, LORENZ_POINTS);
  return {
    ...curve,
    gini: sorted.length > 0 ? giniSorted(sorted) : Number.NaN,
    videos: likes.length,
  };
}

export function ccdfData(likes: ArrayLike<number>): CcdfData {
  const { x, p } = complementaryCdf(likes);
  const top = x.length > 0 ? x[x.length - 1] : 0;
  const step = Math.log(Math.max(top, 2)) / CCDF_POINTS;
  const keep: number[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < x.length; k++) {
    if (x[k] < 1 || p[k] <= 0) continue;
    const at = Math.log(x[k]);
    if (at - last >= step || k === x.length - 1) {
      keep.push(k);
      last = at;
    }
  }
  let zeros = 0;
  for (let v = 0; v < likes.length; v++) if (likes[v] === 0) zeros++;
  return {
    x: Float64Array.from(keep, (k) => x[k]),
    p: Float64Array.from(keep, (k) => p[k]),
    videos: likes.length,
    zeros,
    top,
  };
}

/** Mean quality of the most liked 1% (at least one video; ties: the earlier video first). */
function topPercentQuality(likes: ArrayLike<number>, quality: ArrayLike<number>): number {
  const n = likes.length;
  const take = Math.max(1, Math.floor(n / 100));
  const order = Int32Array.from({ length: n }, (_, v) => v);
  order.sort((a, b) => likes[b] - likes[a] || a - b);
  let sum = 0;
  for (let i = 0; i < take; i++) sum += quality[order[i]];
  return sum / take;
}

export function scatterData(likes: ArrayLike<number>, quality: ArrayLike<number>): ScatterData {
  const n = likes.length;
  const stride = Math.max(1, Math.ceil(n / MAX_DOTS));
  const drawn = Math.ceil(n / stride);
  let sum = 0;
  for (let v = 0; v < n; v++) sum += quality[v];
  return {
    quality: Float32Array.from({ length: drawn }, (_, i) => quality[i * stride]),
    likes: Uint32Array.from({ length: drawn }, (_, i) => likes[i * stride]),
    stride,
    videos: n,
    meanQuality: n > 0 ? sum / n : Number.NaN,
    topQuality: n > 0 ? topPercentQuality(likes, quality) : Number.NaN,
  };
}

export function distributions(
  snapshot: Snapshot,
  history: VideoHistory,
  race: readonly { video: number; slot: number }[],
): DistributionFrame {
  const { videos } = snapshot;
  const likes = videos.likes.subarray(0, videos.count);
  const quality = videos.quality.subarray(0, videos.count);
  return {
    tick: snapshot.tick,
    lorenz: lorenzData(likes),
    ccdf: ccdfData(likes),
    scatter: scatterData(likes, quality),
    trajectories: race.map(({ video, slot }) => ({ ...history.track(video), slot })),
  };
}
