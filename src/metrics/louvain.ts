import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import type { Random } from "../deterministic/random.js";
import type { CsrRows } from "./csr-rows.js";
import { undirectedView } from "./undirected-view.js";

/**
 * Community structure of the follow graph: the modularity of the partition the Louvain
 * method finds (graphology-communities-louvain), and how many communities it has. Runs on
 * the undirected view (undirectedView: ties merged, unweighted), so its modularity is
 * partitionModularity of the communities it returns. Nodes without ties are left out, so
 * they are not counted as communities of one. The method visits nodes in a random order
 * drawn from `random` (its `rng` option), which makes the result deterministic for a
 * seeded stream. No ties: modularity NaN and 0 communities.
 *
 * Cost: graphology keeps each node and tie as objects. Measured here (CPU time, random
 * graphs): 0.56 s at 10^4 nodes and 10^5 follows, 9.6 s at 10^5 nodes and 10^6 follows, about
 * a third to a half of it building the graphology graph. Call it rarely (end of run, or a
 * sparse interval).
 */
export function louvainModularity(
  graph: CsrRows,
  random: Random,
): { modularity: number; communities: number } {
  const { nodeCount, offsets, neighbours, edgeCount } = undirectedView(graph);
  if (edgeCount === 0) return { modularity: Number.NaN, communities: 0 };
  const undirected = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  for (let u = 0; u < nodeCount; u++) if (offsets[u + 1] > offsets[u]) undirected.addNode(u);
  for (let u = 0; u < nodeCount; u++) {
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const v = neighbours[e];
      if (u < v) undirected.addUndirectedEdge(u, v);
    }
  }
  const result = louvain.detailed(undirected, { rng: random, getEdgeWeight: null });
  return { modularity: result.modularity, communities: result.count };
}
