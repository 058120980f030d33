import { describe, expect, it } from "vitest";
import { scenarioFields } from "../../src/ui/parameter-fields.js";

const fields = scenarioFields();

describe("scenario fields read from the JSON Schema", () => {
  it("give a number field its description, unit and range", () => {
    expect(fields.get("population.users")).toMatchObject({
      kind: "integer",
      unit: "users",
      minimum: 2,
      maximum: 50_000_000,
      description: "Number of users on the platform.",
    });
  });

  it("give a probability its unit and the range 0–1", () => {
    expect(fields.get("population.activity")).toMatchObject({
      kind: "number",
      unit: "probability",
      minimum: 0,
      maximum: 1,
    });
  });

  it("give an enum its options", () => {
    const ranker = fields.get("feed.ranker")!;
    expect(ranker.kind).toBe("choice");
    expect(ranker.options).toEqual(expect.arrayContaining(["chronological", "for-you"]));
  });

  it("turn the graph union into a kind choice and fields that belong to their kinds", () => {
    expect(fields.get("graph.kind")?.options).toEqual([
      "barabasi-albert",
      "watts-strogatz",
      "erdos-renyi",
      "communities",
      "creator-centred",
      "file",
    ]);
    expect(fields.get("graph.m")?.onlyWhen).toEqual({
      path: "graph.kind",
      values: ["barabasi-albert"],
    });
    expect(fields.get("graph.meanDegree")?.onlyWhen?.values).toEqual([
      "erdos-renyi",
      "communities",
    ]);
  });

  it("leave fields outside any union unconditional", () => {
    expect(fields.get("feed.forYou.exploration")?.onlyWhen).toBeUndefined();
  });
});
