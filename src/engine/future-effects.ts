import type { Simulation } from "./types.js";
import { SUMMARY_NAMES, type Summary, type VideoSnapshot } from "./types.js";

/**
 * Two futures of one fork, entity by entity: per video and per creator, how many more likes
 * and impressions the changed future (b) gave than the original (a). Videos are matched by
 * their creator and their place among that creator's posts (the k-th video of a creator has
 * the same topic and quality in both futures, the common random numbers of the `content`
 * streams), so videos posted after the fork are compared too; a video posted in one future
 * only is counted apart.
 */
export interface FutureEffects {
  /** The tick both futures have reached, and the world compared. */
  tick: number;
  world: number;
  videos: {
    /** Videos posted in both futures: each one's id in a and in b, and its creator. */
    count: number;
    idA: Int32Array;
    idB: Int32Array;
    creator: Int32Array;
    /** b − a. */
    likes: Float64Array;
    impressions: Float64Array;
    /** Videos posted in one future only. */
    onlyA: number;
    onlyB: number;
  };
  creators: {
    count: number;
    /** b − a, each creator's videos together. */
    likes: Float64Array;
    impressions: Float64Array;
    posts: Float64Array;
  };
  /** b − a of every summary metric (NaN where a metric is undefined in either). */
  summary: Summary;
  /** The video the intervention targeted, if one was named. */
  target?: TargetEffect;
}

export interface TargetEffect {
  /** Its id in future a (a video posted before the fork has the same id in both). */
  video: number;
  creator: number;
  likes: { a: number; b: number; difference: number };
  impressions: { a: number; b: number; difference: number };
}

/** Each video's place among its creator's posts (0 for its first), in id order. */
function ordinals(videos: VideoSnapshot): Int32Array {
  const next = new Map<number, number>();
  const out = new Int32Array(videos.count);
  for (let v = 0; v < videos.count; v++) {
    const k = next.get(videos.creator[v]) ?? 0;
    out[v] = k;
    next.set(videos.creator[v], k + 1);
  }
  return out;
}

function perCreator(videos: VideoSnapshot, creators: number, column: Uint32Array): Float64Array {
  const out = new Float64Array(creators);
  for (let v = 0; v < videos.count; v++) out[videos.creator[v]] += column[v];
  return out;
}

function difference(a: Float64Array, b: Float64Array): Float64Array {
  return b.map((value, i) => value - a[i]);
}

/**
 * Compares two futures of one fork at the same tick (both must come from one run: the same
 * scenario and seed). `target`: a video posted before the fork whose effect to name.
 */
export function futureEffects(
  a: Simulation,
  b: Simulation,
  options: { world?: number; target?: number } = {},
): FutureEffects {
  if (a.tick !== b.tick) {
    throw new RangeError(
      `the futures are at ticks ${a.tick} and ${b.tick}; compare them at one tick`,
    );
  }
  const world = options.world ?? 0;
  const [sa, sb] = [a.snapshot({ world }), b.snapshot({ world })];
  const [va, vb] = [sa.videos, sb.videos];
  const key = (creator: number, k: number) => creator * 0x100000 + k;
  const inB = new Map<number, number>();
  const ordB = ordinals(vb);
  for (let v = 0; v < vb.count; v++) inB.set(key(vb.creator[v], ordB[v]), v);
  const ordA = ordinals(va);
  const idA: number[] = [];
  const idB: number[] = [];
  for (let v = 0; v < va.count; v++) {
    const match = inB.get(key(va.creator[v], ordA[v]));
    if (match === undefined) continue;
    idA.push(v);
    idB.push(match);
  }
  const n = idA.length;
  const creators = sa.creators.count;
  const impressionsA = perCreator(va, creators, va.impressions);
  const impressionsB = perCreator(vb, creators, vb.impressions);
  const [summaryA, summaryB] = [a.metrics().worlds[world], b.metrics().worlds[world]];
  const summary = {} as Summary;
  for (const name of SUMMARY_NAMES) summary[name] = summaryB[name] - summaryA[name];
  const effects: FutureEffects = {
    tick: a.tick,
    world,
    videos: {
      count: n,
      idA: Int32Array.from(idA),
      idB: Int32Array.from(idB),
      creator: Int32Array.from(idA, (v) => va.creator[v]),
      likes: Float64Array.from(idA, (v, i) => vb.likes[idB[i]] - va.likes[v]),
      impressions: Float64Array.from(idA, (v, i) => vb.impressions[idB[i]] - va.impressions[v]),
      onlyA: va.count - n,
      onlyB: vb.count - n,
    },
    creators: {
      count: creators,
      likes: difference(sa.creators.likes, sb.creators.likes),
      impressions: difference(impressionsA, impressionsB),
      posts: difference(Float64Array.from(sa.creators.posts), Float64Array.from(sb.creators.posts)),
    },
    summary,
  };
  const target = options.target;
  if (target !== undefined) {
    const i = idA.indexOf(target);
    if (i < 0) {
      throw new RangeError(
        `target video is ${target}; allowed: a video of both futures (ids 0 to ${va.count - 1} in the first)`,
      );
    }
    const pair = (column: "likes" | "impressions") => {
      const [x, y] = [va[column][target], vb[column][idB[i]]];
      return { a: x, b: y, difference: y - x };
    };
    effects.target = {
      video: target,
      creator: va.creator[target],
      likes: pair("likes"),
      impressions: pair("impressions"),
    };
  }
  return effects;
}

/** The videos with the largest changes in likes, largest first (by absolute value). */
export function largestVideoEffects(effects: FutureEffects, k: number): number[] {
  const order = [...effects.videos.likes.keys()];
  order.sort(
    (i, j) => Math.abs(effects.videos.likes[j]) - Math.abs(effects.videos.likes[i]) || i - j,
  );
  return order.slice(0, k);
}
