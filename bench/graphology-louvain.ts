import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import type { Random } from "../src/deterministic/random.js";
import type { UndirectedView } from "../src/metrics/undirected-view.js";

/**
 * The reference the engine's Louvain is checked against: graphology-communities-louvain on
 * a graphology copy of the same undirected view (nodes without ties left out), with the
 * caller's stream as its `rng`. The engine used this until its own Louvain ran on the typed
 * arrays; it keeps every node and tie as an object, about ten times slower.
 */
export function graphologyLouvain(
  view: UndirectedView,
  random: Random,
): { modularity: number; communities: number } {
  const { nodeCount, offsets, neighbours } = view;
  const graph = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  for (let u = 0; u < nodeCount; u++) if (offsets[u + 1] > offsets[u]) graph.addNode(u);
  for (let u = 0; u < nodeCount; u++) {
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      if (u < neighbours[e]) graph.addUndirectedEdge(u, neighbours[e]);
    }
  }
  const result = louvain.detailed(graph, { rng: random, getEdgeWeight: null });
  return { modularity: result.modularity, communities: result.count };
}
