import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/validate.js";
import { catalog, findScenario } from "../../src/ui/scenario-catalog.js";

describe("the scenario picker's catalog", () => {
  it("lists every scenario file in scenarios/ and not the JSON Schema", () => {
    const files = readdirSync(new URL("../../scenarios", import.meta.url))
      .filter((name) => name.endsWith(".json") && name !== "schema.json")
      .map((name) => `scenarios/${name}`)
      .sort();
    expect(catalog.map((entry) => entry.file).sort()).toEqual(files);
  });

  it("puts the default scenario first", () => {
    expect(catalog[0].id).toBe("default");
    expect(findScenario("default")?.file).toBe("scenarios/default.json");
  });

  it("holds only scenarios that the schema accepts", () => {
    for (const entry of catalog) expect(() => parseScenario(entry.input, entry.file)).not.toThrow();
  });
});
