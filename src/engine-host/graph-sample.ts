/**
 * Which users the network view draws. A graph of tens of thousands of nodes is a hairball on a
 * phone and too slow to lay out, so past a bound the view draws the most-followed users and the
 * follows among them: the hubs through which most likes travel. The choice is deterministic
 * (ties go to the lower id) so the same run always shows the same users.
 */

/** The follow graph as the snapshot sends it: CSR in the following direction. */
export interface FollowGraph {
  /** Row u is targets[offsets[u] .. offsets[u + 1]): the users u follows. */
  offsets: Int32Array;
  targets: Int32Array;
}

export interface GraphSample {
  /** Users in the graph. */
  total: number;
  /** The drawn users' ids, most followed first; node i of the layout is user nodes[i]. */
  nodes: Int32Array;
  /** Layout index of each user, or -1 when the user is not drawn (length: total). */
  indexOf: Int32Array;
}

/** Picks up to maxNodes users: all of them if they fit, else the most followed. */
export function sampleUsers(followers: ArrayLike<number>, maxNodes: number): GraphSample {
  const total = followers.length;
  const order = Int32Array.from({ length: total }, (_, u) => u);
  order.sort((a, b) => followers[b] - followers[a] || a - b);
  const nodes = order.slice(0, Math.min(total, maxNodes));
  const indexOf = new Int32Array(total).fill(-1);
  for (let i = 0; i < nodes.length; i++) indexOf[nodes[i]] = i;
  return { total, nodes, indexOf };
}

/**
 * The follows among the first `limit` sampled users as pairs of layout indices (follower,
 * followed), read afresh from the graph so that follows formed during the run appear without
 * a new layout.
 */
export function sampledEdges(
  graph: FollowGraph,
  sample: GraphSample,
  limit = sample.nodes.length,
): Int32Array {
  const { nodes, indexOf } = sample;
  const drawn = Math.min(limit, nodes.length);
  const pairs: number[] = [];
  for (let i = 0; i < drawn; i++) {
    const u = nodes[i];
    for (let k = graph.offsets[u]; k < graph.offsets[u + 1]; k++) {
      const j = indexOf[graph.targets[k]];
      if (j >= 0 && j < drawn) pairs.push(i, j);
    }
  }
  return Int32Array.from(pairs);
}
