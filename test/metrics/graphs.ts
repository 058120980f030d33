import { GrowableCsr } from "../../src/engine/graph/csr.js";

/** A directed graph from [u, v] pairs, each a follow u → v. */
export function digraph(nodeCount: number, edges: [number, number][]): GrowableCsr {
  const src = new Int32Array(edges.map(([u]) => u));
  const dst = new Int32Array(edges.map(([, v]) => v));
  return GrowableCsr.fromEdges(nodeCount, src, dst, edges.length);
}

/** Two triangles 0-1-2 and 3-4-5 joined by the tie 2-3, each tie stored once. */
export const TWO_TRIANGLES: [number, number][] = [
  [0, 1],
  [1, 2],
  [2, 0],
  [3, 4],
  [4, 5],
  [5, 3],
  [2, 3],
];

/** `cliques` complete graphs of `size` nodes, clique i tied to clique i + 1 by one edge. */
export function ringOfCliques(cliques: number, size: number): [number, number][] {
  const edges: [number, number][] = [];
  for (let c = 0; c < cliques; c++) {
    const base = c * size;
    for (let i = 0; i < size; i++)
      for (let j = i + 1; j < size; j++) edges.push([base + i, base + j]);
    edges.push([base + size - 1, ((c + 1) % cliques) * size]);
  }
  return edges;
}
