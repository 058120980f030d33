import { describe, expect, it } from "vitest";
import { defaultScenarioWith } from "../../bench/default-scenario.js";
import { formatLargeRun } from "../../bench/large-report.js";
import { measureLargeRun } from "../../bench/large-run.js";
import { typedArrayBytes } from "../../bench/typed-array-bytes.js";
import { createWorlds } from "../../src/engine/simulation.js";
import { SUMMARY_NAMES } from "../../src/engine/types.js";
import { parseScenario } from "../../src/scenario/validate.js";

describe("the large-run bench at a small size", () => {
  it("counts each typed array once: two worlds hold their own arrays and share the population's", () => {
    const scenario = parseScenario({ ...defaultScenarioWith(800), worlds: 2, ticks: 10 });
    const [a, b] = createWorlds(scenario, {});
    for (let t = 0; t < 10; t++) {
      a.step();
      b.step();
    }
    const population = typedArrayBytes([a.pop]);
    expect(population).toBeGreaterThan(0);
    expect(typedArrayBytes([a, b])).toBe(typedArrayBytes([a]) + typedArrayBytes([b]) - population);
    // A subarray is its buffer: counting the view again adds nothing.
    expect(typedArrayBytes([a, a.videos.likes.subarray(0, 1)])).toBe(typedArrayBytes([a]));
  });

  it("times the build, every tick and every summary measure, and extrapolates the ticks not run", () => {
    const figures = measureLargeRun({ users: 2_000, ticks: 8, fullTicks: 16, seed: 1 });
    expect(figures.tickSeconds).toHaveLength(8);
    expect(figures.measures.map((m) => m.measure)).toEqual([...SUMMARY_NAMES]);
    expect(figures.measures.find((m) => m.measure === "modularity")!.value).toBeGreaterThan(0);
    expect(
      Number.isFinite(figures.measures.find((m) => m.measure === "qualityKendall")!.value),
    ).toBe(true);
    expect(figures.buildSeconds).toBeGreaterThan(0);
    expect(figures.extrapolated!.wallSeconds).toBeGreaterThan(figures.wallSeconds);
    const { memory } = figures;
    expect(memory.accountedBytes).toBeGreaterThan(0);
    // sim.memoryBytes() declares what the walk finds, give or take arrays outside the layouts.
    expect(Math.abs(memory.declaredBytes / memory.accountedBytes - 1)).toBeLessThan(0.2);
    expect(memory.estimateFullBytes).toBeGreaterThan(memory.estimateBytes);
    expect(memory.peakRssBytes).toBeGreaterThan(memory.rssBeforeBytes);
    const report = formatLargeRun(figures);
    for (const part of ["extrapolated", "modularity", "peak RSS", "budget estimate", "Aims"])
      expect(report).toContain(part);
  }, 60_000);
});
