import type { Random } from "../deterministic/random.js";
import type { CsrRows } from "./csr-rows.js";
import {
  type LouvainLevel,
  type MoveScratch,
  mergeCommunities,
  moveNodes,
} from "./louvain-level.js";
import { type UndirectedView, undirectedView } from "./undirected-view.js";

/** Communities found by the Louvain method, and the modularity of that partition. */
export interface Communities {
  /** labels[u]: node u's community, 0 .. communities − 1 for nodes with ties; loners get their own labels after those. */
  labels: Int32Array;
  /** Communities among the nodes that have ties (a node without ties is not counted). */
  communities: number;
  /** Newman's Q of the partition (partitionModularity of `labels`); NaN when there are no ties. */
  modularity: number;
}

/**
 * The Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008) on the typed arrays of
 * an undirected view, at resolution 1. The nodes are first numbered by degree, highest
 * first (byDegree). Each level moves nodes one at a time to the neighbouring community that
 * raises modularity most (moveNodes: sweeps in that order from a random start, revisiting
 * only nodes whose neighbours' moves could have changed their choice), until no move raises
 * it by more than a thousandth of a tie. Then each community becomes one node, ties between
 * communities add up to weights and ties inside become a self-loop, and the next level
 * starts, until a level merges nothing.
 *
 * Deterministic for a seeded `random`: the only draw is each level's starting node; ties
 * between equally good moves go to the community met first among the node's neighbours.
 * Each sweep reads every row of a dirty node once; memory is a few arrays of the node and
 * tie counts per level, nothing allocated per move. Measured (bench --measures): see
 * docs/implementation-notes.md, "The costly measures at a million users"; partitions of the
 * same modularity as graphology's Louvain.
 */
export function louvainCommunities(view: UndirectedView, random: Random): Communities {
  return communitiesOf(byDegree(view), random);
}

/**
 * The Louvain method on the view numbered by degree (byDegree); labels in the view's ids.
 * Takes the view's rows over: the first level is their only holder, so that they can be
 * collected once the second level replaces it (at 10^6 nodes the next merge otherwise
 * allocates with three levels' ties alive).
 */
function communitiesOf(numbered: NumberedView, random: Random): Communities {
  const { rank } = numbered;
  const n = rank.length;
  const twiceM = numbered.offsets[n];
  if (twiceM === 0) {
    return {
      labels: Int32Array.from({ length: n }, (_, u) => u),
      communities: 0,
      modularity: Number.NaN,
    };
  }
  if (twiceM > MAX_TIE_ENDS) {
    throw new RangeError(
      `louvainCommunities: ${twiceM / 2} ties; allowed: at most ${MAX_TIE_ENDS / 2} (weights are 32-bit whole numbers)`,
    );
  }
  const labels = new Int32Array(n);
  for (let u = 0; u < n; u++) labels[u] = u;
  const strength = new Int32Array(n);
  for (let u = 0; u < n; u++) strength[u] = numbered.offsets[u + 1] - numbered.offsets[u];
  let level: LouvainLevel = {
    nodeCount: n,
    offsets: numbered.offsets,
    targets: numbered.targets,
    weights: null,
    self: new Int32Array(n),
    strength,
  };

  numbered.offsets = numbered.targets = new Int32Array(0);
  const scratch = createScratch(n);
  const community = new Int32Array(n);
  for (;;) {
    const moved = moveNodes(level, community, twiceM, scratch, random);
    const count = renumber(community, level.nodeCount, scratch.spare);
    for (let u = 0; u < n; u++) labels[u] = community[labels[u]];
    if (moved === 0 || count === level.nodeCount) break;
    level = mergeCommunities(level, community, count, scratch);
  }
  const result = finish(labels, level, community, twiceM);
  const byId = scratch.spare;
  for (let u = 0; u < n; u++) byId[u] = labels[rank[u]];
  labels.set(byId);
  return result;
}

/**
 * The view with its nodes numbered by degree, highest first, ties by id (a counting sort):
 * rank[u] is node u's new number, and row r lists the new numbers of its neighbours. On
 * graphs with hubs (the creator-centred one), most ties end at a hub, and with the hubs
 * numbered first their entries in the per-node and per-community arrays share a few cache
 * lines instead of being spread over all of them. Measured at 10^6 nodes (single runs on a
 * loaded machine): the creator-centred first level 17.9 → 13.5 s for about as many ties
 * read, and a higher mean modularity over orders at 10^5 (docs/implementation-notes.md).
 */
function byDegree(view: UndirectedView): NumberedView {
  const { nodeCount: n, offsets: oldOffsets, neighbours } = view;
  let maxDegree = 0;
  for (let u = 0; u < n; u++) maxDegree = Math.max(maxDegree, oldOffsets[u + 1] - oldOffsets[u]);
  // firstRank[maxDegree − d]: the first new number of the nodes of degree d.
  const firstRank = new Int32Array(maxDegree + 2);
  for (let u = 0; u < n; u++) firstRank[maxDegree - (oldOffsets[u + 1] - oldOffsets[u]) + 1]++;
  for (let b = 0; b <= maxDegree; b++) firstRank[b + 1] += firstRank[b];
  const rank = new Int32Array(n);
  const byRank = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const r = firstRank[maxDegree - (oldOffsets[u + 1] - oldOffsets[u])]++;
    rank[u] = r;
    byRank[r] = u;
  }
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(neighbours.length);
  for (let r = 0; r < n; r++) {
    const u = byRank[r];
    let e = offsets[r];
    for (let f = oldOffsets[u]; f < oldOffsets[u + 1]; f++) targets[e++] = rank[neighbours[f]];
    offsets[r + 1] = e;
  }
  return { rank, offsets, targets };
}

/** The view's nodes renumbered by degree: rank[u] is node u's number, and its CSR rows. */
interface NumberedView {
  rank: Int32Array;
  offsets: Int32Array;
  targets: Int32Array;
}

/**
 * `louvainCommunities` of the follow graph read as undirected (undirectedView), without the
 * labels. The view is built and renumbered in `numberedView`, so nothing holds it once its
 * renumbered copy exists: at 10^6 users its arrays (tens of MB) can be collected before the
 * sweeps allocate theirs, which keeps the measures' peak memory down.
 */
export function louvainModularity(
  graph: CsrRows,
  random: Random,
): { modularity: number; communities: number } {
  const { modularity, communities } = communitiesOf(numberedView(graph), random);
  return { modularity, communities };
}

function numberedView(graph: CsrRows): NumberedView {
  return byDegree(undirectedView(graph));
}

/** Sums of tie ends must fit a 32-bit whole number. */
const MAX_TIE_ENDS = 2_147_483_646;

function createScratch(n: number): MoveScratch {
  return {
    community2: new Int32Array(2 * n),
    members: new Int32Array(n),
    touched: new Int32Array(n),
    spare: new Int32Array(n),
    slack: new Float64Array(n),
    empty: new Int32Array(n),
  };
}

/** Community ids made consecutive, in order of first appearance by node; returns their count. */
function renumber(community: Int32Array, nodeCount: number, newId: Int32Array): number {
  newId.fill(-1, 0, nodeCount);
  let count = 0;
  for (let i = 0; i < nodeCount; i++) {
    const c = community[i];
    if (newId[c] < 0) newId[c] = count++;
    community[i] = newId[c];
  }
  return count;
}

/**
 * Q = Σ_c [in_c / 2m − (tot_c / 2m)²] over the last level, whose nodes are the final
 * communities (in_c: the weight of ties inside c counted from both ends, its self-loop).
 * Labels are renumbered so that communities with ties come first.
 */
function finish(
  labels: Int32Array,
  level: LouvainLevel,
  community: Int32Array,
  twiceM: number,
): Communities {
  const { nodeCount, offsets, targets, weights, self, strength } = level;
  const inside = new Float64Array(nodeCount);
  const total = new Float64Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    const c = community[i];
    total[c] += strength[i];
    inside[c] += self[i];
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      if (community[targets[e]] === c) inside[c] += weights === null ? 1 : weights[e];
    }
  }
  let modularity = 0;
  let communities = 0;
  const order = new Int32Array(nodeCount);
  for (let c = 0; c < nodeCount; c++) {
    if (total[c] === 0) continue;
    order[c] = communities++;
    modularity += inside[c] / twiceM - (total[c] / twiceM) * (total[c] / twiceM);
  }
  let loner = communities;
  for (let c = 0; c < nodeCount; c++) if (total[c] === 0) order[c] = loner++;
  for (let u = 0; u < labels.length; u++) labels[u] = order[labels[u]];
  return { labels, communities, modularity };
}
