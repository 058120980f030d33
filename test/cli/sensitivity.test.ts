import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, readLines, tempDir, writeScenario } from "./helpers.js";

const PARAMS = [
  "--param",
  "behaviour.baseline=-7..-4",
  "--param",
  "behaviour.socialProof=0..3",
  "--param",
  "creators.postRate=log:0.03..0.3",
];
const MORRIS = [
  "--method",
  "morris",
  ...PARAMS,
  "--trajectories",
  "6",
  "--metric",
  "giniVideos",
  "--metric",
  "likeRate",
  "--bootstrap",
  "200",
  "--quiet",
];

describe("likesim sensitivity: bad input", () => {
  it.each([
    [
      ["--param", "behaviour.baseline=-7..-4", "--param", "behaviour.quality=0..3"],
      /--method \(missing\): allowed: morris/,
    ],
    [["--method", "fast", ...PARAMS], /--method fast: allowed: morris \(the screen\) or sobol/],
    [["--method", "morris", "--param", "behaviour.baseline=-7..-4"], /needs at least two --param/],
    [
      ["--method", "morris", ...PARAMS, "--metric", "gini"],
      /--metric gini: not a summary metric; allowed: impressions, likes/,
    ],
    [["--method", "morris", ...PARAMS, "--levels", "5"], /--levels 5: allowed: an even number/],
    [["--method", "morris", ...PARAMS, "--shard", "1/2"], /--shard needs --out FILE/],
    [
      ["--method", "morris", ...PARAMS, "--set", "behaviour.baseline=-5"],
      /--param behaviour\.baseline=-\d\.\.-\d: the field is also given by --set/,
    ],
    [
      ["--method", "sobol", ...PARAMS, "--param", "behaviour.quality=0..1000000"],
      /leaves what behaviour\.quality allows/,
    ],
  ])("exits 2 on %j, naming the argument", async (args, message) => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const { code, err } = await cli(["sensitivity", file, ...args, "--report", "r.html"], dir);
    expect(err).toMatch(message);
    expect(code).toBe(2);
    expect(existsSync(join(dir, "r.html"))).toBe(false);
  });
});

describe("likesim sensitivity", () => {
  it("documents every option in its help", async () => {
    const { code, out } = await cli(["sensitivity", "--help"], tempDir());
    expect(code).toBe(0);
    for (const option of [
      "--method",
      "--param",
      "--metric",
      "--trajectories",
      "--levels",
      "--samples",
      "--design-seed",
      "--seed",
      "--seeds",
      "--bootstrap",
      "--set",
      "--ticks",
      "--jobs",
      "--out",
      "--report",
      "--json",
      "--quiet",
      "--shard",
      "--shard-count",
    ])
      expect(out).toContain(`  ${option}`);
  });

  it("runs a Morris design, saves every run as a result line and resumes without running again", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const first = await cli(
      [
        "sensitivity",
        file,
        ...MORRIS,
        "--json",
        "--out",
        "runs.ndjson",
        "--report",
        "r.html",
        "--jobs",
        "2",
      ],
      dir,
    );
    expect(first.code).toBe(0);
    const result = JSON.parse(first.out);
    expect(Object.keys(result.indices)).toEqual(["giniVideos", "likeRate"]);
    expect(result.indices.likeRate.parameters.map((p: { path: string }) => p.path)).toEqual([
      "behaviour.baseline",
      "behaviour.socialProof",
      "creators.postRate",
    ]);
    for (const p of result.indices.likeRate.parameters) {
      expect(p.effects).toBe(6);
      expect(p.muStarLow).toBeLessThanOrEqual(p.muStar);
      expect(p.muStarHigh).toBeGreaterThanOrEqual(p.muStar);
    }
    // The baseline sets the like rate: it must come out as the strongest effect on it.
    const byMu = [...result.indices.likeRate.parameters].sort((a, b) => b.muStar - a.muStar);
    expect(byMu[0].path).toBe("behaviour.baseline");
    const lines = readLines(join(dir, "runs.ndjson"));
    expect(lines).toHaveLength(result.runs);
    expect(result.runs).toBeLessThanOrEqual(6 * 4);
    for (const line of lines) {
      expect(Object.keys(line.sweep).sort()).toEqual([
        "behaviour.baseline",
        "behaviour.socialProof",
        "creators.postRate",
      ]);
    }
    expect(readFileSync(join(dir, "r.html"), "utf8")).toContain("<svg");

    const again = await cli(
      ["sensitivity", file, ...MORRIS, "--json", "--out", "runs.ndjson", "--jobs", "1"],
      dir,
    );
    expect(readLines(join(dir, "runs.ndjson"))).toHaveLength(result.runs);
    expect(JSON.parse(again.out).indices).toEqual(result.indices);
  });

  it("spreads a Sobol' design over shards whose merge gives the unsharded indices", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const args = [
      "sensitivity",
      file,
      "--method",
      "sobol",
      ...PARAMS,
      "--samples",
      "8",
      "--metric",
      "likeRate",
      "--bootstrap",
      "100",
      "--quiet",
      "--json",
    ];
    const whole = await cli([...args, "--jobs", "2", "--out", "all.ndjson"], dir);
    expect(whole.code).toBe(0);
    const indices = JSON.parse(whole.out).indices.likeRate;
    expect(indices.method).toBe("sobol");
    expect(indices.parameters[0]).toHaveProperty("first.value");
    expect(indices.parameters[0]).toHaveProperty("total.low");
    expect(JSON.parse(whole.out).runs).toBe(8 * 5);

    for (const [i, env] of [
      [1, {}],
      [2, { JOB_COMPLETION_INDEX: "1", LIKESIM_SHARD_COUNT: "3" }],
      [3, { SLURM_ARRAY_TASK_ID: "2", SLURM_ARRAY_TASK_COUNT: "3" }],
    ] as const) {
      const shardArgs = i === 1 ? ["--shard", "1/3"] : [];
      const shard = await cli(
        [...args, ...shardArgs, "--jobs", "1", "--out", `shard-${i}.ndjson`],
        dir,
        env,
      );
      expect(shard.code).toBe(0);
      expect(shard.out).toBe("");
      expect(shard.err).toMatch(/runs are in other shards\. Merge the shards' files/);
    }
    const merge = await cli(
      [
        "merge",
        "shard-1.ndjson",
        "shard-2.ndjson",
        "shard-3.ndjson",
        "--out",
        "merged.ndjson",
        "--quiet",
      ],
      dir,
    );
    expect(merge.code).toBe(0);
    expect(readLines(join(dir, "merged.ndjson"))).toHaveLength(40);
    const merged = await cli([...args, "--jobs", "1", "--out", "merged.ndjson"], dir);
    expect(readLines(join(dir, "merged.ndjson"))).toHaveLength(40);
    expect(JSON.parse(merged.out).indices.likeRate).toEqual(indices);
  });

  it("averages each design point over the seeds given", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const { code, out } = await cli(
      [
        "sensitivity",
        file,
        ...MORRIS,
        "--trajectories",
        "2",
        "--seeds",
        "1..2",
        "--json",
        "--out",
        "runs.ndjson",
      ],
      dir,
    );
    expect(code).toBe(0);
    const lines = readLines(join(dir, "runs.ndjson"));
    expect(JSON.parse(out).seeds).toEqual([1, 2]);
    expect(lines.filter((l) => l.seed === 1)).toHaveLength(lines.length / 2);
  });
});
