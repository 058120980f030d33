import { powerLawFit } from "./power-law.js";
import { complementaryCdf } from "./size-distribution.js";
import { timeToViral } from "./time-to-viral.js";

/**
 * The heavy-tail measures of a run, beyond the summary: how the likes per video are spread
 * (a video's likes are the size of its cascade through the graph), the power-law fit of that
 * tail and how long hits took. `likesim run --extended` prints them and `likesim compare
 * --extended` compares them; docs/model.md explains each.
 */
export const EXTENDED_NAMES = [
  "likesTailAlpha",
  "likesTailFrom",
  "likesTailVideos",
  "likesTailKs",
  "timeToViralMedian",
  "timeToViralMean",
  "shareAtLeast1Like",
  "shareAtLeast10Likes",
  "shareAtLeast100Likes",
  "shareAtLeast1000Likes",
] as const;
export type ExtendedName = (typeof EXTENDED_NAMES)[number];
/** Extended measures; NaN where undefined (no tail to fit, no video went viral). */
export type ExtendedSummary = Record<ExtendedName, number>;

/** The videos of one world, as a snapshot holds them. */
export interface VideoLikes {
  count: number;
  likes: ArrayLike<number>;
  postedAt: Int32Array;
  viralAt: Int32Array;
}

const DECADES = [
  ["shareAtLeast1Like", 1],
  ["shareAtLeast10Likes", 10],
  ["shareAtLeast100Likes", 100],
  ["shareAtLeast1000Likes", 1000],
] as const;

/** The complementary CDF P(X ≥ k) read off at k, from its distinct values x ascending. */
function atLeast(ccdf: { x: Float64Array; p: Float64Array }, k: number): number {
  for (let i = 0; i < ccdf.x.length; i++) if (ccdf.x[i] >= k) return ccdf.p[i];
  return 0;
}

/**
 * One world's extended measures: the Clauset–Shalizi–Newman tail fit of likes per video
 * (videos with at least one like), the median and mean ticks from posting to the viral bar,
 * and the share of all videos with at least 1, 10, 100 and 1,000 likes. Allocates copies of
 * the likes (a few arrays of the video count); about 50 ms for 3,000 videos.
 */
export function extendedSummary(videos: VideoLikes): ExtendedSummary {
  const likes = Float64Array.from({ length: videos.count }, (_, i) => videos.likes[i]);
  const tail = powerLawFit(likes);
  const viral = timeToViral(videos.postedAt, videos.viralAt, videos.count);
  const ccdf = complementaryCdf(likes);
  const summary = {
    likesTailAlpha: tail.alpha,
    likesTailFrom: tail.xmin,
    likesTailVideos: tail.tailCount,
    likesTailKs: tail.ks,
    timeToViralMedian: viral.median,
    timeToViralMean: viral.mean,
  } as ExtendedSummary;
  for (const [name, k] of DECADES) summary[name] = videos.count > 0 ? atLeast(ccdf, k) : Number.NaN;
  return summary;
}

/** Each measure's mean over worlds (NaN if any world leaves it undefined). */
export function meanExtendedSummary(worlds: readonly ExtendedSummary[]): ExtendedSummary {
  const out = {} as ExtendedSummary;
  for (const name of EXTENDED_NAMES) {
    let sum = 0;
    for (const world of worlds) sum += world[name];
    out[name] = sum / worlds.length;
  }
  return out;
}
