import { describe, expect, it } from "vitest";
import { defaultScenarioWith } from "../../bench/default-scenario.js";
import { measureModel } from "../../bench/model-run.js";
import { engineModel } from "../../bench/models.js";
import type { BenchPlan } from "../../bench/plan.js";
import { formatReport } from "../../bench/report.js";
import { runBench } from "../../bench/suite.js";

const TINY: BenchPlan = {
  kernelRuns: 1,
  sizes: [{ users: 300, seed: 2, ticks: 8, growthFrom: 3, naiveTicks: 4 }],
  sweep: { runs: 2, users: 150, ticks: 3, rounds: 2 },
  worlds: [{ scenario: "musiclab.json", users: 300, repeats: 1, warmUps: 0 }],
  startupRuns: 1,
  saveRestore: { users: 300, ticks: 4, runs: 2 },
  floorTicks: 3,
};

describe("npm run bench at tiny sizes", () => {
  it("measures every part and keeps every figure, finite where it must be", async () => {
    const lines: string[] = [];
    const results = await runBench(TINY, true, (line) => lines.push(line));
    expect(results.format).toBe("likesim-bench/1");
    expect(results.machine.node).toBe(process.version);
    expect(results.machine.cpu.length).toBeGreaterThan(0);
    expect(results.machine.commit === null || /^[0-9a-f]{40}$/.test(results.machine.commit)).toBe(
      true,
    );
    expect(results.kernels.w1.edges).toBe(399_984);
    expect(results.kernels.w2.impressions).toBe(1_000_000);

    const [size] = results.fullModel;
    expect(size.engine.run.ticks).toBe(8);
    expect(size.engine.window.ticks).toBe(4);
    expect(size.naive.run.ticks).toBe(4);
    expect(size.engine.tickMs).toHaveLength(8);
    for (const range of [size.engine.run, size.engine.window, size.naive.window]) {
      expect(range.impressions).toBeGreaterThan(0);
      expect(range.likes).toBeLessThanOrEqual(range.impressions);
      for (const rate of [
        range.impressionsPerSecond,
        range.meanImpressionsPerSecond,
        range.ticksPerSecond,
      ])
        expect(rate).toBeGreaterThan(0);
    }
    expect(size.speedup).toBeGreaterThan(0);
    expect(size.cpuSpeedup).toBeGreaterThan(0);
    expect(size.agreement.ticks).toBe(4);
    expect(size.memory).toMatchObject({
      fromTick: 3,
      toTick: 8,
      bytesPerVideo: expect.any(Number),
    });
    expect(size.engine.maxRssBytes).toBeGreaterThan(0);

    // The floor replays the engine's rates: about its impressions a tick (a draw of a video
    // already seen is skipped, so a little fewer), and a finite ceiling.
    const [floor] = results.memoryFloor;
    const planned = floor.rates.sessionsPerTick * floor.rates.impressionsPerSession;
    expect(floor.users).toBe(300);
    expect(floor.rates.likesPerImpression).toBeGreaterThan(0);
    expect(floor.rates.likesPerImpression).toBeLessThan(1);
    expect(floor.impressionsPerTick).toBeGreaterThan(0.5 * planned);
    expect(floor.impressionsPerTick).toBeLessThan(1.2 * planned);
    expect(Number.isFinite(floor.ceilingImpressionsPerCpuSecond)).toBe(true);

    expect(results.sweep.timed).toHaveLength(2);
    for (const round of results.sweep.timed) {
      expect(round.oneWorkerSeconds).toBeGreaterThan(0);
      expect(round.twoWorkersSeconds).toBeGreaterThan(0);
      // The idle end of a round is a part of it.
      expect(round.tailSeconds).toBeGreaterThanOrEqual(0);
      expect(round.tailSeconds).toBeLessThan(round.twoWorkersSeconds);
    }
    expect(results.sweep.warmUpSeconds.two).toBeGreaterThan(0);
    expect(results.sweep.lowestSpeedup).toBeLessThanOrEqual(results.sweep.speedup);
    expect(results.worlds[0]).toMatchObject({ worlds: 8, population: 300 });
    expect(results.worlds[0].parallelSeconds).toBeGreaterThan(0);
    expect(results.aims.map((aim) => aim.name)).toEqual([
      "W1 attempts/s",
      "W2 impressions/s",
      "full model impressions/s at 300 users",
      "engine / naive at 300 users, by CPU time",
      "steady growth beyond new videos and follows at 300 users, B/tick",
      "sweep, 2 workers / 1, lowest of 2 rounds",
      "musiclab.json 8 worlds, 2 workers / 1",
      "likesim --help start-up, ms",
    ]);
    expect(results.startup.helpMs).toBeGreaterThan(0);
    expect(results.startup.nodeMs).toBeGreaterThan(0);
    expect(results.saveRestore).toMatchObject({ users: 300, ticks: 4, continuesExactly: true });
    expect(results.saveRestore.stateBytes).toBeGreaterThan(0);
    expect(results.saveRestore.stateBytes).toBeLessThanOrEqual(results.saveRestore.memoryBytes);
    for (const ms of [results.saveRestore.saveMs, results.saveRestore.restoreMs])
      expect(ms).toBeGreaterThan(0);
    expect(lines.length).toBeGreaterThanOrEqual(4);

    // What bench/results.json holds survives JSON, and the terminal report shows each part.
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
    const report = formatReport(results);
    for (const heading of [
      "Kernels",
      "Full model",
      "Same model?",
      "memory growth",
      "Sweep",
      "Worlds in parallel",
      "Start-up",
      "Save, restore and fork",
      "Aims",
    ])
      expect(report).toContain(heading);
  }, 120_000);

  it("refuses a comparison window longer than the run", () => {
    const build = () => engineModel(defaultScenarioWith(50), 1);
    expect(() => measureModel(build, { ticks: 3, window: 4, growthFrom: 0 })).toThrow(
      /window 4.*allowed: 1 ≤ window ≤ ticks/,
    );
  });

  it("refuses a growth start at or past the last tick", () => {
    const build = () => engineModel(defaultScenarioWith(50), 1);
    expect(() => measureModel(build, { ticks: 3, window: 3, growthFrom: 3 })).toThrow(
      /growthFrom 3.*0 ≤ growthFrom < ticks/,
    );
  });
});
