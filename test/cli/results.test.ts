import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SERIES_COLUMNS, SUMMARY_NAMES } from "../../src/engine/types.js";
import { cli, comparable, readLines, tempDir, writeScenario } from "./helpers.js";

const SWEEP = [
  "--sweep",
  "feed.ranker=random,popularity",
  "--seeds",
  "1..3",
  "--jobs",
  "1",
  "--quiet",
];

describe("--out results", () => {
  it("holds one self-describing line per run, each able to reproduce its run alone", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const { code } = await cli(
      ["sweep", file, ...SWEEP, "--set", "behaviour.socialProof=0", "--out", "r.ndjson"],
      dir,
    );
    expect(code).toBe(0);
    const lines = readLines(join(dir, "r.ndjson"));
    expect(lines).toHaveLength(6);
    const line = lines.find((l) => l.seed === 2 && l.sweep["feed.ranker"] === "popularity")!;
    expect(line).toMatchObject({
      format: "likesim-run/1",
      scenario: "small",
      scenarioFile: "small.json",
      overrides: { "behaviour.socialProof": 0 },
      version: "0.1.0",
      ticks: 20,
      worlds: 1,
    });
    expect(Object.keys(line.summary)).toEqual([...SUMMARY_NAMES]);
    expect(line.wallMs).toBeGreaterThan(0);
    const again = await cli(
      [
        "run",
        line.scenarioFile,
        "--seed",
        "2",
        "--set",
        "behaviour.socialProof=0",
        "--set",
        "feed.ranker=popularity",
        "--json",
      ],
      dir,
    );
    const rerun = JSON.parse(again.out);
    expect(rerun.scenarioHash).toBe(line.scenarioHash);
    expect(rerun.summary).toEqual(line.summary);
  });

  it("skips finished runs when the same command is run again", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    await cli(["sweep", file, ...SWEEP, "--out", "r.ndjson"], dir);
    const first = readFileSync(join(dir, "r.ndjson"), "utf8");
    const again = await cli(["sweep", file, ...SWEEP.slice(0, -1), "--out", "r.ndjson"], dir);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/wrote 0 runs to r\.ndjson \(6 already there\)/);
    expect(readFileSync(join(dir, "r.ndjson"), "utf8")).toBe(first);
  });

  it("adds only the missing runs when the batch grows", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    await cli(["run", file, "--seeds", "1..2", "--jobs", "1", "--quiet", "--out", "r.ndjson"], dir);
    await cli(["run", file, "--seeds", "1..4", "--jobs", "1", "--quiet", "--out", "r.ndjson"], dir);
    expect(readLines(join(dir, "r.ndjson")).map((l) => l.seed)).toEqual([1, 2, 3, 4]);
  });

  it("cuts a torn last line and redoes that run", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    await cli(["sweep", file, ...SWEEP, "--out", "whole.ndjson"], dir);
    const whole = readFileSync(join(dir, "whole.ndjson"), "utf8").split("\n");
    // Four whole lines and the first 50 bytes of the fifth, as a kill mid-write leaves them.
    writeFileSync(
      join(dir, "torn.ndjson"),
      `${whole.slice(0, 4).join("\n")}\n${whole[4].slice(0, 50)}`,
    );
    const { code, err } = await cli(
      ["sweep", file, ...SWEEP.slice(0, -1), "--out", "torn.ndjson"],
      dir,
    );
    expect(code).toBe(0);
    expect(err).toMatch(/cutting a torn last line \(50 bytes\)/);
    expect(comparable(readLines(join(dir, "torn.ndjson")))).toEqual(
      comparable(readLines(join(dir, "whole.ndjson"))),
    );
  });

  it("refuses a file that is not likesim results and leaves it untouched", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    for (const [name, content] of [
      ["notes.txt", "dear diary\n"],
      ["other.ndjson", '{"format":"something-else"}\n'],
      ["noeol.txt", "no newline at the end"],
    ]) {
      writeFileSync(join(dir, name), content);
      const { code, err } = await cli(["run", file, "--out", name], dir);
      expect(code).toBe(2);
      expect(err).toMatch(
        new RegExp(`--out ${name.replace(".", "\\.")}: not a likesim results file`),
      );
      expect(readFileSync(join(dir, name), "utf8")).toBe(content);
    }
  });

  it("refuses an unwritable or missing directory before any run, leaving no file", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    writeFileSync(join(dir, "plain-file"), "");
    const cases: [string[], RegExp][] = [
      [
        ["--out", "missing/r.ndjson"],
        /--out missing\/r\.ndjson: the directory .*missing does not exist/,
      ],
      [
        ["--out", "plain-file/r.ndjson"],
        /--out plain-file\/r\.ndjson: .*plain-file is not a directory/,
      ],
      [["--out", "/proc/r.ndjson"], /--out \/proc\/r\.ndjson: cannot write in \/proc/],
      [["--timeseries", "plain-file"], /--timeseries plain-file: is a file/],
      [["--csv", "missing/r.csv"], /--csv missing\/r\.csv: the directory .*missing does not exist/],
    ];
    for (const [args, message] of cases) {
      const { code, err, out } = await cli(["run", file, ...args], dir);
      expect(code).toBe(2);
      expect(err).toMatch(message);
      expect(out).toBe("");
    }
    expect(readdirSync(dir).sort()).toEqual(["plain-file", "small.json"]);
  });

  it("leaves no output file behind on bad input", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const bad: string[][] = [
      ["--set", "feed.rankr=random"],
      ["--seeds", "5..1"],
      ["--shard", "3/2"],
      ["--set", "graph.m=400"],
      ["--set", "population.users=50000000", "--set", "worlds=64"],
    ];
    for (const args of bad) {
      const { code } = await cli(
        ["run", file, ...args, "--out", "r.ndjson", "--timeseries", "ts", "--csv", "r.csv"],
        dir,
      );
      expect(code).toBe(2);
      expect(readdirSync(dir)).toEqual(["small.json"]);
    }
  });

  it("writes each run's per-tick series as CSV with --timeseries, and a flat table with --csv", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const { code } = await cli(
      [
        "sweep",
        file,
        ...SWEEP,
        "--out",
        "r.ndjson",
        "--timeseries",
        "series",
        "--csv",
        "r.csv",
        "--set",
        "worlds=2",
      ],
      dir,
    );
    expect(code).toBe(0);
    const lines = readLines(join(dir, "r.ndjson"));
    expect(new Set(lines.map((l) => l.timeseries)).size).toBe(6);
    const csv = readFileSync(join(dir, lines[0].timeseries!), "utf8").trim().split("\n");
    expect(csv[0]).toBe(["world", ...SERIES_COLUMNS].join(","));
    expect(csv).toHaveLength(1 + 2 * 20);
    expect(csv[1].startsWith("0,0,")).toBe(true);
    expect(csv[21].startsWith("1,0,")).toBe(true);
    expect(lines[0].perWorld).toHaveLength(2);
    const table = readFileSync(join(dir, "r.csv"), "utf8").trim().split("\n");
    expect(table).toHaveLength(7);
    expect(table[0]).toBe(
      [
        "scenario",
        "scenarioHash",
        "seed",
        "worlds",
        "feed.ranker",
        "ticks",
        ...SUMMARY_NAMES,
        "wallMs",
        "version",
      ].join(","),
    );
    expect(table[1]).toMatch(/^small,[0-9a-f]{16},1,2,popularity,20,/);
  });

  it("makes the --timeseries directory when its parent exists, and refuses one whose parent does not", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    mkdirSync(join(dir, "a"));
    expect((await cli(["run", file, "--timeseries", "a/b", "--quiet"], dir)).code).toBe(0);
    expect(readdirSync(join(dir, "a", "b"))).toHaveLength(1);
    expect((await cli(["run", file, "--timeseries", "x/y"], dir)).code).toBe(2);
    expect(existsSync(join(dir, "x"))).toBe(false);
  });

  it("appends whole lines only, the format marker first", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    appendFileSync(join(dir, "r.ndjson"), "");
    await cli(["run", file, "--seeds", "1..2", "--jobs", "1", "--quiet", "--out", "r.ndjson"], dir);
    const text = readFileSync(join(dir, "r.ndjson"), "utf8");
    expect(text.endsWith("\n")).toBe(true);
    for (const line of text.trim().split("\n"))
      expect(line.startsWith('{"format":"likesim-run/1",')).toBe(true);
  });
});
