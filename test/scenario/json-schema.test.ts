import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema, scenarioJsonSchemaText } from "../../src/scenario/json-schema.js";

describe("scenarios/schema.json", () => {
  it("is up to date with the scenario schema (run `npm run schema` after changing it)", () => {
    const committed = readFileSync(new URL("../../scenarios/schema.json", import.meta.url), "utf8");
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it("describes input files: defaulted fields are optional, unknown keys are refused", () => {
    const schema = scenarioJsonSchema() as {
      required?: string[];
      additionalProperties: boolean;
      properties: Record<string, { description?: string }>;
    };
    expect(schema.required ?? []).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.ticks.description).toMatch(/Length of a run/);
  });
});
