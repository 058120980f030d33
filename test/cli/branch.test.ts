import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, comparable, readLines, tempDir, writeScenario } from "./helpers.js";

const SCENARIO = {
  name: "branchy",
  ticks: 24,
  population: { users: 300 },
  feed: { ranker: "popularity" },
  content: { catalog: 40 },
};
const ARMS = ["--arm", "hidden:hideLikeCounts", "--arm", "noluck:deleteEarlyLikes"];
const BASE = ["branch", "s.json", "--at", "8", ...ARMS, "--video", "top@23", "--quiet"];

function setUp(): string {
  const dir = tempDir();
  writeScenario(dir, SCENARIO, "s.json");
  return dir;
}

const summaryOf = (line: { summary: unknown }) => JSON.stringify(line.summary);

describe("likesim branch", () => {
  it("writes one line per future with the fork tick and arm; the original future is the plain run, and each arm is the run with that intervention at the fork tick", async () => {
    const dir = setUp();
    const result = await cli([...BASE, "--seeds", "1..3", "--jobs", "1", "--out", "b.ndjson"], dir);
    expect(result.code).toBe(0);
    const lines = readLines(join(dir, "b.ndjson"));
    expect(lines).toHaveLength(9);
    expect(new Set(lines.map((l) => `${l.seed}/${l.branch?.arm}/${l.branch?.at}`)).size).toBe(9);
    expect(lines.filter((l) => l.branch?.arm === "noluck")[0].branch?.interventions).toEqual([
      { do: "deleteEarlyLikes", video: "top@23", likes: "all" },
    ]);

    await cli(["run", "s.json", "--seeds", "1..3", "--quiet", "--out", "plain.ndjson"], dir);
    writeScenario(dir, { ...SCENARIO, interventions: [{ at: 8, do: "hideLikeCounts" }] }, "h.json");
    await cli(["run", "h.json", "--seeds", "1..3", "--quiet", "--out", "hidden.ndjson"], dir);
    const plain = readLines(join(dir, "plain.ndjson"));
    const hidden = readLines(join(dir, "hidden.ndjson"));
    for (const seed of [1, 2, 3]) {
      const of = (arm: string) => lines.find((l) => l.seed === seed && l.branch?.arm === arm)!;
      expect(summaryOf(of("original"))).toBe(summaryOf(plain.find((l) => l.seed === seed)!));
      expect(summaryOf(of("hidden"))).toBe(summaryOf(hidden.find((l) => l.seed === seed)!));
      // The eventual winner lost all its likes at tick 8 in the noluck future.
      const target = of("noluck").target!;
      expect(target.video).toBe(of("original").selected?.["top@23"]);
      expect(target.likes.a).toBe(of("original").target?.likes.a);
      expect(target.likes.difference).toBeLessThan(0);
    }
    expect(result.out).toMatch(/B: hidden:hideLikeCounts \(from tick 8\)/);
    expect(result.out).toMatch(/\| video top@23 likes \| 3 \|/);
  });

  it("resumes from --out, and gives the same lines whatever the workers or the shards", async () => {
    const dir = setUp();
    const first = await cli(
      [...BASE, "--seeds", "1..4", "--jobs", "2", "--out", "all.ndjson"],
      dir,
    );
    const again = await cli(
      [...BASE, "--seeds", "1..4", "--jobs", "2", "--out", "all.ndjson"],
      dir,
    );
    expect(again.out).toBe(first.out);
    expect(readLines(join(dir, "all.ndjson"))).toHaveLength(12);
    // summarize keeps the futures apart: one group per arm.
    const summary = await cli(["summarize", "all.ndjson"], dir);
    expect(summary.out.match(/\(4 runs\)/g)).toHaveLength(3);
    expect(summary.out).toContain("at=8 arm=noluck");
    for (const i of [1, 2]) {
      const shard = await cli(
        [...BASE, "--seeds", "1..4", "--jobs", "1", "--shard", `${i}/2`, "--out", `s${i}.ndjson`],
        dir,
      );
      expect(shard.code).toBe(0);
    }
    const merged = await cli(
      ["merge", "s1.ndjson", "s2.ndjson", "--out", "merged.ndjson", "--quiet"],
      dir,
    );
    expect(merged.code).toBe(0);
    expect(comparable(readLines(join(dir, "merged.ndjson")))).toEqual(
      comparable(readLines(join(dir, "all.ndjson"))),
    );
  });

  it("writes an HTML report with a section per arm and the targeted video", async () => {
    const dir = setUp();
    const result = await cli(
      [...BASE, "--seeds", "1..2", "--report", "r.html", "--csv", "b.csv"],
      dir,
    );
    expect(result.code).toBe(0);
    const csv = readFileSync(join(dir, "b.csv"), "utf8").split("\n");
    expect(csv[0]).toMatch(/^scenario,scenarioHash,seed,at,arm,/);
    expect(csv.filter((row) => row.includes(",8,hidden,"))).toHaveLength(2);
    const html = readFileSync(join(dir, "r.html"), "utf8");
    expect(html).toContain("forked at tick 8 of 24, over 2 seeds");
    expect(html).toContain("Arm hidden");
    expect(html).toContain("Arm noluck");
    expect(html).toContain("The targeted video (video top@23)");
    expect(html).not.toMatch(/<script/);
  });

  it.each([
    [["--arm", "x:hideLikeCounts"], /needs --at/],
    [["--at", "24", "--arm", "x:hideLikeCounts"], /--at 24: allowed: a whole number from 0 to 23/],
    [["--at", "5"], /needs at least one --arm name:intervention/],
    [["--at", "5", "--arm", "hideLikeCounts"], /--arm hideLikeCounts: the arm's name is ""/],
    [["--at", "5", "--arm", "original:removeBots"], /not "original"/],
    [
      ["--at", "5", "--arm", "x:hideLikes"],
      /--arm x:hideLikes: 0.do: got "hideLikes"; allowed: .*hideLikeCounts/,
    ],
    [
      ["--at", "5", "--arm", "x:capImpressions,max=-1"],
      /--arm x:capImpressions,max=-1: 0.max: got -1; allowed: ≥ 0/,
    ],
    [["--at", "5", "--arm", "x:capImpressions,max"], /"max" is not key=value/],
    [["--at", "5", "--arm", "x:removeBots", "--arm", "x:removeBots"], /two arms are named x/],
    [
      ["--at", "5", "--arm", "x:removeVideo", "--video", "top@99"],
      /--video top@99: allowed: .*top@T with T from 0 to 24/,
    ],
    [["--at", "5", "--arm", "x:removeVideo,video=99999"], /seed 1: .*video is 99999/],
  ])("refuses %j with exit 2 and a message naming it", async (args, message) => {
    const dir = setUp();
    const result = await cli(["branch", "s.json", ...args, "--quiet"], dir);
    expect(result.err).toMatch(message);
    expect(result.code).toBe(2);
  });
});
