import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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

/** The two arms most compare tests take: one scenario file with a random and a popularity feed. */
export function randomVsPopularity(file: string): string[] {
  return [file, "--set", "feed.ranker=random", file, "--set", "feed.ranker=popularity"];
}

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

/** The installed command's entry, as a user runs it. */
export const BIN = fileURLToPath(new URL("../../bin/likesim.js", import.meta.url));

/**
 * Starts `likesim …` in a child process, kills it with SIGKILL once `file` holds more than
 * `lines` lines, and returns the signal it died of and the file's text at that moment.
 */
export async function killOnceWritten(
  args: string[],
  cwd: string,
  file: string,
  lines: number,
): Promise<{ signal: NodeJS.Signals | null; before: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (_code, signal) => resolve(signal)),
  );
  const started = performance.now();
  while (!(existsSync(file) && readFileSync(file, "utf8").split("\n").length > lines)) {
    if (performance.now() - started > 60_000)
      throw new Error(`${file} had ${lines} lines or fewer after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill("SIGKILL");
  const signal = await exited;
  return { signal, before: readFileSync(file, "utf8") };
}
