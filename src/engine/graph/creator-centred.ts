import type { Random } from "../../deterministic/random.js";
import { sampleUnorderedPairs } from "./bernoulli-pairs.js";
import type { EdgeList } from "./csr.js";
import { EdgeListBuilder } from "./edge-list-builder.js";

/** The settings of `creatorCentred`, as the scenario's `graph` section names them. */
export interface CreatorCentredOptions {
  /** Mean number of creators each user follows (each user follows ⌊f⌋ or ⌈f⌉ of them). */
  follows: number;
  /**
   * A creator's pull on followers before it has any, as a multiple of the mean follower count
   * per creator: the follower-count tail falls as k^−(2 + attractiveness).
   */
  attractiveness: number;
  /** Mean number of mutual friend ties per user. */
  friends: number;
}

/**
 * A directed, creator-centred follow graph: users follow creators, chosen by preferential
 * attachment on follower counts, and a few mutual friend ties join users.
 *
 * Follows grow as the platform did, user by user in a random order of arrival (so no id is
 * favoured). The first ⌈follows⌉ + 1 arrivals are creators, who follow each other (the seed,
 * as networkx seeds Barabási–Albert with a star); from then on each arriving user follows
 * ⌊follows⌋ or ⌈follows⌉ (mean `follows`) distinct creators who arrived before it, each drawn
 * with probability ∝ k + a (k its followers so far, a = attractiveness × mean followers per
 * creator), and an arriving creator becomes followable once it has made its own follows.
 * This is Price's model (Dorogovtsev, Mendes & Samukhin 2000) with only creators as targets;
 * its master equation gives the share of creators with k followers as n → ∞:
 *   p_k = B(k + a, 2 + α) / B(a, 1 + α),   α = attractiveness,
 * a tail p_k ∝ k^−(2 + α) (see docs/model.md). A draw is one uniform number: below the
 * follows K made so far it picks the target of a uniformly chosen follow (∝ k), above it a
 * uniformly chosen arrived creator (∝ a); a repeat or oneself is drawn again.
 *
 * Friend ties: every pair of users is tied with probability friends/(n − 1) (G(n, p)), and a
 * tie is a follow both ways; a direction that is already a follow is not listed twice.
 * Directed list: the follows first (each user's together, in arrival order), then the ties.
 * O(n + ties) time, typed arrays only.
 */
export function creatorCentred(
  n: number,
  creators: ArrayLike<number>,
  options: CreatorCentredOptions,
  random: Random,
): EdgeList {
  const { follows, attractiveness, friends } = options;
  const creatorCount = creators.length;
  const isCreator = creatorFlags(n, creators);
  const maxFollows = Math.ceil(follows);
  if (!(follows >= 0 && maxFollows < creatorCount)) {
    throw new RangeError(
      `creatorCentred: follows is ${follows}; allowed: 0 to the number of creators − 1 (${creatorCount - 1}), so that the first ⌈follows⌉ + 1 creators can follow each other`,
    );
  }
  if (!(attractiveness > 0 && Number.isFinite(attractiveness))) {
    throw new RangeError(
      `creatorCentred: attractiveness is ${attractiveness}; allowed: a finite number > 0`,
    );
  }
  if (!(friends >= 0 && friends <= n - 1)) {
    throw new RangeError(`creatorCentred: friends is ${friends}; allowed: 0 to n − 1 (${n - 1})`);
  }

  // Friend ties first, so the follow and tie arrays can be allocated once at their final size.
  const ties = new EdgeListBuilder((n * friends) / 2 + 16);
  if (n > 1) sampleUnorderedPairs(null, n, friends / (n - 1), random, ties);
  const tieList = ties.finish(n, false);
  const capacity = n * maxFollows + 2 * tieList.count;
  const src = new Int32Array(capacity);
  const dst = new Int32Array(capacity);
  const firstFollow = new Int32Array(n);
  const followCount = drawFollows(n, creators, follows, attractiveness, isCreator, random, {
    src,
    dst,
    firstFollow,
  });

  let count = followCount;
  const alreadyFollows = (u: number, v: number) =>
    isCreator[v] === 1 && listed(src, dst, firstFollow[u], followCount, u, v);
  for (let e = 0; e < tieList.count; e++) {
    const u = tieList.src[e];
    const v = tieList.dst[e];
    if (!alreadyFollows(u, v)) {
      src[count] = u;
      dst[count++] = v;
    }
    if (!alreadyFollows(v, u)) {
      src[count] = v;
      dst[count++] = u;
    }
  }
  return {
    nodeCount: n,
    src: count === capacity ? src : src.slice(0, count),
    dst: count === capacity ? dst : dst.slice(0, count),
    count,
    directed: true,
  };
}

/**
 * The follows, written to out.src/out.dst from index 0, each user's together in its order of
 * arrival; out.firstFollow[u] is where u's follows start. Returns how many there are.
 */
function drawFollows(
  n: number,
  creators: ArrayLike<number>,
  follows: number,
  attractiveness: number,
  isCreator: Uint8Array,
  random: Random,
  out: { src: Int32Array; dst: Int32Array; firstFollow: Int32Array },
): number {
  if (follows === 0) return 0;
  const { src, dst, firstFollow } = out;
  const seedCount = Math.ceil(follows) + 1;
  const arrival = arrivalOrder(n, creators, seedCount, random);
  const available = new Int32Array(creators.length);
  for (let i = 0; i < seedCount; i++) available[i] = arrival[i];
  let availableCount = seedCount;
  // seenBy[t] === u: t is u itself or already followed by u (a stamp, fresh per user for free).
  const seenBy = new Int32Array(n).fill(-1);
  const a = (attractiveness * follows * n) / creators.length;
  const whole = Math.floor(follows);
  const extra = follows - whole;
  let made = 0;
  for (let i = 0; i < n; i++) {
    const u = arrival[i];
    const wanted = whole + (random() < extra ? 1 : 0);
    const before = made;
    firstFollow[u] = before;
    seenBy[u] = u;
    while (made - before < wanted) {
      // Below `before`: the target of one of the earlier follows (∝ k); above: an arrived creator (∝ a).
      const r = random() * (before + a * availableCount);
      const t =
        r < before
          ? dst[Math.floor(r)]
          : available[Math.min(availableCount - 1, Math.floor((r - before) / a))];
      if (seenBy[t] === u) continue;
      seenBy[t] = u;
      src[made] = u;
      dst[made++] = t;
    }
    if (i >= seedCount && isCreator[u] === 1) available[availableCount++] = u;
  }
  return made;
}

/** Whether u's follows, which start at `from` and run while src is u, include v. */
function listed(
  src: Int32Array,
  dst: Int32Array,
  from: number,
  end: number,
  u: number,
  v: number,
): boolean {
  for (let e = from; e < end && src[e] === u; e++) if (dst[e] === v) return true;
  return false;
}

function creatorFlags(n: number, creators: ArrayLike<number>): Uint8Array {
  const flags = new Uint8Array(n);
  for (let i = 0; i < creators.length; i++) {
    const c = creators[i];
    if (!(Number.isInteger(c) && c >= 0 && c < n) || flags[c] === 1) {
      throw new RangeError(
        `creatorCentred: creators[${i}] is ${c}; allowed: distinct user ids in [0, ${n})`,
      );
    }
    flags[c] = 1;
  }
  return flags;
}

/**
 * Users in order of arrival: `seedCount` creators drawn at random first, then everyone else
 * in a uniformly random order (Fisher–Yates over the users, seeds skipped).
 */
function arrivalOrder(
  n: number,
  creators: ArrayLike<number>,
  seedCount: number,
  random: Random,
): Int32Array {
  const pool = Int32Array.from(creators);
  const isSeed = new Uint8Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < seedCount; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    const c = pool[j];
    pool[j] = pool[i];
    pool[i] = c;
    order[i] = c;
    isSeed[c] = 1;
  }
  const users = new Int32Array(n);
  for (let u = 0; u < n; u++) users[u] = u;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = users[i];
    users[i] = users[j];
    users[j] = t;
  }
  let at = seedCount;
  for (let i = 0; i < n; i++) if (isSeed[users[i]] === 0) order[at++] = users[i];
  return order;
}
