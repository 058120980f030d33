import { describe, expect, it } from "vitest";
import { categoricalAssortativity } from "../../src/metrics/assortativity.js";
import { digraph } from "./graphs.js";

describe("categoricalAssortativity", () => {
  it("matches Newman's formula on a hand-counted graph", () => {
    // Labels 0,0,1,1. Edges 0→1 (0→0), 1→0 (0→0), 2→3 (1→1), 0→2 (0→1).
    // e00 = 2/4, e11 = 1/4, e01 = 1/4; a = (3/4, 1/4) by source, b = (2/4, 2/4) by target.
    // Σ e_ii = 3/4, Σ a_i b_i = 3/8 + 1/8 = 1/2 → r = (3/4 − 1/2)/(1 − 1/2) = 1/2.
    const graph = digraph(4, [
      [0, 1],
      [1, 0],
      [2, 3],
      [0, 2],
    ]);
    expect(categoricalAssortativity(graph, [0, 0, 1, 1], 2)).toBeCloseTo(0.5, 15);
  });

  it("is 1 when every edge joins equal labels and −1 when every edge crosses", () => {
    // Same labels only: Σ e_ii = 1, so r = 1 whatever a and b are.
    const same = digraph(4, [
      [0, 1],
      [2, 3],
    ]);
    expect(categoricalAssortativity(same, new Uint8Array([0, 0, 1, 1]), 2)).toBeCloseTo(1, 15);
    // 0→1 and 1→0 across labels: e01 = e10 = 1/2, a = b = (1/2, 1/2): r = (0 − 1/2)/(1/2).
    const crossing = digraph(2, [
      [0, 1],
      [1, 0],
    ]);
    expect(categoricalAssortativity(crossing, [0, 1], 2)).toBeCloseTo(-1, 15);
  });

  it("reads rows that grew after construction", () => {
    const graph = digraph(4, [[0, 1]]);
    graph.add(2, 3);
    graph.add(2, 3);
    graph.add(2, 3);
    graph.add(0, 2);
    // Edges 0→1, 2→3 ×3, 0→2 with labels 0,0,1,1: e00 = 1/5, e11 = 3/5, e01 = 1/5;
    // a = (2/5, 3/5), b = (1/5, 4/5): Σab = 2/25 + 12/25 = 14/25, Σe_ii = 4/5 = 20/25.
    // r = (20/25 − 14/25)/(11/25) = 6/11.
    expect(categoricalAssortativity(graph, [0, 0, 1, 1], 2)).toBeCloseTo(6 / 11, 14);
  });

  it("is NaN with no edges or a single label in use", () => {
    expect(categoricalAssortativity(digraph(3, []), [0, 1, 2], 3)).toBeNaN();
    expect(categoricalAssortativity(digraph(2, [[0, 1]]), [1, 1], 3)).toBeNaN();
  });

  it("rejects a label outside [0, labelCount)", () => {
    expect(() => categoricalAssortativity(digraph(2, [[0, 1]]), [0, 2], 2)).toThrow(
      /categoricalAssortativity: labels\[1\] is 2; allowed: whole numbers in \[0, 2\)/,
    );
    expect(() => categoricalAssortativity(digraph(2, [[0, 1]]), [-1, 0], 2)).toThrow(
      /labels\[0\] is -1/,
    );
  });

  it("rejects fewer labels than nodes", () => {
    expect(() => categoricalAssortativity(digraph(3, [[0, 1]]), [0, 1], 2)).toThrow(
      /labels has 2 entries for 3 nodes; allowed: one label per node/,
    );
  });

  it("rejects a labelCount below 1 or not whole", () => {
    expect(() => categoricalAssortativity(digraph(1, []), [0], 0)).toThrow(
      /labelCount is 0; allowed: a whole number ≥ 1/,
    );
    expect(() => categoricalAssortativity(digraph(1, []), [0], 1.5)).toThrow(/labelCount is 1.5/);
  });
});
