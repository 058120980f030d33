import type { Random } from "../deterministic/random.js";

/**
 * One level of the Louvain method: a weighted undirected graph in compressed sparse rows.
 * Row i is targets[offsets[i] .. offsets[i + 1]) with weights (null: every tie weighs 1);
 * self[i] is the weight of the ties inside node i counted from both ends, and strength[i] =
 * Σ row weights + self[i], the node's degree.
 */
export interface LouvainLevel {
  nodeCount: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array | null;
  self: Float64Array;
  strength: Float64Array;
}

/** Arrays of the first level's node count, reused by every level so that moves allocate nothing. */
export interface MoveScratch {
  /** Σ strength of each community's nodes. */
  total: Float64Array;
  /** Nodes in each community. */
  members: Int32Array;
  /** Weight of the current node's ties to each community; 0 outside `touched`. */
  tieWeight: Float64Array;
  touched: Int32Array;
  order: Int32Array;
  /** A ring of nodes waiting to be looked at, each at most once (`queued`). */
  queue: Int32Array;
  queued: Uint8Array;
  /** Ids of communities that have lost every node, to give a node that leaves for a community of its own. */
  empty: Int32Array;
}

/** A move must raise Σ(gain) by more than this (in tie weights) to be made, as graphology does. */
const EPSILON = 1e-10;

/**
 * Local moving: every node starts alone; nodes are looked at in a random order and then as
 * their neighbours move. A node i leaves its community and joins the community c with the
 * largest gain k_i,c − k_i·tot_c / 2m (k_i,c: i's ties into c; tot_c: c's strength without i),
 * a community of its own (gain 0), or stays, whichever is best by more than EPSILON, ties to
 * staying and then to the community met first. That gain is 2m/2 times the change in
 * modularity. Writes each node's community; returns the number of moves.
 */
export function moveNodes(
  level: LouvainLevel,
  community: Int32Array,
  twiceM: number,
  scratch: MoveScratch,
  random: Random,
): number {
  const { nodeCount: n, offsets, targets, weights, strength } = level;
  const { total, members, tieWeight, touched, order, queue, queued, empty } = scratch;
  for (let i = 0; i < n; i++) {
    community[i] = i;
    total[i] = strength[i];
    members[i] = 1;
    order[i] = i;
  }
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  for (let i = 0; i < n; i++) {
    queue[i] = order[i];
    queued[i] = 1;
  }
  let head = 0;
  let waiting = n;
  let emptyCount = 0;
  let moves = 0;
  while (waiting > 0) {
    const i = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    waiting--;
    queued[i] = 0;
    const k = strength[i];
    if (k === 0) continue;
    const current = community[i];
    let touchedCount = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const c = community[targets[e]];
      if (tieWeight[c] === 0) touched[touchedCount++] = c;
      tieWeight[c] += weights === null ? 1 : weights[e];
    }
    total[current] -= k;
    members[current]--;
    if (members[current] === 0) total[current] = 0;
    const scale = k / twiceM;
    let chosen = current;
    let chosenGain = tieWeight[current] - scale * total[current];
    let best = -1;
    let bestGain = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t];
      const gain = tieWeight[c] - scale * total[c];
      if (c !== current && gain > bestGain) {
        best = c;
        bestGain = gain;
      }
      tieWeight[c] = 0;
    }
    if (best >= 0 && bestGain > chosenGain + EPSILON) {
      chosen = best;
      chosenGain = bestGain;
    }
    if (members[current] > 0 && 0 > chosenGain + EPSILON) chosen = empty[--emptyCount];
    community[i] = chosen;
    total[chosen] += k;
    members[chosen]++;
    if (chosen === current) continue;
    if (members[current] === 0) empty[emptyCount++] = current;
    moves++;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = targets[e];
      if (community[j] === chosen || queued[j] === 1) continue;
      const slot = head + waiting;
      queue[slot >= n ? slot - n : slot] = j;
      queued[j] = 1;
      waiting++;
    }
  }
  return moves;
}

/**
 * The next level: community c (ids 0 .. count − 1) becomes node c, the ties between two
 * communities one tie with their summed weight, and the ties inside c (with its nodes'
 * self-loops) c's self-loop. Each row lists its neighbours in order of first appearance.
 */
export function mergeCommunities(
  level: LouvainLevel,
  community: Int32Array,
  count: number,
  scratch: MoveScratch,
): LouvainLevel {
  const { nodeCount: n, offsets, targets, weights, self, strength } = level;
  const { tieWeight, touched } = scratch;
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) memberStart[community[i] + 1]++;
  for (let c = 0; c < count; c++) memberStart[c + 1] += memberStart[c];
  const memberList = scratch.order;
  const cursor = scratch.queue;
  cursor.set(memberStart.subarray(0, count));
  for (let i = 0; i < n; i++) memberList[cursor[community[i]]++] = i;

  const next: LouvainLevel = {
    nodeCount: count,
    offsets: new Int32Array(count + 1),
    targets: new Int32Array(Math.max(16, offsets[n] >> 2)),
    weights: new Float64Array(Math.max(16, offsets[n] >> 2)),
    self: new Float64Array(count),
    strength: new Float64Array(count),
  };
  let edges = 0;
  for (let c = 0; c < count; c++) {
    next.offsets[c] = edges;
    let inside = 0;
    let degree = 0;
    let touchedCount = 0;
    for (let m = memberStart[c]; m < memberStart[c + 1]; m++) {
      const i = memberList[m];
      inside += self[i];
      degree += strength[i];
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const d = community[targets[e]];
        const w = weights === null ? 1 : weights[e];
        if (d === c) {
          inside += w;
        } else {
          if (tieWeight[d] === 0) touched[touchedCount++] = d;
          tieWeight[d] += w;
        }
      }
    }
    if (edges + touchedCount > next.targets.length) grow(next, edges + touchedCount);
    const nextWeights = next.weights as Float64Array;
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t];
      next.targets[edges] = d;
      nextWeights[edges++] = tieWeight[d];
      tieWeight[d] = 0;
    }
    next.self[c] = inside;
    next.strength[c] = degree;
  }
  next.offsets[count] = edges;
  next.targets = next.targets.subarray(0, edges);
  next.weights = (next.weights as Float64Array).subarray(0, edges);
  return next;
}

function grow(level: LouvainLevel, needed: number): void {
  let capacity = level.targets.length * 2;
  while (capacity < needed) capacity *= 2;
  const targets = new Int32Array(capacity);
  const weights = new Float64Array(capacity);
  targets.set(level.targets);
  weights.set(level.weights as Float64Array);
  level.targets = targets;
  level.weights = weights;
}
