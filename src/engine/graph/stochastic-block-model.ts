import type { Random } from "../../deterministic/random.js";
import { sampleGridPairs, sampleUnorderedPairs } from "./bernoulli-pairs.js";
import type { EdgeList } from "./csr.js";
import { EdgeListBuilder } from "./edge-list-builder.js";

/**
 * Homophilous communities: a stochastic block model over the given groups, undirected, in
 * O(n + ties) by geometric skipping inside each block pair.
 *
 * - Inside group r every pair is tied with p_rr = meanDegree·homophily/(n_r − 1), so each
 *   node expects meanDegree·homophily ties in its own group.
 * - Between groups every pair is tied with the same p_out, set so that the between ties
 *   number meanDegree·(1 − homophily)·n/2 in expectation: p_out = meanDegree·(1 − homophily)·n
 *   / (n² − Σ n_r²). The graph's mean degree is then meanDegree and the share of its ties
 *   inside groups is homophily. With equal groups this also holds node by node; with unequal
 *   ones, members of small groups get more of their ties outside (there are fewer insiders
 *   to hold them, and every between tie has one end in each group).
 * Probabilities are capped at 1, so a group too small for its inside share gets fewer ties.
 * When a single group holds everyone there is no outside, and all ties are inside.
 */
export function stochasticBlockModel(
  groups: Uint8Array,
  groupCount: number,
  meanDegree: number,
  homophily: number,
  random: Random,
): EdgeList {
  const n = groups.length;
  if (!(meanDegree >= 0) || !(homophily >= 0 && homophily <= 1)) {
    throw new RangeError(
      `stochasticBlockModel needs meanDegree ≥ 0 and homophily in [0, 1], got ${meanDegree} and ${homophily}`,
    );
  }
  const { members, offset, size } = membersByGroup(groups, groupCount);
  let nonEmpty = 0;
  for (let r = 0; r < groupCount; r++) if (size[r] > 0) nonEmpty++;
  const inside = nonEmpty === 1 ? meanDegree : meanDegree * homophily;
  let betweenPairs = n * n;
  for (let r = 0; r < groupCount; r++) betweenPairs -= size[r] * size[r];
  const between = betweenPairs > 0 ? ((meanDegree - inside) * n) / betweenPairs : 0;

  const out = new EdgeListBuilder((n * meanDegree) / 2 + 16);
  for (let r = 0; r < groupCount; r++) {
    const rowMembers = members.subarray(offset[r], offset[r] + size[r]);
    if (size[r] > 1) {
      sampleUnorderedPairs(rowMembers, size[r], inside / (size[r] - 1), random, out);
    }
    for (let s = r + 1; s < groupCount; s++) {
      const colMembers = members.subarray(offset[s], offset[s] + size[s]);
      sampleGridPairs(rowMembers, size[r], colMembers, size[s], false, between, random, out);
    }
  }
  return out.finish(n, false);
}

/** Nodes listed group by group (a counting sort), each group in node order. */
function membersByGroup(groups: Uint8Array, groupCount: number) {
  const size = new Int32Array(groupCount);
  for (let u = 0; u < groups.length; u++) {
    if (groups[u] >= groupCount) {
      throw new RangeError(
        `stochasticBlockModel: node ${u} is in group ${groups[u]}, but there are only ${groupCount} groups`,
      );
    }
    size[groups[u]]++;
  }
  const offset = new Int32Array(groupCount);
  for (let r = 1; r < groupCount; r++) offset[r] = offset[r - 1] + size[r - 1];
  const next = offset.slice();
  const members = new Int32Array(groups.length);
  for (let u = 0; u < groups.length; u++) members[next[groups[u]]++] = u;
  return { members, offset, size };
}
