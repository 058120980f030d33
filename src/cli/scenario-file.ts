import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Scenario } from "../scenario/schema.js";
import { scenarioHash } from "../scenario/sweep.js";
import { parseScenario } from "../scenario/validate.js";
import { UsageError } from "./usage-error.js";

/** A scenario file as read: its JSON, the parsed scenario and its content hash. */
export interface ScenarioFile {
  /** The path as the user gave it, for messages and results. */
  given: string;
  /** Absolute path; a network file's path is resolved against its directory. */
  path: string;
  input: unknown;
  scenario: Scenario;
  hash: string;
}

/** Reads a text file the user named, turning "not found" and friends into usage errors. */
export function readUserFile(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory, not a file"
          : code === "EACCES"
            ? "not readable (permission denied)"
            : (error as Error).message;
    throw new UsageError(`${what} ${path}: ${reason}`);
  }
}

/** Line and column of a character offset, 1-based. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** Whether the first `end` characters hold a syntax error, as opposed to merely stopping early. */
function failsBefore(text: string, end: number): boolean {
  try {
    JSON.parse(text.slice(0, end));
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (/end of JSON input/.test(message)) return false;
    const position = /at position (\d+)/.exec(message);
    return position ? Number(position[1]) < end : true;
  }
}

/**
 * Where JSON.parse gave up. V8 says "at position N" for some errors but not for an
 * unexpected token; then bisect for the shortest prefix with a real syntax error.
 */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  let good = 0;
  let bad = text.length;
  if (!failsBefore(text, bad)) return bad;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (failsBefore(text, mid)) bad = mid;
    else good = mid;
  }
  return bad - 1;
}

export function parseJsonFile(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const where = lineAndColumn(text, errorOffset(text, message));
    throw new UsageError(`${name} is not valid JSON at ${where}: ${message}`);
  }
}

/** Reads, validates and hashes a scenario file; `given` is resolved against `cwd`. */
export async function readScenarioFile(
  given: string,
  cwd: string = process.cwd(),
): Promise<ScenarioFile> {
  const path = resolve(cwd, given);
  const name = relative(cwd, path) || given;
  const input = parseJsonFile(readUserFile(path, "scenario file"), name);
  const scenario = parseScenario(input, name);
  return { given, path, input, scenario, hash: await scenarioHash(scenario) };
}
