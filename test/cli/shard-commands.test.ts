import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cli,
  comparable,
  randomVsPopularity,
  readLines,
  tempDir,
  writeScenario,
} from "./helpers.js";

/** likesim compare of random against popularity on these seeds, inline and quiet. */
function compareOn(file: string, seeds: string): string[] {
  return ["compare", ...randomVsPopularity(file), "--seeds", seeds, "--jobs", "1", "--quiet"];
}

describe("compare and lesson across shards", () => {
  it("compare: three shards, merged, give the unsharded table, JSON and report curves", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const common = compareOn(file, "1..5");
    const whole = await cli(
      [...common, "--json", "--report", "whole.html", "--out", "whole.ndjson"],
      dir,
    );
    expect(whole.code).toBe(0);
    expect(readLines(join(dir, "whole.ndjson"))).toHaveLength(10);

    for (const shard of ["1/3", "2/3", "3/3"]) {
      const part = await cli(
        [...common, "--report", "part.html", "--shard", shard, "--out", `c${shard[0]}.ndjson`],
        dir,
      );
      expect(part.code).toBe(0);
      expect(part.out).toBe("");
      expect(part.err).toMatch(/runs are in other shards\. Merge the shards' files/);
    }
    const merged = await cli(
      ["merge", "c1.ndjson", "c2.ndjson", "c3.ndjson", "--out", "all.ndjson", "--quiet"],
      dir,
    );
    expect(merged.code).toBe(0);
    expect(comparable(readLines(join(dir, "all.ndjson")))).toEqual(
      comparable(readLines(join(dir, "whole.ndjson"))),
    );

    const finish = await cli(
      [...common, "--json", "--report", "merged.html", "--out", "all.ndjson"],
      dir,
    );
    expect(finish.code).toBe(0);
    expect(finish.out).toBe(whole.out);
    // Nothing was left to run: the merged file is as merge wrote it.
    expect(readLines(join(dir, "all.ndjson"))).toHaveLength(10);
    const curves = (name: string) =>
      readFileSync(join(dir, name), "utf8").replace(/<code>likesim compare[^<]*<\/code>/g, "");
    expect(curves("merged.html")).toBe(curves("whole.html"));
  });

  it("compare: a line in --out without what the comparison shows is run again", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const common = compareOn(file, "1..2");
    expect((await cli([...common, "--out", "r.ndjson"], dir)).code).toBe(0);
    expect(readLines(join(dir, "r.ndjson")).every((line) => line.lorenz === undefined)).toBe(true);
    const withReport = await cli([...common, "--report", "r.html", "--out", "r.ndjson"], dir);
    expect(withReport.code).toBe(0);
    const lines = readLines(join(dir, "r.ndjson"));
    expect(lines).toHaveLength(8);
    expect(lines.slice(4).every((line) => line.lorenz?.length === 101)).toBe(true);
  });

  it("lesson: shards picked by JOB_COMPLETION_INDEX, merged, give the unsharded lesson", async () => {
    const dir = tempDir();
    const common = ["lesson", "musiclab", "--seeds", "1..3", "--jobs", "1", "--quiet"];
    const whole = await cli([...common, "--json"], dir);
    expect(whole.code).toBe(0);
    for (const index of ["0", "1"]) {
      const part = await cli([...common, "--shard-count", "2", "--out", `l${index}.ndjson`], dir, {
        JOB_COMPLETION_INDEX: index,
      });
      expect(part.code).toBe(0);
      expect(part.out).toBe("");
    }
    expect(readLines(join(dir, "l0.ndjson"))).toHaveLength(3);
    expect(readLines(join(dir, "l1.ndjson"))).toHaveLength(3);
    await cli(["merge", "l0.ndjson", "l1.ndjson", "--out", "all.ndjson", "--quiet"], dir);
    const finish = await cli([...common, "--json", "--out", "all.ndjson"], dir);
    expect(finish.code).toBe(0);
    expect(finish.out).toBe(whole.out);
  });

  it("refuse --shard without --out, naming the fix", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    for (const args of [
      ["compare", ...randomVsPopularity(file), "--seeds", "1..2", "--shard", "1/2"],
      ["lesson", "musiclab", "--shard", "1/2"],
    ]) {
      const { code, err } = await cli(args, dir);
      expect(code).toBe(2);
      expect(err).toMatch(/--shard needs --out FILE/);
    }
  });
});
