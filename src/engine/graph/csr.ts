import { declareState } from "../state/layout.js";

/**
 * Adjacency in compressed sparse rows with room to grow: row u is targets[start[u] ..
 * start[u] + length[u]). A row that outgrows its capacity moves, doubled, to the end of
 * `targets`, so adding a follow during a run is amortised O(1) and reading a row stays a
 * tight loop over one typed array.
 */
export class GrowableCsr {
  start: Int32Array;
  length: Int32Array;
  capacity: Int32Array;
  targets: Int32Array;
  /** First free slot at the end of `targets`. */
  end: number;
  readonly nodeCount: number;
  edgeCount = 0;

  private constructor(nodeCount: number, targetCapacity: number) {
    this.nodeCount = nodeCount;
    this.start = new Int32Array(nodeCount);
    this.length = new Int32Array(nodeCount);
    this.capacity = new Int32Array(nodeCount);
    this.targets = new Int32Array(Math.max(16, targetCapacity));
    this.end = 0;
  }

  /**
   * Builds rows from an edge list (src[i] → dst[i]), keeping each row's input order and
   * leaving `slack` free slots per row for edges added later.
   */
  static fromEdges(
    nodeCount: number,
    src: Int32Array,
    dst: Int32Array,
    edges: number,
    slack = 2,
  ): GrowableCsr {
    const degree = new Int32Array(nodeCount);
    for (let i = 0; i < edges; i++) degree[src[i]]++;
    let total = 0;
    for (let u = 0; u < nodeCount; u++) total += degree[u] + slack;
    const csr = new GrowableCsr(nodeCount, total);
    let at = 0;
    for (let u = 0; u < nodeCount; u++) {
      csr.start[u] = at;
      csr.capacity[u] = degree[u] + slack;
      at += degree[u] + slack;
    }
    csr.end = at;
    for (let i = 0; i < edges; i++) {
      const u = src[i];
      csr.targets[csr.start[u] + csr.length[u]++] = dst[i];
    }
    csr.edgeCount = edges;
    return csr;
  }

  degree(u: number): number {
    return this.length[u];
  }

  has(u: number, v: number): boolean {
    const from = this.start[u];
    const to = from + this.length[u];
    const targets = this.targets;
    for (let i = from; i < to; i++) if (targets[i] === v) return true;
    return false;
  }

  add(u: number, v: number): void {
    if (this.length[u] === this.capacity[u]) this.relocate(u);
    this.targets[this.start[u] + this.length[u]++] = v;
    this.edgeCount++;
  }

  private relocate(u: number): void {
    const newCapacity = Math.max(4, this.capacity[u] * 2);
    if (this.end + newCapacity > this.targets.length) {
      const grown = new Int32Array(Math.max(this.targets.length * 2, this.end + newCapacity));
      grown.set(this.targets.subarray(0, this.end));
      this.targets = grown;
    }
    this.targets.copyWithin(this.end, this.start[u], this.start[u] + this.length[u]);
    this.start[u] = this.end;
    this.capacity[u] = newCapacity;
    this.end += newCapacity;
  }

  /** A deep copy, so each world can grow its own follows from the same start. */
  clone(): GrowableCsr {
    const copy = new GrowableCsr(this.nodeCount, this.targets.length);
    copy.start.set(this.start);
    copy.length.set(this.length);
    copy.capacity.set(this.capacity);
    copy.targets.set(this.targets);
    copy.end = this.end;
    copy.edgeCount = this.edgeCount;
    return copy;
  }

  static readonly layout = declareState<GrowableCsr>({
    arrays: ["start", "length", "capacity", "targets"],
    grows: ["targets"],
    numbers: ["end", "edgeCount"],
  });

  /** An empty graph of `nodeCount` nodes, for a saved one to be restored into. */
  static empty(nodeCount: number): GrowableCsr {
    return new GrowableCsr(nodeCount, 0);
  }

  /** Bytes held, for the memory budget. */
  bytes(): number {
    return this.targets.byteLength + 12 * this.nodeCount;
  }
}

/** A social graph: who follows whom, read both ways. */
export const SOCIAL_GRAPH_LAYOUT = declareState<SocialGraph>({
  parts: { following: GrowableCsr.layout, followers: GrowableCsr.layout },
});

export interface SocialGraph {
  /** following.row(u): the accounts u follows. */
  following: GrowableCsr;
  /** followers.row(u): the accounts that follow u, who see what u likes. */
  followers: GrowableCsr;
}

/**
 * Edge list as generators and importers produce it: a follow u → v for each i < count.
 * An undirected tie appears once and is expanded into both directions by `buildSocialGraph`.
 */
export interface EdgeList {
  nodeCount: number;
  src: Int32Array;
  dst: Int32Array;
  count: number;
  directed: boolean;
}

export function buildSocialGraph(edges: EdgeList, slack = 2): SocialGraph {
  const n = edges.count;
  if (edges.directed) {
    return {
      following: GrowableCsr.fromEdges(edges.nodeCount, edges.src, edges.dst, n, slack),
      followers: GrowableCsr.fromEdges(edges.nodeCount, edges.dst, edges.src, n, slack),
    };
  }
  const src = new Int32Array(2 * n);
  const dst = new Int32Array(2 * n);
  src.set(edges.src.subarray(0, n));
  src.set(edges.dst.subarray(0, n), n);
  dst.set(edges.dst.subarray(0, n));
  dst.set(edges.src.subarray(0, n), n);
  return {
    following: GrowableCsr.fromEdges(edges.nodeCount, src, dst, 2 * n, slack),
    followers: GrowableCsr.fromEdges(edges.nodeCount, dst, src, 2 * n, slack),
  };
}
