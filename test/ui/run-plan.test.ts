import { describe, expect, it } from "vitest";
import type { PageState } from "../../src/ui/page-state.js";
import { planPageRuns } from "../../src/ui/run-plan.js";
import type { CatalogEntry } from "../../src/ui/scenario-catalog.js";

const catalog: CatalogEntry[] = [
  {
    id: "tiny",
    file: "scenarios/tiny.json",
    description: "",
    input: { name: "tiny", population: { users: 50 }, feed: { ranker: "popularity" } },
  },
];

function plan(overrides: [string, string][], extra: Partial<PageState> = {}) {
  return planPageRuns({ scenario: "tiny", overrides, ...extra }, catalog);
}

function problems(result: ReturnType<typeof planPageRuns>): string[] {
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("planning runs from the page state", () => {
  it("refuses to compare a setting the page cannot compare, naming the ones it can", () => {
    const refused = problems(plan([], { compare: { path: "nope", a: "1", b: "2" } }));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(
      /^compare: got "nope"; allowed: one of "ticks", "worlds", "population\.users"/,
    );
    expect(refused[0]).not.toContain("$schema");
  });

  it("applies valid overrides on top of the scenario file", () => {
    const result = plan([
      ["seed", "9"],
      ["population.users", "80"],
    ]);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.runs).toHaveLength(1);
    expect(result.runs[0].scenario.seed).toBe(9);
    expect(result.runs[0].scenario.population.users).toBe(80);
    expect(result.runs[0].overrides).toEqual(["seed=9", "population.users=80"]);
  });

  it("rejects an unknown scenario, listing the ones there are", () => {
    expect(planPageRuns({ scenario: "nope", overrides: [] }, catalog)).toEqual({
      ok: false,
      problems: ['scenario: got "nope"; allowed: one of "tiny"'],
    });
  });

  it("rejects a value out of range, naming the field and the range", () => {
    expect(problems(plan([["population.users", "-5"]]))).toEqual([
      "population.users: got -5; allowed: ≥ 2",
    ]);
  });

  it("rejects a value of the wrong type", () => {
    expect(problems(plan([["population.users", "many"]]))[0]).toMatch(
      /^population\.users: got "many"; allowed: a number/,
    );
  });

  it("rejects a choice outside its options, listing them", () => {
    expect(problems(plan([["feed.ranker", "best"]]))[0]).toMatch(
      /^feed\.ranker: got "best"; allowed: one of .*"chronological"/,
    );
  });

  it("rejects a parameter that names no field, listing the fields there are", () => {
    expect(problems(plan([["population.userz", "5"]]))[0]).toMatch(
      /unknown field population\.userz; population has: users, /,
    );
  });

  it("rejects a seed that is not a whole number", () => {
    expect(problems(plan([["seed", "1.5"]]))[0]).toMatch(
      /^seed: got 1\.5; allowed: a whole number/,
    );
  });

  it("plans two worlds that differ only in the compared setting", () => {
    const result = plan([["seed", "3"]], {
      compare: { path: "feed.ranker", a: "chronological", b: "for-you" },
    });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    const [a, b] = result.runs.map((run) => run.scenario);
    expect([a.feed.ranker, b.feed.ranker]).toEqual(["chronological", "for-you"]);
    expect({ ...a, feed: b.feed }).toEqual(b);
    expect(a.seed).toBe(3);
  });

  it("lets the compared setting win over an override of the same field", () => {
    const result = plan([["feed.ranker", "random"]], {
      compare: { path: "feed.ranker", a: "chronological", b: "popularity" },
    });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.runs.map((run) => run.scenario.feed.ranker)).toEqual([
      "chronological",
      "popularity",
    ]);
  });

  it("rejects a compared value that the field does not allow", () => {
    expect(
      problems(plan([], { compare: { path: "feed.ranker", a: "chronological", b: "best" } }))[0],
    ).toMatch(/^feed\.ranker: got "best"/);
  });

  it("passes a chosen feed user to every world", () => {
    const result = plan([], {
      feedUser: "7",
      compare: { path: "feed.ranker", a: "random", b: "for-you" },
    });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.runs.map((run) => run.traceUser)).toEqual([7, 7]);
  });

  it("rejects a feed user outside the population, naming the range", () => {
    expect(problems(plan([], { feedUser: "50" }))).toEqual([
      'feed: got "50"; allowed: a user id from 0 to 49',
    ]);
  });

  it("rejects a feed user that is not a whole number", () => {
    expect(problems(plan([], { feedUser: "-1" }))).toEqual([
      'feed: got "-1"; allowed: a user id from 0 to 49',
    ]);
    expect(problems(plan([], { feedUser: "2.5" }))[0]).toMatch(/^feed: got "2\.5"/);
  });
  it("plans a fork as the original future and the changed one, both from the fork tick", () => {
    const result = plan([["ticks", "50"]], { fork: "20", change: "removeBots" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.runs.map((run) => run.label)).toEqual(["A: original", "B: remove the bots"]);
    expect(result.runs.map((run) => run.branch)).toEqual([
      { tick: 20, changes: [] },
      { tick: 20, changes: [{ do: "removeBots" }] },
    ]);
    expect(result.runs[0].overrides).toEqual(result.runs[1].overrides);
  });

  it("refuses a fork past the scenario's ticks, an unknown change, or a fork in compare mode", () => {
    expect(problems(plan([["ticks", "50"]], { fork: "51", change: "removeBots" }))).toEqual([
      'fork: got "51"; allowed: a tick from 0 to 50',
    ]);
    expect(problems(plan([], { fork: "5", change: "x" }))[0]).toMatch(/^do: got "x"/);
    const compare = { path: "feed.ranker", a: "random", b: "for-you" };
    expect(problems(plan([], { fork: "5", change: "removeBots", compare }))).toEqual([
      'fork: got "5"; allowed: only without compare',
    ]);
  });

  it("schedules a link's live edits as interventions, and names a bad one", () => {
    const result = plan([["population.users", "80"]], {
      live: ["20:behaviour.socialProof=3", "9:feed.ranker=random"],
    });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.runs[0].scenario.interventions).toEqual([
      { at: 9, do: "switchRanker", ranker: "random" },
      { at: 20, do: "setBehaviour", weight: "socialProof", value: 3 },
    ]);
    expect(problems(plan([], { live: ["20:behaviour.socialProof=3000"] }))).toEqual([
      "live 20: behaviour.socialProof: got 3000; allowed: ≤ 1000",
    ]);
    expect(problems(plan([], { live: ["500:behaviour.quality=1"] }))[0]).toBe(
      'live: got "500:behaviour.quality=1"; allowed: a tick from 1 to 240 (a change mid-run)',
    );
  });
});
