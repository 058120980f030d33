import { availableParallelism } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { inlineExecutor } from "../../src/cli/batch/executor.js";
import { type RunPlan, threadsFor } from "../../src/cli/batch/plan.js";
import { combineWorlds, type RunTask, runTask } from "../../src/cli/batch/run-task.js";
import { workerPool } from "../../src/cli/batch/worker-pool.js";
import { createSimulation } from "../../src/engine/index.js";
import type { Summary } from "../../src/engine/types.js";
import { worldGroups } from "../../src/engine/world-groups.js";
import { parseTargets } from "../../src/inference/targets.js";
import { parseScenario } from "../../src/scenario/validate.js";
import { smallScenario } from "../engine/helpers.js";
import { cli, readLines, tempDir, writeScenario } from "./helpers.js";

/** Five worlds that differ: a popularity feed with social proof, so luck compounds. */
const FIVE_WORLDS = smallScenario({
  worlds: 5,
  ticks: 25,
  feed: { ranker: "popularity" },
  behaviour: { socialProof: 1 },
});

function task(id = 0): RunTask {
  const figures = parseTargets({
    name: "t",
    targets: [
      { figure: { kind: "gini", of: "creators" }, observed: 0, scale: 1 },
      { figure: { kind: "topShare", count: 3 }, observed: 0, scale: 1 },
    ],
  }).targets.map((target) => target.figure!);
  return {
    id,
    scenario: parseScenario(FIVE_WORLDS),
    seed: 7,
    series: true,
    lorenz: true,
    extended: true,
    figures,
  };
}

/** An outcome as numbers that must match to the last bit (wall time aside). */
function numbers({ wallMs: _wallMs, ...outcome }: ReturnType<typeof runTask>) {
  return outcome;
}

describe("worlds in parallel", () => {
  it("cut the worlds into contiguous, even groups, never more groups than worlds", () => {
    expect(worldGroups(8, 2)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
    ]);
    expect(worldGroups(5, 3)).toEqual([[0], [1, 2], [3, 4]]);
    expect(worldGroups(2, 6)).toEqual([[0], [1]]);
    expect(worldGroups(3, 1)).toEqual([[0, 1, 2]]);
  });

  it("get threads by default only when a run's worlds are worth a thread's start", () => {
    const plan = (users: number) =>
      ({
        task: { scenario: parseScenario({ ...FIVE_WORLDS, worlds: 8, population: { users } }) },
      }) as RunPlan;
    // 8 worlds × 400 users × 25 ticks: some 10^4 impressions, less than one thread's start.
    expect(threadsFor(undefined, [plan(400)])).toBe(1);
    // 8 worlds of 10^5 users: each is worth a thread, up to the machine's cores.
    expect(threadsFor(undefined, [plan(100_000)])).toBe(Math.min(8, availableParallelism()));
    // --jobs is the user's choice, up to one thread per world.
    expect(threadsFor("3", [plan(400)])).toBe(3);
    expect(threadsFor("64", [plan(400), plan(400)])).toBe(16);
  });

  it("a simulation of some worlds gives each of them exactly as the whole run does", () => {
    const whole = createSimulation(FIVE_WORLDS, { seed: 3 });
    const some = createSimulation(FIVE_WORLDS, { seed: 3, worlds: [1, 4] });
    whole.step(25);
    some.step(25);
    expect(some.worldCount).toBe(2);
    expect(some.snapshot({ world: 1 }).world).toBe(4);
    const all = whole.metrics().worlds;
    expect(some.metrics().worlds).toEqual([all[1], all[4]]);
    // The worlds differ, so the check above could fail if a part ran the wrong world.
    expect(all[1].likes).not.toBe(all[4].likes);
  });

  it("cannot save or fork a simulation of some worlds: a state holds every world", () => {
    const some = createSimulation(FIVE_WORLDS, { worlds: [1] });
    expect(() => some.save()).toThrow(
      /save\(\): this simulation holds 1 of the scenario's 5 worlds/,
    );
    expect(() => some.fork()).toThrow(
      /fork\(\): this simulation holds 1 of the scenario's 5 worlds/,
    );
  });

  it("refuses a world list that is empty, out of range or out of order", () => {
    for (const worlds of [[], [5], [2, 1], [0.5], [1, 1]]) {
      expect(() => createSimulation(FIVE_WORLDS, { worlds })).toThrow(
        /worlds is \[.*\]; allowed: world indices from 0 to 4, increasing, at least one/,
      );
    }
  });

  const pool = workerPool(2);
  afterAll(() => pool.close());

  it("split across threads (2 parts) or inline (3 parts), a run is bit-identical to one piece", async () => {
    const one = numbers(runTask(task()));
    expect(one.worlds).toHaveLength(5);
    expect(Number.isFinite(one.summary.unpredictability)).toBe(true);
    expect(one.series).toHaveLength(5);
    expect(numbers(await pool.run(task(), 2))).toEqual(one);
    expect(numbers(await inlineExecutor().run(task(), 3))).toEqual(one);
  });

  it("average each world's figures, curves and summaries in world order", () => {
    const world = (index: number, value: number) => ({
      index,
      summary: { likes: value } as Summary,
      creatorLikes: Float64Array.from([value, 1]),
      figures: [value, 2 * value],
      lorenz: [0, value],
    });
    const outcome = combineWorlds(9, [
      { id: 1, worlds: [world(0, 1), world(1, 2)], wallMs: 5 },
      { id: 2, worlds: [world(2, 6)], wallMs: 7 },
    ]);
    expect(outcome.id).toBe(9);
    expect(outcome.figures).toEqual([3, 6]);
    expect(outcome.lorenz).toEqual([0, 3]);
    expect(outcome.summary.likes).toBe(3);
    expect(outcome.worlds.map((s) => s.likes)).toEqual([1, 2, 6]);
    expect(outcome.wallMs).toBe(7);
  });

  it("likesim run of one multi-world seed on 2 jobs writes the line it writes on 1", async () => {
    const dir = tempDir();
    const file = writeScenario(dir, FIVE_WORLDS);
    for (const jobs of ["1", "2"]) {
      const { code } = await cli(
        ["run", file, "--jobs", jobs, "--extended", "--out", `j${jobs}.ndjson`, "--quiet"],
        dir,
      );
      expect(code).toBe(0);
    }
    const [one] = readLines(`${dir}/j1.ndjson`);
    const [two] = readLines(`${dir}/j2.ndjson`);
    expect(one.perWorld).toHaveLength(5);
    expect({ ...two, wallMs: 0 }).toEqual({ ...one, wallMs: 0 });
  });
});
