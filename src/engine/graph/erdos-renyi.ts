import type { Random } from "../../deterministic/random.js";
import { sampleGridPairs, sampleUnorderedPairs } from "./bernoulli-pairs.js";
import type { EdgeList } from "./csr.js";
import { EdgeListBuilder } from "./edge-list-builder.js";

/**
 * G(n, p) with p = meanDegree/(n − 1): every pair (every ordered pair when directed, so
 * meanDegree is then the mean out-degree) tied independently with probability p, sampled
 * by geometric skipping in O(n + ties). No self-ties, no duplicates.
 */
export function erdosRenyi(
  n: number,
  meanDegree: number,
  directed: boolean,
  random: Random,
): EdgeList {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`erdosRenyi needs a whole number of nodes ≥ 1, got ${n}`);
  }
  if (!(meanDegree >= 0 && meanDegree <= n - 1)) {
    throw new RangeError(`erdosRenyi needs 0 ≤ meanDegree ≤ n − 1 = ${n - 1}, got ${meanDegree}`);
  }
  const p = n > 1 ? meanDegree / (n - 1) : 0;
  const expected = directed ? n * meanDegree : (n * meanDegree) / 2;
  const out = new EdgeListBuilder(expected * 1.05 + 16);
  if (directed) sampleGridPairs(null, n, null, n, true, p, random, out);
  else sampleUnorderedPairs(null, n, p, random, out);
  return out.finish(n, directed);
}
