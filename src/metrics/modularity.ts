import type { CsrRows } from "./csr-rows.js";
import { undirectedView } from "./undirected-view.js";

/**
 * Newman's modularity Q of a given partition, on the undirected view of the graph (ties
 * merged, self-follows dropped; see undirectedView):
 *   Q = Σ_c [ L_c/m − (d_c / 2m)² ],
 * with m ties in all, L_c ties inside community c and d_c the total degree of its nodes.
 * Unitless, below 1: 0 for one community holding everything, higher when ties stay inside
 * communities more than chance would put them there. NaN when the graph has no ties.
 * `labels[u]` is node u's community, a whole number ≥ 0. Allocates the undirected view and
 * one number per community.
 */
export function partitionModularity(graph: CsrRows, labels: ArrayLike<number>): number {
  const { nodeCount, offsets, neighbours, edgeCount } = undirectedView(graph);
  if (labels.length < nodeCount) {
    throw new RangeError(
      `partitionModularity: labels has ${labels.length} entries for ${nodeCount} nodes; ` +
        "allowed: one community per node",
    );
  }
  let communities = 0;
  for (let u = 0; u < nodeCount; u++) {
    const c = labels[u];
    if (!(Number.isInteger(c) && c >= 0)) {
      throw new RangeError(`partitionModularity: labels[${u}] is ${c}; allowed: whole numbers ≥ 0`);
    }
    if (c >= communities) communities = c + 1;
  }
  if (edgeCount === 0) return Number.NaN;
  const degreeSum = new Float64Array(communities);
  let insideEnds = 0;
  for (let u = 0; u < nodeCount; u++) {
    const c = labels[u];
    degreeSum[c] += offsets[u + 1] - offsets[u];
    for (let e = offsets[u]; e < offsets[u + 1]; e++) if (labels[neighbours[e]] === c) insideEnds++;
  }
  // Each inside tie was seen from both ends: insideEnds = 2·Σ L_c, so Σ L_c/m = insideEnds/2m.
  const twiceM = 2 * edgeCount;
  let expected = 0;
  for (let c = 0; c < communities; c++)
    expected += (degreeSum[c] / twiceM) * (degreeSum[c] / twiceM);
  return insideEnds / twiceM - expected;
}
