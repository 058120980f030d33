import { describe, expect, it } from "vitest";
import { type Random, stream } from "../../src/deterministic/random.js";
import type { EdgeList } from "../../src/engine/graph/csr.js";
import { stochasticBlockModel } from "../../src/engine/graph/stochastic-block-model.js";
import { defects } from "./edge-checks.js";

function randomGroups(n: number, groupCount: number, random: Random): Uint8Array {
  const groups = new Uint8Array(n);
  for (let u = 0; u < n; u++) groups[u] = Math.floor(random() * groupCount);
  return groups;
}

function insideShare(edges: EdgeList, groups: Uint8Array): number {
  let inside = 0;
  for (let e = 0; e < edges.count; e++) if (groups[edges.src[e]] === groups[edges.dst[e]]) inside++;
  return inside / edges.count;
}

describe("stochasticBlockModel", () => {
  /*
   * n = 20,000, mean degree 10: about 100,000 ties, so the inside share has SE
   * √(h(1 − h)/100,000) ≈ 0.0013 at h = 0.8, and the mean degree SE √100,000·2/n ≈ 0.032.
   * Bound: 4 SE.
   */
  it("puts a share homophily of the ties inside groups, at the asked mean degree", () => {
    for (const [seed, homophily] of [
      [1, 0.8],
      [2, 0.5],
      [3, 0.95],
    ]) {
      const groups = randomGroups(20_000, 8, stream(seed, "population"));
      const edges = stochasticBlockModel(groups, 8, 10, homophily, stream(seed, "graph"));
      const standardError = Math.sqrt((homophily * (1 - homophily)) / edges.count);
      expect(Math.abs(insideShare(edges, groups) - homophily)).toBeLessThan(4 * standardError);
      expect(Math.abs((2 * edges.count) / 20_000 - 10)).toBeLessThan(4 * 0.032);
      expect(edges.directed).toBe(false);
      expect(defects(edges)).toEqual({ selfLoops: 0, duplicates: 0 });
    }
  });

  it("keeps the overall inside share and mean degree with very unequal groups", () => {
    const groups = new Uint8Array(20_000);
    groups.fill(1, 1_000);
    groups.fill(2, 5_000);
    const edges = stochasticBlockModel(groups, 3, 10, 0.8, stream(4, "graph"));
    expect(Math.abs(insideShare(edges, groups) - 0.8)).toBeLessThan(4 * 0.0013);
    expect(Math.abs((2 * edges.count) / 20_000 - 10)).toBeLessThan(4 * 0.032);
  });

  it("has no ties between groups at homophily 1, none inside at homophily 0", () => {
    const groups = randomGroups(5_000, 4, stream(5, "population"));
    expect(insideShare(stochasticBlockModel(groups, 4, 6, 1, stream(5, "graph")), groups)).toBe(1);
    expect(insideShare(stochasticBlockModel(groups, 4, 6, 0, stream(5, "graph")), groups)).toBe(0);
  });

  it("puts every tie inside when one group holds everyone, keeping the mean degree", () => {
    const groups = new Uint8Array(10_000).fill(2);
    const edges = stochasticBlockModel(groups, 4, 8, 0.5, stream(6, "graph"));
    expect(Math.abs((2 * edges.count) / 10_000 - 8)).toBeLessThan(4 * 0.04);
  });

  it("refuses a node whose group is not below groupCount, and homophily outside [0, 1]", () => {
    expect(() =>
      stochasticBlockModel(new Uint8Array([0, 3]), 3, 1, 0.5, stream(1, "graph")),
    ).toThrow(/node 1 is in group 3, but there are only 3 groups/);
    expect(() => stochasticBlockModel(new Uint8Array(4), 1, 1, 1.2, stream(1, "graph"))).toThrow(
      /homophily in \[0, 1\], got 1 and 1.2/,
    );
  });
});
