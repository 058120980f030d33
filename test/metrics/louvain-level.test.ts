import { describe, expect, it } from "vitest";
import { randomInt, stream } from "../../src/deterministic/random.js";
import { leadLoss } from "../../src/metrics/louvain-level.js";

/** A small weighted graph as a dense matrix, with a partition, to check leadLoss's bound by brute force. */
interface Case {
  n: number;
  weight: number[][];
  strength: number[];
  community: number[];
  twiceM: number;
}

function randomCase(random: () => number): Case {
  const n = 6 + randomInt(random, 10);
  const weight = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      if (random() < 0.4) weight[u][v] = weight[v][u] = 1 + randomInt(random, 3);
    }
  }
  const strength = weight.map((row) => row.reduce((s, w) => s + w, 0));
  const community = Array.from({ length: n }, () => randomInt(random, 4));
  return { n, weight, strength, community, twiceM: strength.reduce((s, k) => s + k, 0) };
}

/**
 * How far node j's own community beats its best other option as moveNodes weighs them:
 * the neighbouring communities and, when others share j's community, one of its own (0).
 */
function lead({ n, weight, strength, community, twiceM }: Case, j: number): number {
  const tiesInto = new Map<number, number>();
  const total = new Map<number, number>();
  for (let u = 0; u < n; u++) {
    if (u === j) continue;
    total.set(community[u], (total.get(community[u]) ?? 0) + strength[u]);
    if (weight[j][u] > 0)
      tiesInto.set(community[u], (tiesInto.get(community[u]) ?? 0) + weight[j][u]);
  }
  const gain = (c: number) => (tiesInto.get(c) ?? 0) - (strength[j] * (total.get(c) ?? 0)) / twiceM;
  const own = community[j];
  let best = total.has(own) ? 0 : Number.NEGATIVE_INFINITY;
  for (const c of tiesInto.keys()) if (c !== own) best = Math.max(best, gain(c));
  return gain(own) - best;
}

describe("leadLoss", () => {
  it("bounds how much one neighbour's move lowers a node's lead (brute force, 3,000 moves)", () => {
    const random = stream(4, "metrics", "lead-loss");
    let checked = 0;
    let closest = Number.NEGATIVE_INFINITY;
    for (let trial = 0; trial < 3_000; trial++) {
      const graph = randomCase(random);
      const { n, weight, strength, community, twiceM } = graph;
      const mover = randomInt(random, n);
      const from = community[mover];
      const to = (from + 1 + randomInt(random, 4)) % 5;
      const maxStrength = Math.max(...strength);
      const shift = (strength[mover] * maxStrength) / twiceM;
      const watched: [number, number][] = [];
      for (let j = 0; j < n; j++) {
        if (weight[mover][j] > 0 && community[j] !== to) watched.push([j, lead(graph, j)]);
      }
      community[mover] = to;
      for (const [j, before] of watched) {
        if (!Number.isFinite(before)) continue;
        const loss = before - lead(graph, j);
        const bound = leadLoss(community[j] === from, weight[mover][j], shift);
        expect(loss).toBeLessThanOrEqual(bound + 1e-9);
        checked++;
        closest = Math.max(closest, loss - bound);
      }
    }
    // Not vacuous: some moves take all of it but a quarter tie (the shifted totals keep the rest).
    expect(checked).toBeGreaterThan(5_000);
    expect(closest).toBeGreaterThan(-0.25);
  });
});
