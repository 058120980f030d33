import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BIN,
  cli,
  comparable,
  killOnceWritten,
  readLines,
  tempDir,
  writeScenario,
} from "./helpers.js";

/** The installed command as a user runs it: plain Node, no TypeScript on the path, another cwd. */
function likesim(args: string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
}

describe("bin/likesim.js", () => {
  it("documents every command with --help and exits 0", () => {
    const dir = tempDir();
    const help = likesim(["--help"], dir);
    expect(help.status).toBe(0);
    for (const command of [
      "run",
      "sweep",
      "compare",
      "validate",
      "merge",
      "summarize",
      "fit",
      "sensitivity",
    ]) {
      expect(help.stdout).toContain(`  ${command} `);
    }
    const run = likesim(["run", "--help"], dir);
    expect(run.status).toBe(0);
    for (const option of [
      "--seed",
      "--seeds",
      "--ticks",
      "--set",
      "--json",
      "--jobs",
      "--out",
      "--timeseries",
      "--csv",
      "--quiet",
      "--shard",
    ]) {
      expect(run.stdout).toContain(option);
    }
  });

  it("runs a scenario with worker threads from any directory, exit code 0", () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const result = likesim(["run", file, "--seeds", "1..2", "--jobs", "2", "--json"], dir);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(
      result.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).seed),
    ).toEqual([1, 2]);
  });

  it("exits 2 with a message on bad input", () => {
    const result = likesim(["run", "missing.json"], tempDir());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^likesim run: scenario file .*missing\.json: no such file\n$/);
  });
});

describe("a killed sweep", () => {
  it("resumes to exactly the lines of an uninterrupted one (SIGKILL mid-sweep)", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const args = [
      "sweep",
      file,
      "--sweep",
      "feed.ranker=random,popularity",
      "--seeds",
      "1..15",
      "--quiet",
    ];
    const out = join(dir, "killed.ndjson");
    // Kill once a few runs are on disk and most are not.
    const { signal, before } = await killOnceWritten(
      [...args, "--jobs", "2", "--out", "killed.ndjson"],
      dir,
      out,
      3,
    );
    expect(signal).toBe("SIGKILL");
    const whole = before.split("\n").length - 1;
    expect(whole).toBeLessThan(30);

    const resumed = await cli([...args, "--jobs", "1", "--out", "killed.ndjson"], dir);
    expect(resumed.code).toBe(0);
    expect(resumed.err).toBe("");
    expect((await cli([...args, "--jobs", "1", "--out", "clean.ndjson"], dir)).code).toBe(0);
    const killed = readLines(out);
    expect(killed).toHaveLength(30);
    expect(comparable(killed)).toEqual(comparable(readLines(join(dir, "clean.ndjson"))));
    // The lines written before the kill were kept as they were.
    expect(
      readFileSync(out, "utf8").startsWith(before.slice(0, before.lastIndexOf("\n") + 1)),
    ).toBe(true);
  });
});
