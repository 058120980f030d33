import { describe, expect, it } from "vitest";
import { valueAtPath } from "../../src/scenario/value-at-path.js";

describe("valueAtPath", () => {
  const scenario = { feed: { ranker: "popularity", forYou: { trending: 0.2 } }, tags: ["a", "b"] };

  it("reads a dotted path and the same path as a list of fields", () => {
    expect(valueAtPath(scenario, "feed.forYou.trending")).toBe(0.2);
    expect(valueAtPath(scenario, ["feed", "ranker"])).toBe("popularity");
  });

  it("follows list indices, as validation issues give them", () => {
    expect(valueAtPath(scenario, ["tags", 1])).toBe("b");
  });

  it("gives undefined where the path leads nowhere, also through null and plain values", () => {
    expect(valueAtPath(scenario, "feed.staged.likeRateBar")).toBeUndefined();
    expect(valueAtPath(scenario, "feed.ranker.name")).toBeUndefined();
    expect(valueAtPath({ graph: null }, "graph.kind")).toBeUndefined();
    expect(valueAtPath(undefined, "name")).toBeUndefined();
  });
});
