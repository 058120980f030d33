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

/** Line and column of a character offset, 1-based, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

export function parseJsonFile(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : "";
    throw new UsageError(`${name} is not valid JSON${where}: ${message}`);
  }
}

export async function readScenarioFile(given: string, cwd: string): Promise<ScenarioFile> {
  const path = resolve(cwd, given);
  const name = relative(cwd, path) || given;
  const input = parseJsonFile(readUserFile(path, "scenario file"), name);
  const scenario = parseScenario(input, name);
  return { given, path, input, scenario, hash: await scenarioHash(scenario) };
}
