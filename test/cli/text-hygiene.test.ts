import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, readLines, SMALL, tempDir, writeScenario } from "./helpers.js";

const RLO = "\u202e";
const UNICODE_NAME = "Café 東京 🎉 مرحبا";

describe("likesim refuses text that is unsafe to print, with exit code 2", () => {
  it("a scenario file whose name is a million characters long", async () => {
    const dir = tempDir();
    const file = writeScenario(dir, { ...SMALL, name: "n".repeat(1_000_000) });
    const result = await cli(["run", file], dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /name: got "n{59}…; allowed: at most 100 characters \(this has 1,000,000\)/,
    );
    expect(result.err.length).toBeLessThan(1000);
  });

  it("a scenario file whose description holds a terminal escape", async () => {
    const dir = tempDir();
    const file = writeScenario(dir, { ...SMALL, description: "\u001b[2J cleared" });
    const result = await cli(["validate", file], dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('description: got "\\u001b[2J cleared"; allowed: one line');
    expect(result.err).not.toContain("\u001b");
  });

  it("an argument with a right-to-left override, shown escaped, before anything runs", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const result = await cli(
      ["run", file, "--set", `name=gnp.${RLO}exe`, "--out", "x.ndjson"],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'likesim: argument 4: got "name=gnp.\\u202Eexe"; allowed: one line of text without control characters or bidirectional overrides; found U+202E (right-to-left override) at character 10\n',
    );
    expect(readdirSync(dir)).toEqual([file]);
  });

  it("a compared arm whose file name holds a bidirectional isolate", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const result = await cli(["compare", file, `b\u2067.json`, "--seeds", "1..2"], dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^likesim: argument 3: .*U\+2067 \(right-to-left isolate\)/);
  });

  it("a sweep value with a line break, and an argument over 4,096 characters", async () => {
    const dir = tempDir();
    const file = writeScenario(dir);
    const sweep = await cli(["sweep", file, "--sweep", "name=a,b\nc"], dir);
    expect(sweep.code).toBe(2);
    expect(sweep.err).toMatch(/argument 4: got "name=a,b\\nc"; allowed: one line .*U\+000A/);
    const long = await cli(["run", file, "--set", `name=${"x".repeat(5000)}`], dir);
    expect(long.code).toBe(2);
    expect(long.err).toMatch(/argument 4: .*allowed: at most 4,096 characters \(this has 5,005\)/);
  });
});

describe("likesim keeps ordinary Unicode", () => {
  it("in a scenario's name, through results, the CSV and a time-series file name", async () => {
    const dir = tempDir();
    const file = writeScenario(dir, { ...SMALL, name: UNICODE_NAME, description: "좋아요 👍🏽" });
    const result = await cli(
      ["run", file, "--out", "r.ndjson", "--csv", "r.csv", "--timeseries", "series", "--quiet"],
      dir,
    );
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain(`scenario  ${UNICODE_NAME} (`);
    expect(readLines(join(dir, "r.ndjson"))[0].scenario).toBe(UNICODE_NAME);
    expect(readFileSync(join(dir, "r.csv"), "utf8").split("\n")[1].startsWith(UNICODE_NAME)).toBe(
      true,
    );
    // File names keep to letters, digits, dots and dashes whatever the scenario's name.
    expect(readdirSync(join(dir, "series"))).toEqual([
      expect.stringMatching(/^Caf-seed1-[0-9a-f]+\.csv$/),
    ]);
  });

  it("in compared arms' labels, in the table and the report", async () => {
    const dir = tempDir();
    const file = writeScenario(dir, SMALL, "東京.json");
    const result = await cli(
      [
        "compare",
        file,
        "--set",
        "name=Ünï",
        file,
        "--set",
        "name=🎉",
        "--seeds",
        "1..2",
        "--jobs",
        "1",
        "--report",
        "r.html",
        "--quiet",
      ],
      dir,
    );
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain("東京.json --set name=Ünï");
    expect(readFileSync(join(dir, "r.html"), "utf8")).toContain("東京.json --set name=🎉");
  });
});
