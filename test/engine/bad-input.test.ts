import { describe, expect, it } from "vitest";
import { parseNetwork } from "../../src/engine/graph/index.js";
import { createSimulation, MemoryBudgetError } from "../../src/engine/index.js";
import { ScenarioError } from "../../src/scenario/validate.js";

function problems(input: unknown): string[] {
  try {
    createSimulation(input);
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error("expected the scenario to be refused");
}

describe("bad scenarios are refused with the field, the value and what is allowed", () => {
  it("an unknown ranker", () => {
    const [message] = problems({ feed: { ranker: "tiktok" } });
    expect(message).toMatch(
      /^feed\.ranker: got "tiktok"; allowed: one of "random", "chronological"/,
    );
  });

  it("a probability outside [0, 1]", () => {
    expect(problems({ behaviour: { shareRate: 1.5 } })).toEqual([
      "behaviour.shareRate: got 1.5; allowed: ≤ 1",
    ]);
    expect(problems({ population: { activity: -0.1 } })).toEqual([
      "population.activity: got -0.1; allowed: ≥ 0",
    ]);
  });

  it("a negative count", () => {
    expect(problems({ content: { catalog: -5 } })).toEqual([
      "content.catalog: got -5; allowed: ≥ 0",
    ]);
  });

  it("a fractional count", () => {
    expect(problems({ ticks: 2.5 })).toEqual(["ticks: got 2.5; allowed: a whole number"]);
  });

  it("an unknown key, at the top and inside a section", () => {
    expect(problems({ tick: 10 })[0]).toMatch(/unknown key "tick"/);
    expect(problems({ feed: { rankr: "random" } })[0]).toMatch(/^feed: unknown key "rankr"/);
  });

  it("an unknown graph kind", () => {
    expect(problems({ graph: { kind: "lattice" } })[0]).toMatch(
      /^graph\.kind: got "lattice"; allowed: one of "barabasi-albert"/,
    );
  });

  it("several problems at once are all reported", () => {
    expect(problems({ ticks: -1, feed: { ranker: "x" }, bots: { count: -2 } })).toHaveLength(3);
  });
});

describe("bad networks and budgets", () => {
  const edges = "# tiny\n0 1\n1 2\n2 0\n";

  it("a network file graph without a loaded network says what to do", () => {
    expect(() => createSimulation({ graph: { kind: "file", path: "x.txt" } })).toThrow(
      /no network was loaded/,
    );
  });

  it("more users than the network file has nodes", () => {
    const network = parseNetwork(edges, { format: "edgelist", fileName: "tiny.txt" });
    expect(() =>
      createSimulation(
        { population: { users: 10 }, graph: { kind: "file", path: "tiny.txt" } },
        { network },
      ),
    ).toThrow(/population\.users is 10 .*3 nodes/);
  });

  it("a scenario whose arrays would not fit is refused before allocating, saying how much it needs", () => {
    const huge = { population: { users: 40_000_000 }, worlds: 8 };
    expect(() => createSimulation(huge)).toThrow(MemoryBudgetError);
    expect(() => createSimulation(huge)).toThrow(
      /would need about [\d.]+ GiB of memory, more than the 4\.0 GiB allowed/,
    );
  });

  it("the memory limit is the caller's to set", () => {
    expect(() =>
      createSimulation({ population: { users: 3000 } }, { memoryLimitBytes: 1024 }),
    ).toThrow(MemoryBudgetError);
  });

  it("a malformed network line is reported with its number", () => {
    expect(() =>
      parseNetwork("0 1\n1\n2 3\n", { format: "edgelist", fileName: "bad.txt" }),
    ).toThrow(/bad\.txt.*line 2/);
  });
});

describe("graph parameters that do not fit the population", () => {
  it("an odd ring degree for Watts–Strogatz", () => {
    expect(problems({ graph: { kind: "watts-strogatz", k: 5 } })[0]).toMatch(
      /^graph\.k: got 5; allowed: .*multiple of 2/,
    );
  });

  it("a mean degree above the number of other users", () => {
    expect(() =>
      createSimulation({
        population: { users: 10 },
        graph: { kind: "erdos-renyi", meanDegree: 20 },
      }),
    ).toThrow(/graph\.meanDegree is 20; allowed: at most population\.users − 1 \(9\)/);
  });

  it("more creators to follow than there are, or more friends than users", () => {
    // 100 users at creatorShare 0.05: 5 creators, so each user can follow at most 4.
    const users = { users: 100, creatorShare: 0.05 };
    expect(() =>
      createSimulation({ population: users, graph: { kind: "creator-centred", follows: 4.5 } }),
    ).toThrow(/graph\.follows is 4\.5; allowed: at most the number of creators − 1 \(4;/);
    expect(() =>
      createSimulation({
        population: users,
        graph: { kind: "creator-centred", follows: 2, friends: 100 },
      }),
    ).toThrow(/graph\.friends is 100; allowed: at most population\.users − 1 \(99\)/);
  });

  it("a creator-centred graph without pull for new creators", () => {
    expect(problems({ graph: { kind: "creator-centred", attractiveness: 0 } })).toEqual([
      "graph.attractiveness: got 0; allowed: ≥ 0.01",
    ]);
  });

  it("more ties per newcomer than users", () => {
    expect(() =>
      createSimulation({ population: { users: 4 }, graph: { kind: "barabasi-albert", m: 4 } }),
    ).toThrow(/graph\.m is 4; allowed: fewer than population\.users \(4\)/);
  });
});
