import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SUMMARY_NAMES } from "../../src/engine/types.js";
import { EXTENDED_NAMES } from "../../src/metrics/extended-summary.js";
import { cli, randomVsPopularity, readLines, tempDir, writeScenario } from "./helpers.js";

/** Enough videos and likes for a tail to fit and a few videos to go viral. */
const BUSY = { name: "busy", ticks: 60, population: { users: 400 } };

describe("likesim run --extended", () => {
  it("adds the extended metrics to the result line, and leaves them out without the flag", async () => {
    const dir = tempDir();
    const file = writeScenario(dir, BUSY);
    const plain = JSON.parse((await cli(["run", file, "--seed", "3", "--json"], dir)).out);
    expect(plain.extended).toBeUndefined();
    const result = await cli(["run", file, "--seed", "3", "--json", "--extended"], dir);
    expect(result.code).toBe(0);
    const line = JSON.parse(result.out);
    expect(Object.keys(line.extended)).toEqual([...EXTENDED_NAMES]);
    expect(line.summary).toEqual(plain.summary);
    expect(line.extended.likesTailAlpha).toBeGreaterThan(1);
    expect(line.extended.likesTailVideos).toBeGreaterThan(0);
    expect(line.extended.shareAtLeast1Like).toBeGreaterThanOrEqual(
      line.extended.shareAtLeast10Likes,
    );
    expect(line.extended.timeToViralMedian).toBeGreaterThanOrEqual(0);
  });

  it("prints them in a second table, and gives the same numbers on worker threads", async () => {
    const dir = tempDir();
    const file = writeScenario(dir, BUSY);
    const text = await cli(["run", file, "--seed", "3", "--extended"], dir);
    expect(text.out).toMatch(/\nextended metric +value\n/);
    for (const name of EXTENDED_NAMES) expect(text.out).toMatch(new RegExp(`\\n${name} +\\S`));
    const args = ["run", file, "--seeds", "1..2", "--extended", "--quiet"];
    await cli([...args, "--jobs", "1", "--out", "one.ndjson", "--csv", "one.csv"], dir);
    await cli([...args, "--jobs", "2", "--out", "two.ndjson"], dir);
    const extended = (name: string) =>
      Object.fromEntries(readLines(join(dir, name)).map((line) => [line.seed, line.extended]));
    expect(extended("two.ndjson")).toEqual(extended("one.ndjson"));
    const header = readFileSync(join(dir, "one.csv"), "utf8").split("\n")[0].split(",");
    expect(header).toEqual(expect.arrayContaining([...SUMMARY_NAMES, ...EXTENDED_NAMES]));
  });

  it("reports them with means and intervals over seeds, in run and in summarize", async () => {
    const dir = tempDir();
    const file = writeScenario(dir, BUSY);
    const run = await cli(
      ["run", file, "--seeds", "1..3", "--extended", "--out", "r.ndjson", "--quiet"],
      dir,
    );
    expect(run.out).toMatch(/\nshareAtLeast10Likes +3 +[\d.]+ +\[/);
    const summary = await cli(["summarize", "r.ndjson", "--json"], dir);
    const [group] = JSON.parse(summary.out);
    expect(group.metrics.likesTailAlpha.n).toBeGreaterThan(0);
    expect(group.metrics.shareAtLeast1Like.n).toBe(3);
  });
});

describe("likesim compare --extended", () => {
  it("compares the extended metrics seed by seed, in the table, the JSON and the report", async () => {
    const dir = tempDir();
    const file = writeScenario(dir, BUSY);
    const args = [
      "compare",
      ...randomVsPopularity(file),
      "--seeds",
      "1..3",
      "--jobs",
      "1",
      "--quiet",
      "--extended",
    ];
    const json = JSON.parse((await cli([...args, "--json"], dir)).out);
    expect(json.metrics.map((row: { metric: string }) => row.metric)).toEqual([
      ...SUMMARY_NAMES,
      ...EXTENDED_NAMES,
    ]);
    const share = json.metrics.find(
      (row: { metric: string }) => row.metric === "shareAtLeast1Like",
    );
    expect(share.n).toBe(3);
    const table = await cli([...args, "--report", "r.html"], dir);
    expect(table.out).toMatch(/\n\| timeToViralMedian \| \d/);
    const html = readFileSync(join(dir, "r.html"), "utf8");
    expect(html).toContain("<h3>likesTailAlpha</h3>");
    expect(html).toContain("<td>shareAtLeast10Likes</td>");
  });
});
