import type { CsrRows } from "./csr-rows.js";

/**
 * A directed graph read as a simple undirected one, for the community measures: u and v are
 * neighbours when either follows the other. Reciprocal and repeated follows merge into one
 * tie, and self-follows are dropped. Row u is neighbours[offsets[u] .. offsets[u + 1]),
 * sorted ascending; every tie appears in both rows, so there are edgeCount·2 entries.
 */
export interface UndirectedView {
  nodeCount: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  edgeCount: number;
}

/** Builds the undirected view. O(E log d) for the per-row sorts; allocates about 2E + 2n ints. */
export function undirectedView(graph: CsrRows): UndirectedView {
  const { nodeCount, start, length, targets } = graph;
  const offsets = new Int32Array(nodeCount + 1);
  for (let u = 0; u < nodeCount; u++) {
    const end = start[u] + length[u];
    for (let e = start[u]; e < end; e++) {
      const v = targets[e];
      if (!(v >= 0 && v < nodeCount)) {
        throw new RangeError(
          `undirectedView: node ${u} has target ${v}; allowed: node ids in [0, ${nodeCount})`,
        );
      }
      if (v === u) continue;
      offsets[u + 1]++;
      offsets[v + 1]++;
    }
  }
  for (let u = 0; u < nodeCount; u++) offsets[u + 1] += offsets[u];
  const neighbours = new Int32Array(offsets[nodeCount]);
  const cursor = offsets.slice(0, nodeCount);
  for (let u = 0; u < nodeCount; u++) {
    const end = start[u] + length[u];
    for (let e = start[u]; e < end; e++) {
      const v = targets[e];
      if (v === u) continue;
      neighbours[cursor[u]++] = v;
      neighbours[cursor[v]++] = u;
    }
  }
  // Sort each row and squeeze out repeats in place; rows only move towards the front.
  let write = 0;
  let readFrom = 0;
  for (let u = 0; u < nodeCount; u++) {
    const readTo = offsets[u + 1];
    sortRow(neighbours, readFrom, readTo);
    offsets[u] = write;
    for (let i = readFrom; i < readTo; i++) {
      if (i === readFrom || neighbours[i] !== neighbours[i - 1])
        neighbours[write++] = neighbours[i];
    }
    readFrom = readTo;
  }
  offsets[nodeCount] = write;
  // Mutual follows leave half the array unused: a copy of the used part lets the rest go.
  const used = write < neighbours.length ? neighbours.slice(0, write) : neighbours;
  return { nodeCount, offsets, neighbours: used, edgeCount: write / 2 };
}

/** Rows this short are sorted by insertion: a typed-array sort call costs more than that. */
const SHORT_ROW = 32;

function sortRow(values: Int32Array, from: number, to: number): void {
  if (to - from > SHORT_ROW) {
    values.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = values[i];
    let j = i - 1;
    for (; j >= from && values[j] > v; j--) values[j + 1] = values[j];
    values[j + 1] = v;
  }
}
