import type { EdgeList } from "./csr.js";
import type { EdgeListBuilder } from "./edge-list-builder.js";
import { PairSet } from "./pair-set.js";

/** A network read from a file, re-indexed 0..n−1 in order of first appearance. */
export type ImportedNetwork = EdgeList & {
  /** The file's own node ids, index by index. */
  labels: string[];
  /** Ties from a node to itself found in the file and dropped. */
  selfLoops: number;
  /** Repeated ties found in the file and dropped (u v and v u are one tie when undirected). */
  duplicates: number;
  /** The format the file was read as: "edgelist", "csv", "gexf" or "graphml". */
  format: string;
  /** The name the file was given as, for messages. */
  fileName: string;
};

/** Node ids as the file spells them, numbered in order of first appearance. */
export class NodeIndex {
  readonly labels: string[] = [];
  private readonly index = new Map<string, number>();

  indexOf(label: string): number {
    let id = this.index.get(label);
    if (id === undefined) {
      id = this.labels.length;
      this.index.set(label, id);
      this.labels.push(label);
    }
    return id;
  }
}

/**
 * Turns the ties as read into a network: drops self-loops and repeats (keeping the first
 * occurrence and its direction), and with `reverse` flips every directed tie.
 */
export function finishImport(
  nodes: NodeIndex,
  raw: EdgeListBuilder,
  directed: boolean,
  reverse: boolean,
  format: string,
  fileName: string,
): ImportedNetwork {
  const nodeCount = nodes.labels.length;
  const read = raw.finish(nodeCount, directed);
  const seen = new PairSet(nodeCount, read.count);
  const src = new Int32Array(read.count);
  const dst = new Int32Array(read.count);
  const flip = directed && reverse;
  let count = 0;
  let selfLoops = 0;
  let duplicates = 0;
  for (let e = 0; e < read.count; e++) {
    const u = read.src[e];
    const v = read.dst[e];
    if (u === v) {
      selfLoops++;
      continue;
    }
    const fresh = directed ? seen.add(u, v) : seen.add(Math.min(u, v), Math.max(u, v));
    if (!fresh) {
      duplicates++;
      continue;
    }
    src[count] = flip ? v : u;
    dst[count] = flip ? u : v;
    count++;
  }
  return {
    nodeCount,
    src: src.slice(0, count),
    dst: dst.slice(0, count),
    count,
    directed,
    labels: nodes.labels,
    selfLoops,
    duplicates,
    format,
    fileName,
  };
}
