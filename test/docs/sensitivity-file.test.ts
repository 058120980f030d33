import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { numberFieldAt } from "../../src/scenario/overrides.js";

/**
 * docs/sensitivity/default.json is what the app's parameter panel reads to mark the
 * parameters that drive the default scenario (docs/calibration.md says how to regenerate
 * it). These checks keep its shape: every parameter a numeric field of the schema, every
 * index with its interval, for the metrics the documentation names.
 */
const root = new URL("../..", import.meta.url);
const file = JSON.parse(readFileSync(new URL("docs/sensitivity/default.json", root), "utf8"));

describe("docs/sensitivity/default.json", () => {
  it("is a Sobol' study of the default scenario", () => {
    expect(file.format).toBe("likesim-sensitivity/1");
    expect(file.scenario.file).toBe("scenarios/default.json");
    expect(file.method).toBe("sobol");
    expect(file.command).toMatch(/^likesim sensitivity scenarios\/default\.json --method sobol/);
  });

  it("names numeric scenario fields, and gives each an index with its interval per metric", () => {
    const paths: string[] = file.parameters.map((p: { path: string }) => p.path);
    for (const path of paths) expect(numberFieldAt(path.split("."), {}, path)).toBeDefined();
    expect(Object.keys(file.indices)).toEqual(["giniVideos", "top1Share", "likeRate"]);
    for (const indices of Object.values(file.indices) as {
      parameters: Record<string, { value: number; low: number; high: number }>[];
    }[]) {
      expect(indices.parameters.map((p) => p.path)).toEqual(paths);
      for (const p of indices.parameters) {
        for (const index of [p.first, p.total]) {
          expect(index.low).toBeLessThanOrEqual(index.value);
          expect(index.high).toBeGreaterThanOrEqual(index.value);
        }
      }
    }
  });
});
