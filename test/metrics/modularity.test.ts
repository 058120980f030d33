import { describe, expect, it } from "vitest";
import { stream } from "../../src/deterministic/random.js";
import { louvainModularity } from "../../src/metrics/louvain.js";
import { partitionModularity } from "../../src/metrics/modularity.js";
import { digraph, ringOfCliques, TWO_TRIANGLES } from "./graphs.js";

const reversed = (edges: [number, number][]) => edges.map(([u, v]): [number, number] => [v, u]);

describe("partitionModularity", () => {
  const graph = digraph(6, TWO_TRIANGLES);

  it("is 5/14 for the two-triangle split", () => {
    // m = 7 ties. Each triangle: L_c = 3 inside, d_c = 2+2+3 = 7.
    // Q = 2·(3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
    expect(partitionModularity(graph, [0, 0, 0, 1, 1, 1])).toBeCloseTo(5 / 14, 15);
  });

  it("is 0 for one community and −Σ(d_i/2m)² for singletons", () => {
    // One community: L/m − (2m/2m)² = 1 − 1 = 0.
    expect(partitionModularity(graph, [0, 0, 0, 0, 0, 0])).toBeCloseTo(0, 15);
    // Singletons: degrees 2,2,3,3,2,2 → Σd² = 34, (2m)² = 196 → −34/196.
    expect(partitionModularity(graph, [0, 1, 2, 3, 4, 5])).toBeCloseTo(-34 / 196, 15);
  });

  it("reads follows as undirected ties, merging reciprocal ones", () => {
    const both = digraph(6, [...TWO_TRIANGLES, ...reversed(TWO_TRIANGLES)]);
    expect(partitionModularity(both, [0, 0, 0, 1, 1, 1])).toBeCloseTo(5 / 14, 15);
    const flipped = digraph(6, reversed(TWO_TRIANGLES));
    expect(partitionModularity(flipped, [1, 1, 1, 0, 0, 0])).toBeCloseTo(5 / 14, 15);
  });

  it("is NaN for a graph without ties", () => {
    expect(partitionModularity(digraph(3, [[1, 1]]), [0, 0, 1])).toBeNaN();
  });

  it("rejects a negative or fractional community", () => {
    expect(() => partitionModularity(graph, [0, 0, 0, 1, 1, -1])).toThrow(
      /partitionModularity: labels\[5\] is -1; allowed: whole numbers ≥ 0/,
    );
    expect(() => partitionModularity(graph, [0, 0, 0.5, 1, 1, 1])).toThrow(/labels\[2\] is 0.5/);
  });

  it("rejects fewer labels than nodes", () => {
    expect(() => partitionModularity(graph, [0, 0, 0])).toThrow(
      /labels has 3 entries for 6 nodes; allowed: one community per node/,
    );
  });
});

describe("louvainModularity", () => {
  it("splits two triangles joined by a tie", () => {
    const result = louvainModularity(digraph(6, TWO_TRIANGLES), stream(1, "metrics", "louvain"));
    expect(result.communities).toBe(2);
    expect(result.modularity).toBeCloseTo(5 / 14, 12);
  });

  it("finds each clique of a ring of cliques, with the planted partition's Q", () => {
    // Six K5 in a ring: m = 6·10 + 6 = 66; each clique L_c = 10, d_c = 2·10 + 2 = 22.
    // Q = 6·(10/66 − (22/132)²) = 10/11 − 1/6 = 49/66.
    const graph = digraph(30, ringOfCliques(6, 5));
    const planted = Array.from({ length: 30 }, (_, u) => Math.floor(u / 5));
    expect(partitionModularity(graph, planted)).toBeCloseTo(49 / 66, 14);
    for (const seed of [1, 2, 3]) {
      const result = louvainModularity(graph, stream(seed, "metrics", "louvain"));
      expect(result.communities).toBe(6);
      expect(result.modularity).toBeCloseTo(49 / 66, 12);
    }
  });

  it("leaves nodes without ties out of the community count", () => {
    // Nodes 6..9 follow nobody and nobody follows them; 9 only follows itself.
    const graph = digraph(10, [...TWO_TRIANGLES, [9, 9]]);
    const result = louvainModularity(graph, stream(1, "metrics", "louvain"));
    expect(result.communities).toBe(2);
    expect(result.modularity).toBeCloseTo(5 / 14, 12);
  });

  it("gives the same answer for the same seeded stream", () => {
    // A random graph where Louvain's visiting order matters: 200 nodes, 600 follows.
    const random = stream(9, "metrics", "louvain-test-graph");
    const edges: [number, number][] = [];
    for (let i = 0; i < 600; i++) {
      edges.push([Math.floor(random() * 200), Math.floor(random() * 200)]);
    }
    const graph = digraph(200, edges);
    const first = louvainModularity(graph, stream(4, "metrics", "louvain"));
    const second = louvainModularity(graph, stream(4, "metrics", "louvain"));
    expect(second).toEqual(first);
    expect(first.modularity).toBeGreaterThan(0.3);
  });

  it("gives NaN and no communities for a graph without ties", () => {
    expect(louvainModularity(digraph(4, []), stream(1, "metrics"))).toEqual({
      modularity: Number.NaN,
      communities: 0,
    });
  });
});
