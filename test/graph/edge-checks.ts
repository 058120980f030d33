import type { EdgeList } from "../../src/engine/graph/csr.js";

/** Ties per node, counting both ends (for a directed list: in + out). */
export function degrees(edges: EdgeList): Int32Array {
  const degree = new Int32Array(edges.nodeCount);
  for (let e = 0; e < edges.count; e++) {
    degree[edges.src[e]]++;
    degree[edges.dst[e]]++;
  }
  return degree;
}

/** Self-loops and repeated ties, found the slow obvious way to check the fast code. */
export function defects(edges: EdgeList): { selfLoops: number; duplicates: number } {
  const seen = new Set<string>();
  let selfLoops = 0;
  let duplicates = 0;
  for (let e = 0; e < edges.count; e++) {
    const u = edges.src[e];
    const v = edges.dst[e];
    if (u === v) selfLoops++;
    const key = edges.directed || u < v ? `${u} ${v}` : `${v} ${u}`;
    if (seen.has(key)) duplicates++;
    seen.add(key);
  }
  return { selfLoops, duplicates };
}

/** The ties as "u v" strings in list order, to compare two lists exactly. */
export function tieList(edges: EdgeList): string[] {
  return Array.from(edges.src.subarray(0, edges.count), (u, e) => `${u} ${edges.dst[e]}`);
}
