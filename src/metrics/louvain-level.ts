import type { Random } from "../deterministic/random.js";

/**
 * One level of the Louvain method: a weighted undirected graph in compressed sparse rows.
 * Row i is targets[offsets[i] .. offsets[i + 1]) with weights (null: every tie weighs 1);
 * self[i] is the weight of the ties inside node i counted from both ends, and strength[i] =
 * Σ row weights + self[i], the node's degree. The first level's ties weigh 1, so every
 * weight, strength and sum of them is a whole number of ties below 2m < 2^31: whole-number
 * arrays hold them exactly in half the bytes of doubles, and the kernel is memory-bound.
 */
export interface LouvainLevel {
  nodeCount: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Int32Array | null;
  self: Int32Array;
  strength: Int32Array;
}

/** Arrays of the first level's node count, reused by every level so that moves allocate nothing. */
export interface MoveScratch {
  /**
   * Per community c, side by side so one cache line serves both: at 2c the weight of the
   * current node's ties into c (0 outside `touched`), at 2c + 1 the Σ strength of c's nodes.
   */
  community2: Int32Array;
  /** Nodes in each community. */
  members: Int32Array;
  /** Communities met among the current node's neighbours (as 2c), then scratch for merging. */
  touched: Int32Array;
  /** Scratch for renumbering and merging. */
  spare: Int32Array;
  /**
   * By how much, in ties, a node's neighbours' moves since its last look may still shift its
   * gains before another option could beat its choice (see moveNodes); below 0: the node is
   * dirty, to be looked at (again) in this sweep or the next.
   */
  slack: Float64Array;
  /** Ids of communities that have lost every node, to give a node that leaves for a community of its own. */
  empty: Int32Array;
}

/**
 * A move must raise the gain by more than this, in ties (a hundredth of a tie's worth: ΔQ >
 * 0.001/m). graphology takes 1e−10; a larger bar stops the drift of nodes between choices
 * that differ only in the null model's last digits, which on Barabási–Albert graphs halved
 * the work and gave partitions of slightly higher modularity (bench/graphology-louvain.ts
 * compares).
 */
const EPSILON = 0.001;

/**
 * Local moving: every node starts alone. Sweeps go through the nodes in id order from a
 * random start (as graphology's "random walk" does), so rows are read in memory order; a
 * node is looked at only while it is dirty: all are at first, and when a node moves, its
 * neighbours outside its new community become dirty (the pruning of Leiden's fast local
 * moves, Traag, Waltman & van Eck 2019), but only once their choice could have changed:
 * each look records the node's slack, by how much its choice beats every other option (plus
 * EPSILON), and each neighbour's move takes at most leadLoss from it; the node becomes dirty
 * when its slack runs out. Moves of non-neighbours shift totals too and, as in Leiden, do
 * not make a node dirty. Hubs on the creator-centred graph keep slacks of hundreds of ties,
 * so most of their followers' moves no longer make the whole hub row be read again. Sweeps
 * end when a sweep finds no dirty node. A node i leaves its community and joins the
 * community c with the largest gain k_i,c − k_i·tot_c / 2m (k_i,c: i's ties into c; tot_c:
 * c's strength without i), a community of its own (gain 0), or stays, whichever is best by
 * more than EPSILON, ties to staying and then to the community met first. That gain is m
 * times the change in modularity. Writes each node's community; returns the number of moves.
 */
export function moveNodes(
  level: LouvainLevel,
  community: Int32Array,
  twiceM: number,
  scratch: MoveScratch,
  random: Random,
): number {
  const { nodeCount: n, offsets, targets, weights, strength } = level;
  const { community2, members, touched, slack, empty } = scratch;
  for (let i = 0; i < n; i++) {
    community[i] = i;
    community2[2 * i] = 0;
    community2[2 * i + 1] = strength[i];
    members[i] = 1;
  }
  slack.fill(-1, 0, n);
  let maxStrength = 0;
  for (let i = 0; i < n; i++) maxStrength = Math.max(maxStrength, strength[i]);
  const start = Math.floor(random() * n);
  let emptyCount = 0;
  let moves = 0;
  for (let found = n; found > 0; ) {
    found = 0;
    for (let step = 0; step < n; step++) {
      const i = step < n - start ? start + step : start + step - n;
      if (slack[i] >= 0) continue;
      slack[i] = 0;
      const k = strength[i];
      if (k === 0) continue;
      const current = community[i];
      const from = offsets[i];
      const to = offsets[i + 1];
      let touchedCount = 0;
      for (let e = from; e < to; e++) {
        const c2 = 2 * community[targets[e]];
        if (community2[c2] === 0) touched[touchedCount++] = c2;
        community2[c2] += weights === null ? 1 : weights[e];
      }
      const current2 = 2 * current;
      community2[current2 + 1] -= k;
      members[current]--;
      const scale = k / twiceM;
      const stayGain = community2[current2] - scale * community2[current2 + 1];
      const alone = members[current] === 0;
      let best2 = -1;
      let bestGain = Number.NEGATIVE_INFINITY;
      let secondGain = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < touchedCount; t++) {
        const c2 = touched[t];
        const gain = community2[c2] - scale * community2[c2 + 1];
        if (c2 !== current2) {
          if (gain > bestGain) {
            secondGain = bestGain;
            best2 = c2;
            bestGain = gain;
          } else if (gain > secondGain) {
            secondGain = gain;
          }
        }
        community2[c2] = 0;
      }
      // The slack: by how much the choice beats every other option (staying, the best
      // other community, a community of its own), as the next look would weigh them.
      let chosen2 = current2;
      let margin = stayGain + EPSILON - (alone ? bestGain : Math.max(bestGain, 0));
      if (bestGain > stayGain + EPSILON) {
        chosen2 = best2;
        margin = bestGain + EPSILON - Math.max(secondGain, stayGain, 0);
      }
      if (!alone && 0 > Math.max(stayGain, bestGain) + EPSILON) {
        chosen2 = 2 * empty[--emptyCount];
        margin = EPSILON - Math.max(stayGain, bestGain);
      }
      slack[i] = margin;
      const chosen = chosen2 >> 1;
      community[i] = chosen;
      community2[chosen2 + 1] += k;
      members[chosen]++;
      if (chosen === current) continue;
      if (members[current] === 0) empty[emptyCount++] = current;
      moves++;
      // Neighbours inside `chosen` are left alone, as in Leiden.
      const shift = (k * maxStrength) / twiceM;
      for (let e = from; e < to; e++) {
        const j = targets[e];
        const cj = community[j];
        if (cj === chosen || slack[j] < 0) continue;
        const w = weights === null ? 1 : weights[e];
        slack[j] -= leadLoss(cj === current, w, shift);
        if (slack[j] < 0) found++;
      }
    }
    if (found > 0) emptyCount = compact(level, community, scratch);
  }
  return moves;
}

/**
 * The most by which a neighbour's move, over a tie of weight w, from community c to d can
 * lower the lead of a node's choice over its best other option (in ties). It takes w from
 * the node's ties into c and gives it to d, and shifts tot_c and tot_d by the mover's
 * strength k: when the node is in c, its own gain falls and d's rises by at most w each
 * (the shifted totals only narrow that); otherwise one option's gain rises by at most
 * max(w, k·k_node / 2m), and `shift` is k·(the largest strength) / 2m.
 */
export function leadLoss(inFrom: boolean, w: number, shift: number): number {
  return inFrom ? 2 * w : Math.max(w, shift);
}

/**
 * Renumbers the communities 0 .. count − 1 in order of first appearance by node, rebuilds
 * their totals and sizes, and lists the unused ids as empty; returns how many there are.
 * Between sweeps, so that the per-community array the moves read at random shrinks from
 * one entry per node to one per community (from 10^6 to some 10^5 entries after the first
 * sweep on the creator-centred graph at 10^6 nodes), with the hubs' communities first.
 * Choices do not depend on community ids, so the moves stay the same.
 */
function compact(level: LouvainLevel, community: Int32Array, scratch: MoveScratch): number {
  const { nodeCount: n, strength } = level;
  const { community2, members, empty, spare: newId } = scratch;
  newId.fill(-1, 0, n);
  community2.fill(0, 0, 2 * n);
  members.fill(0, 0, n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i];
    if (newId[c] < 0) newId[c] = count++;
    const d = newId[c];
    community[i] = d;
    community2[2 * d + 1] += strength[i];
    members[d]++;
  }
  for (let e = 0; e < n - count; e++) empty[e] = n - 1 - e;
  return n - count;
}

/**
 * The next level: community c (ids 0 .. count − 1) becomes node c, the ties between two
 * communities one tie with their summed weight, and the ties inside c (with its nodes'
 * self-loops) c's self-loop. Each row lists its neighbours in order of first appearance.
 * The rows are read twice, once to count the merged ties and once to write them, so the new
 * arrays are allocated at their size: grown by doubling, the first merges at 10^6 nodes held
 * their old and new copies at once (about 100 MB above the sweeps' arrays, the measures'
 * peak memory).
 */
export function mergeCommunities(
  level: LouvainLevel,
  community: Int32Array,
  count: number,
  scratch: MoveScratch,
): LouvainLevel {
  const { nodeCount: n } = level;
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) memberStart[community[i] + 1]++;
  for (let c = 0; c < count; c++) memberStart[c + 1] += memberStart[c];
  const memberList = scratch.spare;
  // `touched` is free until the rows are built: it serves first as the counting sort's cursor.
  const cursor = scratch.touched;
  cursor.set(memberStart.subarray(0, count));
  for (let i = 0; i < n; i++) memberList[cursor[community[i]]++] = i;
  const members = { start: memberStart, list: memberList };
  const ties = mergedTies(level, community, members, scratch.empty);
  const next = {
    nodeCount: count,
    offsets: new Int32Array(count + 1),
    targets: new Int32Array(ties),
    weights: new Int32Array(ties),
    self: new Int32Array(count),
    strength: new Int32Array(count),
  };
  mergedRows(level, community, members, scratch, next);
  return next;
}

/**
 * How many ties the merged level has: per community, the other communities its members'
 * ties reach, each once. `mark` (free during a merge) holds, per community, the last
 * community whose rows reached it.
 */
function mergedTies(
  level: LouvainLevel,
  community: Int32Array,
  members: { start: Int32Array; list: Int32Array },
  mark: Int32Array,
): number {
  const { offsets, targets } = level;
  const { start, list } = members;
  const count = start.length - 1;
  mark.fill(-1, 0, count);
  let ties = 0;
  for (let c = 0; c < count; c++) {
    for (let m = start[c]; m < start[c + 1]; m++) {
      const i = list[m];
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const d = community[targets[e]];
        if (d !== c && mark[d] !== c) {
          mark[d] = c;
          ties++;
        }
      }
    }
  }
  return ties;
}

/**
 * Writes the merged level into `out`, whose tie arrays have the size `mergedTies` counted.
 * community2[2d] collects the weight of ties into d, as in moveNodes, and is left at 0.
 */
function mergedRows(
  level: LouvainLevel,
  community: Int32Array,
  members: { start: Int32Array; list: Int32Array },
  scratch: MoveScratch,
  out: LouvainLevel & { weights: Int32Array },
): void {
  const { offsets, targets, weights, self, strength } = level;
  const { community2, touched } = scratch;
  const { start, list } = members;
  const nextTargets = out.targets;
  const nextWeights = out.weights;
  const count = start.length - 1;
  let edges = 0;
  for (let c = 0; c < count; c++) {
    out.offsets[c] = edges;
    let inside = 0;
    let degree = 0;
    let touchedCount = 0;
    for (let m = start[c]; m < start[c + 1]; m++) {
      const i = list[m];
      inside += self[i];
      degree += strength[i];
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const d = community[targets[e]];
        const w = weights === null ? 1 : weights[e];
        if (d === c) {
          inside += w;
        } else {
          if (community2[2 * d] === 0) touched[touchedCount++] = d;
          community2[2 * d] += w;
        }
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t];
      nextTargets[edges] = d;
      nextWeights[edges++] = community2[2 * d];
      community2[2 * d] = 0;
    }
    out.self[c] = inside;
    out.strength[c] = degree;
  }
  out.offsets[count] = edges;
}
