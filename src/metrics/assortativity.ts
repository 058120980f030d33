import type { CsrRows } from "./csr-rows.js";

/**
 * Newman's assortativity coefficient for a categorical node label over directed edges
 * (Newman 2003, "Mixing patterns in networks"): with e_ij the fraction of edges from a node
 * labelled i to one labelled j, a_i = Σ_j e_ij and b_j = Σ_i e_ij,
 *   r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i).
 * Unitless in [−1, 1]: 1 when every edge joins equal labels, 0 when labels mix as by chance,
 * negative when edges prefer unlike labels. For the follow graph with users' main topics
 * this is the homophily of who follows whom. NaN when there are no edges, or when all edges
 * touch one label so that Σ a_i b_i = 1 and r is 0/0. Every edge counts once, as stored
 * (a follow listed twice counts twice). Allocates 3·labelCount numbers.
 */
export function categoricalAssortativity(
  graph: CsrRows,
  labels: ArrayLike<number>,
  labelCount: number,
): number {
  const { nodeCount, start, length, targets } = graph;
  if (!(Number.isInteger(labelCount) && labelCount >= 1)) {
    throw new RangeError(
      `categoricalAssortativity: labelCount is ${labelCount}; allowed: a whole number ≥ 1`,
    );
  }
  if (labels.length < nodeCount) {
    throw new RangeError(
      `categoricalAssortativity: labels has ${labels.length} entries for ${nodeCount} nodes; ` +
        "allowed: one label per node",
    );
  }
  for (let u = 0; u < nodeCount; u++) {
    const label = labels[u];
    if (!(Number.isInteger(label) && label >= 0 && label < labelCount)) {
      throw new RangeError(
        `categoricalAssortativity: labels[${u}] is ${label}; allowed: whole numbers in [0, ${labelCount})`,
      );
    }
  }
  const fromLabel = new Float64Array(labelCount);
  const toLabel = new Float64Array(labelCount);
  const within = new Float64Array(labelCount);
  let edges = 0;
  for (let u = 0; u < nodeCount; u++) {
    const lu = labels[u];
    const end = start[u] + length[u];
    for (let e = start[u]; e < end; e++) {
      const lv = labels[targets[e]];
      toLabel[lv]++;
      if (lv === lu) within[lu]++;
    }
    fromLabel[lu] += length[u];
    edges += length[u];
  }
  if (edges === 0) return Number.NaN;
  let sameLabel = 0;
  let byChance = 0;
  for (let i = 0; i < labelCount; i++) {
    sameLabel += within[i] / edges;
    byChance += (fromLabel[i] / edges) * (toLabel[i] / edges);
  }
  // With a single label in use byChance is 1 up to rounding; r is then undefined, not huge.
  if (1 - byChance < 1e-12) return Number.NaN;
  return (sameLabel - byChance) / (1 - byChance);
}
