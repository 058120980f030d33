/**
 * The distribution charts' data, built in the worker from a snapshot: curves of a few hundred
 * points however many videos there are, so that drawing them costs the page the same at 400
 * users and at 400,000.
 */
import type { Snapshot } from "../engine/types.js";
import { complementaryCdf, giniSorted, lorenz, sortedAmounts, spearman } from "../metrics/index.js";
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
  /** Spearman's rank correlation of quality and likes over all videos (NaN with fewer than 2). */
  spearman: number;
}

/** Items compared across worlds at most (MusicLab's 48 songs fit). */
export const WORLD_ITEMS = 48;

/** The same items' likes in every world of a run, for small multiples. */
export interface WorldsData {
  /** Video ids, lowest quality first: the same order in every world. */
  videos: Int32Array;
  quality: Float32Array;
  /** Likes of each item, one array per world (same order as `videos`). */
  likes: Uint32Array[];
}

export interface DistributionFrame {
  tick: number;
  lorenz: LorenzData;
  ccdf: CcdfData;
  scatter: ScatterData;
  /** Like trajectories of the race's videos, sampled on the run's fixed grid of ticks. */
  trajectories: (VideoTrack & { slot: number })[];
  /** With several worlds: each world's likes of the same items. */
  worlds?: WorldsData;
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
    spearman: spearman(quality, likes),
  };
}

/**
 * Each world's likes of the same items: every video when there are at most WORLD_ITEMS (a
 * MusicLab catalogue), else the WORLD_ITEMS with the most likes over all worlds; ordered by
 * quality, so that a glance down the worlds shows whether the same items win.
 */
export function worldsData(worlds: readonly WorldLikes[]): WorldsData {
  const count = Math.min(...worlds.map((w) => w.videos.count));
  const total = (v: number) => worlds.reduce((sum, w) => sum + w.videos.likes[v], 0);
  let ids = Array.from({ length: count }, (_, v) => v);
  if (count > WORLD_ITEMS) {
    ids = ids.sort((a, b) => total(b) - total(a) || a - b).slice(0, WORLD_ITEMS);
  }
  const quality = worlds[0].videos.quality;
  ids.sort((a, b) => quality[a] - quality[b] || a - b);
  return {
    videos: Int32Array.from(ids),
    quality: Float32Array.from(ids, (v) => quality[v]),
    likes: worlds.map((w) => Uint32Array.from(ids, (v) => w.videos.likes[v])),
  };
}

/** One world's items as the worlds side by side show them (a snapshot has them too). */
export interface WorldLikes {
  videos: Pick<Snapshot["videos"], "count" | "likes" | "quality">;
}

/** `others`: the run's other worlds' likes, when it has several. */
export function distributions(
  snapshot: Snapshot,
  history: VideoHistory,
  race: readonly { video: number; slot: number }[],
  others: readonly WorldLikes[] = [],
): DistributionFrame {
  const { videos } = snapshot;
  const likes = videos.likes.subarray(0, videos.count);
  const quality = videos.quality.subarray(0, videos.count);
  const frame: DistributionFrame = {
    tick: snapshot.tick,
    lorenz: lorenzData(likes),
    ccdf: ccdfData(likes),
    scatter: scatterData(likes, quality),
    trajectories: race.map(({ video, slot }) => ({ ...history.track(video), slot })),
  };
  if (others.length > 0) frame.worlds = worldsData([snapshot, ...others]);
  return frame;
}
