import { describe, expect, it } from "vitest";
import report from "../../docs/sensitivity/default.json";
import { parseScenario } from "../../src/scenario/validate.js";
import { scenarioFields } from "../../src/ui/parameter-fields.js";
import {
  DOMINANT_TOTAL_INDEX,
  dominantSettings,
  type SensitivityReport,
  sensitivityMarks,
} from "../../src/ui/sensitivity-marks.js";

const estimate = (value: number) => ({ value, low: value - 0.05, high: value + 0.05 });

const synthetic: SensitivityReport = {
  scenario: { name: "default" },
  method: "sobol",
  seeds: [1],
  runs: 10,
  indices: {
    giniVideos: {
      parameters: [
        { path: "a", total: estimate(0.4) },
        { path: "b", total: estimate(0.05) },
      ],
    },
    likeRate: {
      parameters: [
        { path: "a", total: estimate(0.2) },
        { path: "b", total: estimate(0.6) },
        { path: "c", total: estimate(DOMINANT_TOTAL_INDEX - 0.001) },
      ],
    },
  },
};

describe("the settings the sensitivity analysis marks", () => {
  it("marks a setting whose total index reaches the cut on some metric, with its largest index", () => {
    const marks = dominantSettings(synthetic, "report.html");
    expect([...marks.keys()].sort()).toEqual(["a", "b"]);
    expect(marks.get("a")).toEqual({ total: 0.4, metric: "giniVideos", href: "report.html" });
    expect(marks.get("b")).toMatchObject({ total: 0.6, metric: "likeRate" });
  });

  it("marks nothing from a Morris screening, which has no share of variance", () => {
    expect(dominantSettings({ ...synthetic, method: "morris" }, "x").size).toBe(0);
  });

  it("marks settings of the default scenario only, each one the app has a field for", () => {
    const fields = scenarioFields();
    const shipped = dominantSettings(report as SensitivityReport, "x");
    expect(shipped.size).toBeGreaterThan(0);
    for (const path of shipped.keys()) expect(fields.has(path)).toBe(true);
    const base = parseScenario({ name: "default" });
    expect(sensitivityMarks(base).size).toBe(shipped.size);
    expect(sensitivityMarks(parseScenario({ name: "musiclab" })).size).toBe(0);
  });
});
