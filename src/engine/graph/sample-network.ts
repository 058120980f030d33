import type { EdgeList } from "./csr.js";
import { NetworkFormatError } from "./network-format-error.js";

/**
 * A network cut to the scenario's population: `users` nodes taken breadth-first from the
 * highest-degree node (ties to the lowest index; neighbours in file order, both directions),
 * restarting from the highest-degree node not yet taken when a component runs out. The
 * result is the induced subgraph, re-indexed in the nodes' original order. Deterministic,
 * and the hub and its surroundings stay whole, which a random node sample would tear apart.
 */
/** An edge list, with the labels and file name an imported network carries. */
type Network = EdgeList & { labels?: string[]; fileName?: string };

export function sampleNetwork<T extends Network>(network: T, users: number): T {
  const n = network.nodeCount;
  const fileName = network.fileName ?? "network";
  if (users > n) {
    throw new NetworkFormatError(
      `population.users is ${users} but the network file ${fileName} has ${n} nodes; set population.users to at most ${n}`,
      fileName,
    );
  }
  if (users === n) return network;
  const { offsets, neighbours } = undirectedRows(network);
  const byDegree = Array.from({ length: n }, (_, u) => u).sort(
    (a, b) => offsets[b + 1] - offsets[b] - (offsets[a + 1] - offsets[a]) || a - b,
  );
  const newIndex = new Int32Array(n).fill(-1);
  const queue = new Int32Array(users);
  let taken = 0;
  for (let next = 0; taken < users; next++) {
    const root = byDegree[next];
    if (newIndex[root] >= 0) continue;
    let head = taken;
    newIndex[root] = 0;
    queue[taken++] = root;
    while (head < taken && taken < users) {
      const u = queue[head++];
      for (let i = offsets[u]; i < offsets[u + 1] && taken < users; i++) {
        const v = neighbours[i];
        if (newIndex[v] >= 0) continue;
        newIndex[v] = 0;
        queue[taken++] = v;
      }
    }
  }
  return induced(network, newIndex, users);
}

/** Both directions of every tie as compressed rows, in file order. */
function undirectedRows(network: EdgeList) {
  const offsets = new Int32Array(network.nodeCount + 1);
  for (let e = 0; e < network.count; e++) {
    offsets[network.src[e] + 1]++;
    offsets[network.dst[e] + 1]++;
  }
  for (let u = 0; u < network.nodeCount; u++) offsets[u + 1] += offsets[u];
  const fill = offsets.slice(0, network.nodeCount);
  const neighbours = new Int32Array(2 * network.count);
  for (let e = 0; e < network.count; e++) {
    neighbours[fill[network.src[e]]++] = network.dst[e];
    neighbours[fill[network.dst[e]]++] = network.src[e];
  }
  return { offsets, neighbours };
}

/** The subgraph on the marked nodes (newIndex ≥ 0), numbered in their original order. */
function induced<T extends Network>(network: T, newIndex: Int32Array, users: number): T {
  const labels: string[] = [];
  for (let u = 0, next = 0; u < network.nodeCount; u++) {
    if (newIndex[u] < 0) continue;
    newIndex[u] = next++;
    if (network.labels) labels.push(network.labels[u]);
  }
  const src = new Int32Array(network.count);
  const dst = new Int32Array(network.count);
  let count = 0;
  for (let e = 0; e < network.count; e++) {
    const u = newIndex[network.src[e]];
    const v = newIndex[network.dst[e]];
    if (u < 0 || v < 0) continue;
    src[count] = u;
    dst[count++] = v;
  }
  return {
    ...network,
    nodeCount: users,
    src: src.slice(0, count),
    dst: dst.slice(0, count),
    count,
    ...(network.labels ? { labels } : {}),
  };
}
