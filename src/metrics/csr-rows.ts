/**
 * The fields of a directed graph in compressed sparse rows that the graph measures read:
 * row u is targets[start[u] .. start[u] + length[u]). The engine's GrowableCsr is one; a
 * snapshot's offsets can be adapted with length[u] = offsets[u + 1] − offsets[u]. Declared
 * here, not imported, so that the measures depend on no engine module.
 */
export interface CsrRows {
  readonly nodeCount: number;
  readonly start: Int32Array;
  readonly length: Int32Array;
  readonly targets: Int32Array;
}
