import { describe, expect, it } from "vitest";
import { undirectedView } from "../../src/metrics/undirected-view.js";
import { digraph } from "./graphs.js";

const row = (view: ReturnType<typeof undirectedView>, u: number) => [
  ...view.neighbours.subarray(view.offsets[u], view.offsets[u + 1]),
];

describe("undirectedView", () => {
  it("merges reciprocal and repeated follows and drops self-follows", () => {
    // 0→1, 1→0 (reciprocal), 0→2 twice, 2→2 (self): ties {0,1} and {0,2}.
    const view = undirectedView(
      digraph(4, [
        [0, 1],
        [1, 0],
        [0, 2],
        [0, 2],
        [2, 2],
      ]),
    );
    expect(view.edgeCount).toBe(2);
    expect(row(view, 0)).toEqual([1, 2]);
    expect(row(view, 1)).toEqual([0]);
    expect(row(view, 2)).toEqual([0]);
    expect(row(view, 3)).toEqual([]);
    expect(view.neighbours.length).toBe(4);
  });

  it("sorts each row and reads rows that grew after construction", () => {
    const graph = digraph(4, [[3, 0]]);
    graph.add(3, 2);
    graph.add(3, 1);
    graph.add(3, 2);
    expect(row(undirectedView(graph), 3)).toEqual([0, 1, 2]);
  });

  it("rejects a target outside the node range", () => {
    const graph = digraph(3, [[0, 1]]);
    graph.targets[graph.start[0]] = 7;
    expect(() => undirectedView(graph)).toThrow(
      /undirectedView: node 0 has target 7; allowed: node ids in \[0, 3\)/,
    );
  });
});
