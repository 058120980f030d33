import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveShard, takeShard } from "../../src/cli/shard.js";
import { cli, comparable, readLines, tempDir, writeScenario } from "./helpers.js";

const GRID = [
  "--sweep",
  "feed.ranker=random,popularity",
  "--sweep",
  "behaviour.socialProof=0,1",
  "--seeds",
  "1..3",
  "--quiet",
];

describe("worker threads", () => {
  it("give the same lines (but wall time) with 1 and 2 jobs, whatever the completion order", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    expect(
      (await cli(["sweep", file, ...GRID, "--jobs", "1", "--out", "one.ndjson"], dir)).code,
    ).toBe(0);
    expect(
      (
        await cli(
          ["sweep", file, ...GRID, "--jobs", "2", "--out", "two.ndjson", "--timeseries", "ts"],
          dir,
        )
      ).code,
    ).toBe(0);
    const one = readLines(join(dir, "one.ndjson"));
    const two = readLines(join(dir, "two.ndjson")).map(({ timeseries: _t, ...line }) => line);
    expect(one).toHaveLength(12);
    expect(comparable(two)).toEqual(comparable(one));
    // merge sorts by key, so its output does not depend on the order runs finished in.
    await cli(["merge", "one.ndjson", "--out", "one-sorted.ndjson", "--quiet"], dir);
    await cli(["merge", "two.ndjson", "--out", "two-sorted.ndjson", "--quiet"], dir);
    const strip = (name: string) =>
      readLines(join(dir, name)).map((l) => [l.seed, l.sweep, l.summary]);
    expect(strip("two-sorted.ndjson")).toEqual(strip("one-sorted.ndjson"));
  });

  it("report a bad scenario found at run time as bad input", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const { code, err } = await cli(
      ["run", file, "--seeds", "1..2", "--jobs", "2", "--set", "graph.m=400", "--out", "r.ndjson"],
      dir,
    );
    expect(code).toBe(2);
    expect(err).toMatch(/graph\.m is 400; allowed: fewer than population\.users/);
  });
});

describe("sharding", () => {
  it("splits grid × seeds into disjoint shards whose merge equals the unsharded run", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    await cli(["sweep", file, ...GRID, "--jobs", "1", "--out", "all.ndjson"], dir);
    const shards = ["1/3", "2/3", "3/3"];
    for (const shard of shards) {
      const { code } = await cli(
        ["sweep", file, ...GRID, "--jobs", "1", "--shard", shard, "--out", `s${shard[0]}.ndjson`],
        dir,
      );
      expect(code).toBe(0);
    }
    const sizes = shards.map((shard) => readLines(join(dir, `s${shard[0]}.ndjson`)).length);
    expect(sizes).toEqual([4, 4, 4]);
    const merged = await cli(
      ["merge", "s1.ndjson", "s2.ndjson", "s3.ndjson", "--out", "merged.ndjson"],
      dir,
    );
    expect(merged.code).toBe(0);
    expect(merged.err).toMatch(/merged 12 lines from 3 file\(s\) into 12 runs/);
    expect(comparable(readLines(join(dir, "merged.ndjson")))).toEqual(
      comparable(readLines(join(dir, "all.ndjson"))),
    );
  });

  it("takes the shard from a Kubernetes Indexed Job or a Slurm array", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const args = ["run", file, "--seeds", "1..5", "--jobs", "1", "--json"];
    const seeds = async (env: Record<string, string>, extra: string[] = []) =>
      (await cli([...args, ...extra], dir, env)).out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).seed);
    expect(await seeds({ JOB_COMPLETION_INDEX: "1" }, ["--shard-count", "2"])).toEqual([2, 4]);
    expect(
      await seeds({
        SLURM_ARRAY_TASK_ID: "1",
        SLURM_ARRAY_TASK_MIN: "1",
        SLURM_ARRAY_TASK_COUNT: "2",
      }),
    ).toEqual([1, 3, 5]);
  });

  it("reads --shard i/n as 1-based and round-robin", () => {
    expect(resolveShard("2/3", undefined, {})).toMatchObject({ index: 2, count: 3 });
    expect(takeShard([0, 1, 2, 3, 4, 5, 6], { index: 2, count: 3, source: "" })).toEqual([1, 4]);
    expect(takeShard([0, 1, 2], undefined)).toEqual([0, 1, 2]);
    expect(resolveShard(undefined, undefined, {})).toBeUndefined();
  });

  it("refuses shards that do not exist or cannot be read", () => {
    expect(() => resolveShard("3/2", undefined, {})).toThrow(
      /--shard 3\/2: shard 3 of 2 does not exist; allowed: i\/n with 1 ≤ i ≤ n/,
    );
    expect(() => resolveShard("0/2", undefined, {})).toThrow(/shard 0 of 2 does not exist/);
    expect(() => resolveShard("1/0", undefined, {})).toThrow(
      /--shard 1\/0: "0" is not a whole number ≥ 1/,
    );
    expect(() => resolveShard("half", undefined, {})).toThrow(/--shard half: expected i\/n/);
    expect(() => resolveShard("1/2", "2", {})).toThrow(
      /--shard-count 2: give the count in --shard i\/n instead/,
    );
    expect(() => resolveShard(undefined, "2", {})).toThrow(
      /--shard-count 2: needs JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID/,
    );
    expect(() => resolveShard(undefined, "x", {})).toThrow(
      /--shard-count: "x" is not a whole number/,
    );
  });

  it("refuses environment shards it cannot place", () => {
    expect(() => resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: "0" })).toThrow(
      /JOB_COMPLETION_INDEX=0 is set but the number of shards is not: give --shard-count N/,
    );
    expect(() => resolveShard(undefined, "2", { JOB_COMPLETION_INDEX: "2" })).toThrow(
      /shard 3 of 2 does not exist/,
    );
    expect(
      resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: "2", LIKESIM_SHARD_COUNT: "4" }),
    ).toMatchObject({
      index: 3,
      count: 4,
    });
    expect(() => resolveShard(undefined, undefined, { SLURM_ARRAY_TASK_ID: "3" })).toThrow(
      /SLURM_ARRAY_TASK_ID=3 is set but the number of shards is not/,
    );
    expect(() =>
      resolveShard(undefined, "4", { SLURM_ARRAY_TASK_ID: "2", SLURM_ARRAY_TASK_STEP: "2" }),
    ).toThrow(/the job array has step 2; allowed: a contiguous array/);
    expect(() =>
      resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: "-1", LIKESIM_SHARD_COUNT: "2" }),
    ).toThrow(/JOB_COMPLETION_INDEX=-1: "-1" is not a whole number ≥ 0/);
  });

  it("prints which shard it runs", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const { err } = await cli(
      ["run", file, "--seeds", "1..4", "--jobs", "1", "--shard", "2/2"],
      dir,
    );
    expect(err).toMatch(/shard 2\/2 \(--shard 2\/2\): 2 runs/);
  });
});
