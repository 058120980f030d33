import type { Random } from "../../deterministic/random.js";
import type { EdgeList } from "./csr.js";
import { PairSet } from "./pair-set.js";

/**
 * Small world as networkx's `watts_strogatz_graph` builds it: a ring where each node ties
 * to its k/2 nearest neighbours on each side, then, ring distance by ring distance, each
 * tie u–v is rewired with probability beta to u–w, w uniform among nodes that are neither
 * u nor already tied to u. Every tie keeps its two ends, so the mean degree stays k;
 * undirected, n·k/2 ties.
 */
export function wattsStrogatz(n: number, k: number, beta: number, random: Random): EdgeList {
  if (!Number.isInteger(k) || k < 2 || k % 2 !== 0 || k >= n) {
    throw new RangeError(
      `wattsStrogatz needs an even whole k with 2 ≤ k < n, got k = ${k}, n = ${n}`,
    );
  }
  if (!(beta >= 0 && beta <= 1)) {
    throw new RangeError(`wattsStrogatz needs beta in [0, 1], got ${beta}`);
  }
  const half = k / 2;
  const count = n * half;
  const src = new Int32Array(count);
  const dst = new Int32Array(count);
  const ties = new PairSet(n, count);
  const degree = new Int32Array(n).fill(k);
  for (let j = 1; j <= half; j++) {
    for (let u = 0; u < n; u++) {
      const e = (j - 1) * n + u;
      const v = (u + j) % n;
      src[e] = u;
      dst[e] = v;
      ties.add(Math.min(u, v), Math.max(u, v));
    }
  }
  if (beta > 0) {
    for (let e = 0; e < count; e++) {
      if (random() >= beta) continue;
      const u = src[e];
      // A node tied to everyone has no free partner; its tie stays (as in networkx).
      if (degree[u] >= n - 1) continue;
      let w = Math.floor(random() * n);
      while (w === u || ties.has(Math.min(u, w), Math.max(u, w))) {
        w = Math.floor(random() * n);
      }
      const v = dst[e];
      ties.delete(Math.min(u, v), Math.max(u, v));
      ties.add(Math.min(u, w), Math.max(u, w));
      degree[v]--;
      degree[w]++;
      dst[e] = w;
    }
  }
  return { nodeCount: n, src, dst, count, directed: false };
}
