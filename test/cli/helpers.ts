import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { ResultLine } from "../../src/cli/batch/result-line.js";
import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in this process, as `likesim …` in `cwd`, and captures what it prints. */
export async function cli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<CliResult> {
  let out = "";
  let err = "";
  const io: Io = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env,
    cwd,
  };
  const code = await main(args, io);
  return { code, out, err };
}

const made: string[] = [];

/** A fresh directory, removed when the test file is done. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "likesim-cli-"));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scenario small enough that a run takes milliseconds. */
export const SMALL = { name: "small", ticks: 20, population: { users: 300 } };

export function writeScenario(dir: string, scenario: object = SMALL, name = "small.json"): string {
  writeFileSync(join(dir, name), JSON.stringify(scenario));
  return name;
}

export function readLines(path: string): ResultLine[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as ResultLine);
}

/** The lines as sorted text without wall time: what must not depend on workers or order. */
export function comparable(lines: readonly ResultLine[]): string[] {
  return lines.map(({ wallMs: _wallMs, ...rest }) => JSON.stringify(rest)).sort();
}
