import { describe, expect, it } from "vitest";
import { createSimulation } from "../../src/engine/simulation.js";
import { parseScenario } from "../../src/scenario/validate.js";
import { cli, SMALL, tempDir, writeScenario } from "./helpers.js";

describe("likesim run, one seed", () => {
  const dir = tempDir();
  const file = writeScenario(dir);

  it("prints one JSON object with the scenario, hash, seed, version, overrides and the engine's summary", async () => {
    const { code, out } = await cli(
      ["run", file, "--seed", "7", "--set", "feed.ranker=popularity", "--json"],
      dir,
    );
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]);
    expect(result).toMatchObject({
      scenario: "small",
      scenarioFile: "small.json",
      seed: 7,
      version: "0.1.0",
      overrides: { "feed.ranker": "popularity" },
      ticks: 20,
    });
    expect(result.scenarioHash).toMatch(/^[0-9a-f]{16}$/);
    const simulation = createSimulation(
      parseScenario({ ...SMALL, feed: { ranker: "popularity" } }),
      { seed: 7 },
    );
    simulation.step(20);
    const expected = simulation.metrics().summary;
    expect(result.summary.likes).toBe(expected.likes);
    expect(result.summary.impressions).toBe(expected.impressions);
    expect(result.summary.giniVideos).toBe(expected.giniVideos);
    expect(result.summary.unpredictability).toBeNull();
  });

  it("prints a table of every summary metric without --json", async () => {
    const { code, out } = await cli(["run", file, "--seed", "7", "--ticks", "10"], dir);
    expect(code).toBe(0);
    expect(out).toMatch(/^scenario {2}small \(small\.json, hash [0-9a-f]{16}\)/);
    expect(out).toMatch(/seed {6}7 {4}ticks 10/);
    expect(out).toMatch(/set {7}ticks=10/);
    for (const name of ["impressions", "likes", "giniVideos", "unpredictability"])
      expect(out).toContain(name);
  });

  it("gives the same numbers for the same seed and different ones for another", async () => {
    const run = async (seed: string) =>
      JSON.parse((await cli(["run", file, "--seed", seed, "--json"], dir)).out).summary;
    expect(await run("3")).toEqual(await run("3"));
    expect(await run("4")).not.toEqual(await run("3"));
  });

  it("uses the scenario's own seed when none is given", async () => {
    const { out } = await cli(["run", file, "--json"], dir);
    expect(JSON.parse(out).seed).toBe(1);
  });

  it("prints grouped means with 95% intervals for several seeds", async () => {
    const { code, out } = await cli(["run", file, "--seeds", "1..3", "--jobs", "1"], dir);
    expect(code).toBe(0);
    expect(out).toMatch(/scenario=small \(3 runs\)/);
    expect(out).toMatch(/likes\s+3\s+[\d.,]+\s+\[/);
  });
});

describe("likesim run, bad input (exit code 2, message naming the argument)", () => {
  const dir = tempDir();
  const file = writeScenario(dir);
  const cases: [string, string[], RegExp][] = [
    ["a missing scenario file", ["run", "nope.json"], /scenario file .*nope\.json: no such file/],
    ["no scenario file", ["run"], /expected <scenario\.json>; got none/],
    [
      "two scenario files",
      ["run", file, file],
      /expected <scenario\.json>; got "small\.json" "small\.json"/,
    ],
    ["an unknown option", ["run", file, "--bogus"], /Unknown option '--bogus'.*likesim run --help/],
    [
      "an unknown --set path",
      ["run", file, "--set", "feed.rankr=random"],
      /--set feed\.rankr=random: unknown field feed\.rankr; feed has: ranker/,
    ],
    [
      "a value of the wrong type",
      ["run", file, "--set", "ticks=many"],
      /ticks: got "many"; allowed: a number/,
    ],
    [
      "an unknown ranker",
      ["run", file, "--set", "feed.ranker=best"],
      /feed\.ranker: got "best"; allowed: one of "random"/,
    ],
    [
      "a backwards seed range",
      ["run", file, "--seeds", "5..1"],
      /--seeds 5\.\.1: the range 5\.\.1 runs backwards/,
    ],
    [
      "a word as a seed range",
      ["run", file, "--seeds", "a..b"],
      /--seeds a\.\.b: "a" is not a seed/,
    ],
    ["an empty seed list", ["run", file, "--seeds", ""], /--seeds : no seeds given/],
    [
      "--seed with a range",
      ["run", file, "--seed", "1..3"],
      /--seed 1\.\.3: one seed; for several use --seeds/,
    ],
    [
      "--seed and --seeds together",
      ["run", file, "--seed", "1", "--seeds", "1..3"],
      /give one of them/,
    ],
    ["zero ticks", ["run", file, "--ticks", "0"], /--ticks 0: allowed: a whole number from 1/],
    [
      "--ticks and --set ticks together",
      ["run", file, "--ticks", "5", "--set", "ticks=6"],
      /ticks is already set by --set ticks=6/,
    ],
    ["zero jobs", ["run", file, "--jobs", "0"], /--jobs 0: allowed: a whole number from 1 to 256/],
    ["shard 3/2", ["run", file, "--shard", "3/2"], /--shard 3\/2: shard 3 of 2 does not exist/],
    [
      "a scenario too large for memory",
      ["run", file, "--set", "population.users=50000000", "--set", "worlds=64"],
      /would need about .* of memory/,
    ],
    [
      "a graph the population cannot hold",
      ["run", file, "--set", "graph.m=400"],
      /graph\.m is 400; allowed: fewer than population\.users/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(`refuses ${what}`, async () => {
      const { code, err, out } = await cli(args, dir);
      expect(code).toBe(2);
      expect(err).toMatch(message);
      expect(out).toBe("");
    });
  }

  it("refuses a scenario file that is not JSON, saying where", async () => {
    const bad = writeScenario(dir, {}, "bad.json");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(`${dir}/${bad}`, '{ "ticks": 20,\n  "name": }');
    const { code, err } = await cli(["run", bad], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/bad\.json is not valid JSON at line 2, column 11/);
  });

  it("refuses a scenario with an unknown key, naming it", async () => {
    const bad = writeScenario(dir, { ...SMALL, colour: "red" }, "unknown-key.json");
    const { code, err } = await cli(["run", bad], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown key "colour"/);
  });

  it("refuses an unknown command", async () => {
    const { code, err } = await cli(["rnu"], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown command "rnu"; allowed: run, sweep, compare/);
  });
});

describe("likesim validate", () => {
  const dir = tempDir();
  const file = writeScenario(dir);

  it("says what a valid scenario holds", async () => {
    const { code, out } = await cli(["validate", file], dir);
    expect(code).toBe(0);
    expect(out).toMatch(/^ok: small\.json is a valid likesim scenario/);
    expect(out).toMatch(/users {5}300, ticks 20, worlds 1/);
    expect(out).toMatch(/ranker {4}for-you/);
  });

  it("checks overrides too", async () => {
    const { code, err } = await cli(["validate", file, "--set", "behaviour.shareRate=2"], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/behaviour\.shareRate: got 2; allowed: ≤ 1/);
  });

  it("reads a network file relative to the scenario file", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    mkdirSync(`${dir}/nets`, { recursive: true });
    writeFileSync(`${dir}/nets/ring.txt`, "# a ring\n0 1\n1 2\n2 3\n3 0\n");
    const scenario = {
      ...SMALL,
      population: { users: 4 },
      graph: { kind: "file", path: "ring.txt" },
    };
    writeScenario(dir, scenario, "nets/ring.json");
    const ok = await cli(["validate", "nets/ring.json"], dir);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/graph {5}file ring\.txt \(edgelist, 4 nodes, 4 ties\)/);
    const tooMany = await cli(["validate", "nets/ring.json", "--set", "population.users=5"], dir);
    expect(tooMany.code).toBe(2);
    expect(tooMany.err).toMatch(
      /population\.users is 5 but the network file ring\.txt has 4 nodes/,
    );
  });

  it("reports a malformed network line by number", async () => {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(`${dir}/broken.txt`, "0 1\n1\n");
    writeScenario(
      dir,
      { ...SMALL, population: { users: 2 }, graph: { kind: "file", path: "broken.txt" } },
      "broken.json",
    );
    const { code, err } = await cli(["validate", "broken.json"], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/broken\.txt.*line 2/);
  });

  it("reports a missing network file", async () => {
    writeScenario(
      dir,
      { ...SMALL, graph: { kind: "file", path: "missing.txt" } },
      "missing-net.json",
    );
    const { code, err } = await cli(["validate", "missing-net.json"], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/network file \(graph\.path\) .*missing\.txt: no such file/);
  });

  it("runs a file graph, carrying the network file's content hash in the result", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    mkdirSync(`${dir}/ring`, { recursive: true });
    const ring = (n: number) =>
      Array.from({ length: n }, (_, i) => `${i} ${(i + 1) % n}`).join("\n");
    writeFileSync(`${dir}/ring/net.txt`, ring(60));
    writeScenario(
      dir,
      { ...SMALL, population: { users: 60 }, graph: { kind: "file", path: "net.txt" } },
      "ring/s.json",
    );
    const first = await cli(["run", "ring/s.json", "--seed", "2", "--json"], dir);
    expect(first.code).toBe(0);
    const line = JSON.parse(first.out);
    expect(line.network).toEqual({
      file: "net.txt",
      hash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(line.summary.impressions).toBeGreaterThan(0);
    writeFileSync(`${dir}/ring/net.txt`, ring(61));
    const second = JSON.parse(
      (await cli(["run", "ring/s.json", "--seed", "2", "--json"], dir)).out,
    );
    expect(second.network.hash).not.toBe(line.network.hash);
    expect(second.scenarioHash).toBe(line.scenarioHash);
  });
});
