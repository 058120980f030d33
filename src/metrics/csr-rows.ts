import type { GrowableCsr } from "../engine/graph/csr.js";

/**
 * The fields of a directed graph in compressed sparse rows that the graph measures read:
 * row u is targets[start[u] .. start[u] + length[u]). The engine's GrowableCsr is one; a
 * snapshot's offsets can be adapted with length[u] = offsets[u + 1] − offsets[u].
 */
export type CsrRows = Pick<GrowableCsr, "nodeCount" | "start" | "length" | "targets">;
