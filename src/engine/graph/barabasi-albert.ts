import type { Random } from "../../deterministic/random.js";
import type { EdgeList } from "./csr.js";

/**
 * Preferential attachment built the way networkx's `barabasi_albert_graph` builds it (and
 * bench W1 specifies): a star on nodes 0..m (0–1, …, 0–m); a list R holding each node once
 * per tie end; each newcomer s = m+1 … n−1 draws from R uniformly with replacement until it
 * has m distinct targets, ties to them, and R gets the targets, then s m times. Undirected,
 * m + (n − m − 1)·m ties. A "seen" stamp per node keeps the distinctness check O(1).
 */
export function barabasiAlbert(n: number, m: number, random: Random): EdgeList {
  if (!Number.isInteger(m) || m < 1 || !Number.isInteger(n) || m >= n) {
    throw new RangeError(`barabasiAlbert needs whole numbers 1 ≤ m < n, got n = ${n}, m = ${m}`);
  }
  const edgeCount = m + (n - m - 1) * m;
  const src = new Int32Array(edgeCount);
  const dst = new Int32Array(edgeCount);
  const repeated = new Int32Array(2 * edgeCount);
  let edges = 0;
  let size = 0;
  for (let leaf = 1; leaf <= m; leaf++) {
    src[edges] = 0;
    dst[edges++] = leaf;
  }
  // networkx lists the star's nodes by degree: the centre m times, then each leaf once.
  for (let i = 0; i < m; i++) repeated[size++] = 0;
  for (let leaf = 1; leaf <= m; leaf++) repeated[size++] = leaf;

  // seenBy[t] === s marks t as already drawn by newcomer s; fresh per newcomer for free.
  const seenBy = new Int32Array(n).fill(-1);
  for (let s = m + 1; s < n; s++) {
    const first = edges;
    while (edges - first < m) {
      const t = repeated[Math.floor(random() * size)];
      if (seenBy[t] === s) continue;
      seenBy[t] = s;
      src[edges] = s;
      dst[edges++] = t;
    }
    for (let e = first; e < edges; e++) repeated[size++] = dst[e];
    for (let i = 0; i < m; i++) repeated[size++] = s;
  }
  return { nodeCount: n, src, dst, count: edges, directed: false };
}
