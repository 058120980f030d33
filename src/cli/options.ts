import { availableParallelism } from "node:os";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { type Override, parseOverride } from "../scenario/overrides.js";
import { parseSeeds } from "../scenario/sweep.js";
import { UsageError } from "./usage-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every run-like command (run, sweep, compare) takes. */
export const RUN_OPTIONS = {
  seed: { type: "string" },
  seeds: { type: "string" },
  ticks: { type: "string" },
  set: { type: "string", multiple: true },
  jobs: { type: "string" },
  json: { type: "boolean" },
  extended: { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

/** Options of the commands that write results (run, sweep). */
export const OUTPUT_OPTIONS = {
  out: { type: "string" },
  timeseries: { type: "string" },
  csv: { type: "string" },
  shard: { type: "string" },
  "shard-count": { type: "string" },
} as const satisfies Options;

type CommandLine<T extends Options> = ReturnType<
  typeof parseArgs<{
    args: string[];
    options: T;
    allowPositionals: true;
    strict: true;
    tokens: true;
  }>
>;

/** parseArgs, with its errors turned into usage errors that point at the command's help. */
export function parseCommandLine<T extends Options>(
  command: string,
  args: string[],
  options: T,
): CommandLine<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.split("\n")[0]}; see likesim ${command} --help`,
    );
  }
}

/** A whole number option within [min, max]. */
export function countOption(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || value < min || value > max) {
    throw new UsageError(`${flag} ${text}: allowed: a whole number from ${min} to ${max}`);
  }
  return value;
}

/** A number option within [min, max]. */
export function realOption(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`${flag} ${text}: allowed: a number from ${min} to ${max}`);
  }
  return value;
}

/** An optional option read by `read` (countOption, realOption), or `fallback` when not given. */
export function optionOr(
  read: (flag: string, text: string, min: number, max: number) => number,
  flag: string,
  text: string | undefined,
  fallback: number,
  [min, max]: [number, number],
): number {
  return text === undefined ? fallback : read(flag, text, min, max);
}

/** --seed N or --seeds list; undefined when neither is given (the scenario's own seed). */
export function seedsOption(values: { seed?: string; seeds?: string }): number[] | undefined {
  if (values.seed !== undefined && values.seeds !== undefined) {
    throw new UsageError(`--seed ${values.seed} and --seeds ${values.seeds}: give one of them`);
  }
  if (values.seed !== undefined) {
    const seeds = parseSeeds(values.seed, "--seed");
    if (seeds.length !== 1)
      throw new UsageError(`--seed ${values.seed}: one seed; for several use --seeds`);
    return seeds;
  }
  return values.seeds === undefined ? undefined : parseSeeds(values.seeds, "--seeds");
}

/** --set values and --ticks, as overrides in the order given. */
export function overridesOption(values: { set?: string[]; ticks?: string }): Override[] {
  const overrides = (values.set ?? []).map((text) => parseOverride(text, "--set"));
  if (values.ticks !== undefined) {
    const ticks = countOption("--ticks", values.ticks, 1, 10_000_000);
    overrides.push({
      path: ["ticks"],
      value: ticks,
      raw: values.ticks,
      label: `--ticks ${values.ticks}`,
    });
  }
  return overrides;
}

export const MAX_JOBS = 256;

/**
 * --jobs N (default: the machine's cores), never more than there is work to share: `units`
 * is the runs, or the worlds of all runs where a run's worlds may go to threads of their own.
 */
export function jobsOption(text: string | undefined, units: number): number {
  const jobs =
    text === undefined ? availableParallelism() : countOption("--jobs", text, 1, MAX_JOBS);
  return Math.max(1, Math.min(jobs, units));
}

/** Exactly `count` positional arguments, named in the message when some are missing. */
export function positionals(command: string, given: string[], names: string[]): string[] {
  if (given.length !== names.length) {
    throw new UsageError(
      `expected ${names.map((n) => `<${n}>`).join(" ")}; got ${given.length === 0 ? "none" : given.map((g) => JSON.stringify(g)).join(" ")}; see likesim ${command} --help`,
    );
  }
  return given;
}
