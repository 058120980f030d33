import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SUMMARY_NAMES } from "../../src/engine/types.js";
import { cli, readLines, tempDir, writeScenario } from "./helpers.js";

async function sweepInto(dir: string, out: string, seeds: string): Promise<void> {
  const file = writeScenario(dir);
  const args = [
    "sweep",
    file,
    "--sweep",
    "feed.ranker=random,popularity",
    "--seeds",
    seeds,
    "--jobs",
    "1",
    "--quiet",
    "--out",
    out,
  ];
  expect((await cli(args, dir)).code).toBe(0);
}

describe("likesim merge", () => {
  it("joins files into one sorted by run key, one line per run", async () => {
    const dir = tempDir();
    await sweepInto(dir, "a.ndjson", "1..3");
    await sweepInto(dir, "b.ndjson", "2..4");
    const { code, err } = await cli(["merge", "b.ndjson", "a.ndjson", "--out", "all.ndjson"], dir);
    expect(code).toBe(0);
    expect(err).toMatch(/merged 12 lines from 2 file\(s\) into 8 runs in all\.ndjson/);
    const lines = readLines(join(dir, "all.ndjson"));
    expect(lines.map((l) => `${l.sweep["feed.ranker"]}${l.seed}`)).toEqual([
      "popularity1",
      "popularity2",
      "popularity3",
      "popularity4",
      "random1",
      "random2",
      "random3",
      "random4",
    ]);
  });

  it("prints to stdout without --out and skips a torn last line with a note", async () => {
    const dir = tempDir();
    await sweepInto(dir, "a.ndjson", "1..2");
    const text = readFileSync(join(dir, "a.ndjson"), "utf8");
    writeFileSync(join(dir, "torn.ndjson"), `${text}{"format":"likesim-run/1","scen`);
    const { code, out, err } = await cli(["merge", "torn.ndjson"], dir);
    expect(code).toBe(0);
    expect(err).toMatch(/torn\.ndjson: skipping a torn last line \(31 bytes\)/);
    expect(out.trim().split("\n")).toHaveLength(4);
  });

  it("refuses inputs and outputs that are not likesim results", async () => {
    const dir = tempDir();
    await sweepInto(dir, "a.ndjson", "1");
    writeFileSync(join(dir, "notes.txt"), "hello\n");
    const cases: [string[], RegExp][] = [
      [["merge"], /takes one or more result files/],
      [["merge", "missing.ndjson"], /missing\.ndjson: no such file/],
      [["merge", "notes.txt"], /notes\.txt: not a likesim results file/],
      [["merge", "a.ndjson", "--out", "notes.txt"], /--out notes\.txt: not a likesim results file/],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await cli(args, dir);
      expect(code).toBe(2);
      expect(err).toMatch(message);
    }
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("hello\n");
  });
});

describe("likesim summarize", () => {
  it("groups by the fields set, with means and t intervals over seeds", async () => {
    const dir = tempDir();
    await sweepInto(dir, "r.ndjson", "1..4");
    const { code, out } = await cli(["summarize", "r.ndjson", "--json"], dir);
    expect(code).toBe(0);
    const groups = JSON.parse(out);
    expect(groups.map((g: { values: object }) => g.values)).toEqual([
      { scenario: "small", "feed.ranker": "popularity" },
      { scenario: "small", "feed.ranker": "random" },
    ]);
    const lines = readLines(join(dir, "r.ndjson")).filter(
      (l) => l.sweep["feed.ranker"] === "random",
    );
    const likes = lines.map((l) => l.summary.likes!);
    const mean = likes.reduce((s, x) => s + x, 0) / 4;
    expect(groups[1].n).toBe(4);
    expect(groups[1].metrics.likes.mean).toBeCloseTo(mean, 9);
    expect(groups[1].metrics.likes.low).toBeLessThan(mean);
    expect(groups[1].metrics.unpredictability).toEqual({ n: 0, mean: null, low: null, high: null });
  });

  it("groups by --by fields and writes CSV", async () => {
    const dir = tempDir();
    await sweepInto(dir, "r.ndjson", "1..3");
    const { code, out } = await cli(
      ["summarize", "r.ndjson", "--by", "seed", "--csv", "g.csv"],
      dir,
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^seed=1 \(2 runs\)/);
    const csv = readFileSync(join(dir, "g.csv"), "utf8").trim().split("\n");
    expect(csv[0]).toBe(
      [
        "seed",
        "runs",
        ...SUMMARY_NAMES.flatMap((n) => [`${n}_mean`, `${n}_ci_low`, `${n}_ci_high`]),
      ].join(","),
    );
    expect(csv.slice(1).map((row) => row.split(",").slice(0, 2).join(","))).toEqual([
      "1,2",
      "2,2",
      "3,2",
    ]);
  });

  it("refuses a --by field no run has", async () => {
    const dir = tempDir();
    await sweepInto(dir, "r.ndjson", "1");
    const { code, err } = await cli(["summarize", "r.ndjson", "--by", "feed.rankr"], dir);
    expect(code).toBe(2);
    expect(err).toMatch(
      /--by feed\.rankr: no run in these files sets or sweeps it; allowed: feed\.ranker, or scenario/,
    );
    const bad = await cli(["summarize", "r.ndjson", "--by", "feed..ranker"], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--by feed\.\.ranker: not a field name/);
  });
});
