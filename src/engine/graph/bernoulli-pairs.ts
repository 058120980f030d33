import { log, log1p } from "../../deterministic/exact-math.js";
import type { Random } from "../../deterministic/random.js";
import type { EdgeListBuilder } from "./edge-list-builder.js";

/**
 * Independent Bernoulli(p) trials over every pair of a set, in O(pairs kept) rather than
 * O(pairs): the gap to the next kept pair is geometric, log(1 − r)/log(1 − p) (Batagelj &
 * Brandes, "Efficient generation of large random networks", Phys. Rev. E 71, 036113, 2005).
 * The pairs are visited in a fixed order, so the same stream gives the same ties.
 */

/** Gap to the next success, 0 when the very next trial succeeds. */
function skip(random: Random, logMiss: number): number {
  return Math.floor(log(1 - random()) / logMiss);
}

/**
 * Every unordered pair {members[a], members[b]}, a < b, kept with probability p.
 * `members` maps positions to node ids (pass null for the identity over 0..size−1).
 */
export function sampleUnorderedPairs(
  members: Int32Array | null,
  size: number,
  p: number,
  random: Random,
  out: EdgeListBuilder,
): void {
  if (p <= 0 || size < 2) return;
  const logMiss = log1p(-Math.min(p, 1));
  // Pairs in row order (1,0), (2,0), (2,1), (3,0), …: row b holds b pairs.
  let b = 1;
  let a = -1;
  for (;;) {
    a += 1 + skip(random, logMiss);
    while (a >= b && b < size) {
      a -= b;
      b++;
    }
    if (b >= size) return;
    out.add(members === null ? b : members[b], members === null ? a : members[a]);
  }
}

/**
 * Every pair (rows[i], cols[j]) of a rows × cols grid kept with probability p; with
 * `skipDiagonal` the pairs i = j are left out (ordered pairs of one set, no self-ties).
 * A null array is the identity.
 */
export function sampleGridPairs(
  rows: Int32Array | null,
  rowCount: number,
  cols: Int32Array | null,
  colCount: number,
  skipDiagonal: boolean,
  p: number,
  random: Random,
  out: EdgeListBuilder,
): void {
  const perRow = skipDiagonal ? colCount - 1 : colCount;
  if (p <= 0 || rowCount < 1 || perRow < 1) return;
  const logMiss = log1p(-Math.min(p, 1));
  let i = 0;
  let j = -1;
  for (;;) {
    j += 1 + skip(random, logMiss);
    while (j >= perRow && i < rowCount) {
      j -= perRow;
      i++;
    }
    if (i >= rowCount) return;
    const c = skipDiagonal && j >= i ? j + 1 : j;
    out.add(rows === null ? i : rows[i], cols === null ? c : cols[c]);
  }
}
