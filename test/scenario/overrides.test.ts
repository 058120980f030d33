import { describe, expect, it } from "vitest";
import {
  applyOverrides,
  OverrideError,
  parseOverride,
  scenarioWith,
} from "../../src/scenario/overrides.js";
import { ScenarioError } from "../../src/scenario/validate.js";

const set = (...texts: string[]) => texts.map((text) => parseOverride(text));

describe("parseOverride", () => {
  it("splits a dotted path from its value at the first =", () => {
    expect(parseOverride("feed.ranker=popularity")).toMatchObject({
      path: ["feed", "ranker"],
      value: "popularity",
    });
    expect(parseOverride("name=a=b").value).toBe("a=b");
  });

  it("reads values as JSON when they parse, else as bare text", () => {
    expect(parseOverride("ticks=20").value).toBe(20);
    expect(parseOverride("graph.directed=true").value).toBe(true);
    expect(parseOverride("x=null").value).toBeNull();
    expect(parseOverride('about.references=["a","b"]').value).toEqual(["a", "b"]);
    expect(parseOverride('name="12"').value).toBe("12");
    expect(parseOverride("feed.ranker=for-you").value).toBe("for-you");
  });

  it("rejects text without =", () => {
    expect(() => parseOverride("feed.ranker")).toThrow(/--set feed.ranker: expected path=value/);
  });

  it("rejects an empty field name in the path", () => {
    expect(() => parseOverride("feed..ranker=random")).toThrow(/empty field name/);
    expect(() => parseOverride("=3")).toThrow(OverrideError);
  });
});

describe("applyOverrides", () => {
  it("sets paths on a copy, creating groups on the way, and leaves the input alone", () => {
    const input = { name: "x", feed: { listShare: 0.5 } };
    const result = applyOverrides(input, set("feed.ranker=popularity", "behaviour.socialProof=0"));
    expect(result).toEqual({
      name: "x",
      feed: { listShare: 0.5, ranker: "popularity" },
      behaviour: { socialProof: 0 },
    });
    expect(input).toEqual({ name: "x", feed: { listShare: 0.5 } });
  });

  it("reports an unknown field with the fields its group has", () => {
    expect(() => applyOverrides({}, set("feed.rankr=random"))).toThrow(
      /^--set feed\.rankr=random: unknown field feed\.rankr; feed has: ranker, listShare, /,
    );
  });

  it("reports an unknown top-level field with the scenario's keys", () => {
    expect(() => applyOverrides({}, set("tick=3"))).toThrow(
      /unknown field tick; the scenario has: .*ticks/,
    );
  });

  it("refuses to reach inside a number or a list", () => {
    expect(() => applyOverrides({}, set("ticks.max=3"))).toThrow(
      /ticks is a number, not a group of fields/,
    );
    expect(() => applyOverrides({}, set("about.references.0=a"))).toThrow(
      /about\.references is a list/,
    );
  });

  it("does not let a path reach the prototype", () => {
    expect(() => applyOverrides({}, set("__proto__.polluted=1"))).toThrow(
      /unknown field __proto__/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses the same field twice", () => {
    expect(() => applyOverrides({}, set("ticks=3", "ticks=4"))).toThrow(
      /--set ticks=4: ticks is already set by --set ticks=3/,
    );
  });

  it("refuses a scenario that is not an object", () => {
    expect(() => applyOverrides([1], set("ticks=3"))).toThrow(/must be a JSON object/);
  });

  it("checks graph fields against the graph's kind", () => {
    const ws = { graph: { kind: "watts-strogatz", k: 4 } };
    expect(() => applyOverrides(ws, set("graph.m=3"))).toThrow(
      /unknown field graph\.m; graph \(kind "watts-strogatz"\) has: kind, k, beta/,
    );
    expect(applyOverrides(ws, set("graph.beta=0.5"))).toEqual({
      graph: { kind: "watts-strogatz", k: 4, beta: 0.5 },
    });
  });

  it("checks graph fields against the default kind when the file has no graph", () => {
    expect(applyOverrides({}, set("graph.m=2"))).toEqual({
      graph: { kind: "barabasi-albert", m: 2 },
    });
    expect(scenarioWith({}, set("graph.m=2")).graph).toEqual({ kind: "barabasi-albert", m: 2 });
    expect(() => applyOverrides({}, set("graph.k=2"))).toThrow(/barabasi-albert/);
  });

  it("replaces the graph with the new kind's defaults plus the other graph overrides", () => {
    const ws = { graph: { kind: "watts-strogatz", k: 4, beta: 0.2 } };
    const result = applyOverrides(ws, set("graph.meanDegree=3", "graph.kind=erdos-renyi"));
    expect(result).toEqual({ graph: { kind: "erdos-renyi", meanDegree: 3 } });
    expect(scenarioWith(ws, set("graph.kind=erdos-renyi")).graph).toEqual({
      kind: "erdos-renyi",
      meanDegree: 8,
      directed: false,
    });
  });

  it("keeps the graph's other fields when the kind is set to the one it has", () => {
    const ws = { graph: { kind: "watts-strogatz", k: 4 } };
    expect(applyOverrides(ws, set("graph.kind=watts-strogatz"))).toEqual(ws);
  });

  it("keeps text fields as text even when the value looks like JSON", () => {
    expect(scenarioWith({}, set("name=123")).name).toBe("123");
  });
});

describe("scenarioWith", () => {
  it("validates the result with the scenario schema and fills defaults", () => {
    const scenario = scenarioWith({}, set("feed.ranker=popularity", "ticks=20"));
    expect(scenario.feed.ranker).toBe("popularity");
    expect(scenario.ticks).toBe(20);
    expect(scenario.feed.listShare).toBe(0.5);
  });

  it("reports a bad value with the field, the value, what is allowed and the override", () => {
    const attempt = () => scenarioWith({}, set("feed.ranker=best"), "s.json");
    expect(attempt).toThrow(ScenarioError);
    expect(attempt).toThrow(
      /s\.json with --set feed\.ranker=best[\s\S]*feed\.ranker: got "best"; allowed: one of "random"/,
    );
  });

  it("reports a value of the wrong type", () => {
    expect(() => scenarioWith({}, set("ticks=many"))).toThrow(
      /ticks: got "many"; allowed: a number/,
    );
    expect(() => scenarioWith({}, set("behaviour.shareRate=2"))).toThrow(
      /behaviour\.shareRate: got 2; allowed: ≤ 1/,
    );
  });

  it("reports an unknown graph kind through the schema", () => {
    expect(() => scenarioWith({}, set("graph.kind=tree", "graph.m=2"))).toThrow(
      /graph\.kind: got "tree"; allowed: one of "barabasi-albert"/,
    );
  });
});
