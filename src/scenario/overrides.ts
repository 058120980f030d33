import { z } from "zod";
import { printable, textProblem } from "./safe-text.js";
import { type Scenario, scenarioSchema } from "./schema.js";
import { parseScenario } from "./validate.js";
import { valueAtPath } from "./value-at-path.js";

/**
 * Dotted-path overrides (`feed.ranker=popularity`) for the CLI's --set/--sweep and the UI's
 * URL parameters. Paths are checked against the scenario schema here, so a typo is reported
 * as an unknown field with the keys that exist; values are checked afterwards by the same
 * `parseScenario` that reads files, so a bad value reads the same wherever it came from.
 * No Node API: the browser imports this too.
 */
export interface Override {
  /** Field names from the top of the scenario, e.g. ["feed", "ranker"]. */
  path: string[];
  value: unknown;
  /** The value as typed, kept for fields that take text (a name "123" stays a string). */
  raw: string;
  /** How the user wrote it, for messages: `--set feed.ranker=popularity`. */
  label: string;
}

/** An override that names no field of the schema, or is not `path=value`. */
export class OverrideError extends Error {
  override name = "OverrideError";
}

/** JSON when it parses (numbers, booleans, null, arrays, quoted strings), else the bare text. */
export function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/**
 * An override's text becomes the label of a run (in messages, reports and the app): one line
 * of at most 4,096 characters without control characters or bidirectional overrides.
 */
export function checkOverrideText(text: string, flag: string): void {
  const problem = textProblem(text, { max: 4096 });
  if (problem) throw new OverrideError(`${flag} ${printable(text)}: allowed: ${problem}`);
}

/** Reads `path=value`; `flag` only shapes the messages (`--set`, `--sweep`, a URL parameter). */
export function parseOverride(text: string, flag = "--set"): Override {
  checkOverrideText(text, flag);
  const label = `${flag} ${text}`;
  const equals = text.indexOf("=");
  if (equals < 0) {
    throw new OverrideError(`${label}: expected path=value, e.g. ${flag} feed.ranker=popularity`);
  }
  return {
    path: parsePath(text.slice(0, equals), label),
    ...typedValue(text.slice(equals + 1)),
    label,
  };
}

/** A value as typed plus its parse, the shape an Override keeps. */
export function typedValue(raw: string): { value: unknown; raw: string } {
  return { value: parseValue(raw), raw };
}

export function parsePath(dotted: string, label: string): string[] {
  const path = dotted.trim().split(".");
  if (path.some((key) => key === "")) {
    throw new OverrideError(
      `${label}: the path "${dotted}" has an empty field name; allowed: names joined by dots, e.g. feed.ranker`,
    );
  }
  return path;
}

/** The dotted form of a path, as users write it. */
export function dotted(path: readonly string[]): string {
  return path.join(".");
}

type Schema = z.core.$ZodType;

type Wrapper = z.ZodDefault | z.ZodPrefault | z.ZodOptional;

function isWrapper(schema: Schema): schema is Wrapper {
  return (
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodOptional
  );
}

/** Strips the default/prefault/optional wrappers that every scenario field carries. */
function unwrap(schema: Schema): Schema {
  let inner = schema;
  while (isWrapper(inner)) inner = inner.unwrap() as Schema;
  return inner;
}

/** The value a wrapper fills in when the field is missing, if any. */
function defaultOf(schema: Schema): unknown {
  for (let inner = schema; isWrapper(inner); inner = inner.unwrap() as Schema) {
    if (!(inner instanceof z.ZodOptional)) return structuredClone(inner._zod.def.defaultValue);
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** For a discriminated union, the option matching the discriminator value the input has. */
function chosenOption(union: z.ZodDiscriminatedUnion, here: unknown, fallback: unknown) {
  const key = union._zod.def.discriminator;
  const kind = isRecord(here) ? here[key] : isRecord(fallback) ? fallback[key] : undefined;
  const option = union.options.find(
    (candidate) =>
      candidate instanceof z.ZodObject &&
      (unwrap(candidate.shape[key] as Schema) as z.ZodLiteral).values.has(kind as string),
  );
  return { key, kind, option: option as z.ZodObject | undefined };
}

interface Field {
  schema: Schema;
  /** Set when the field is the discriminator of a union (graph.kind). */
  discriminates?: boolean;
}

/**
 * Walks `path` through the schema, choosing a union's option by the discriminator value
 * `input` holds at that point. Undefined means the path is fine but past a union whose
 * kind is not valid: the schema's own check then reports the kind.
 */
function fieldAt(path: readonly string[], input: unknown, label: string): Field | undefined {
  let schema: Schema = scenarioSchema;
  let here: unknown = input;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth];
    const parent = depth === 0 ? "the scenario" : dotted(path.slice(0, depth));
    let shape: Record<string, Schema>;
    let owner = parent;
    let discriminates = false;
    const inner = unwrap(schema);
    if (inner instanceof z.ZodDiscriminatedUnion) {
      const choice = chosenOption(inner, here, defaultOf(schema));
      if (!choice.option) return undefined;
      shape = choice.option.shape as Record<string, Schema>;
      owner = `${parent} (${choice.key} ${JSON.stringify(choice.kind)})`;
      discriminates = key === choice.key;
    } else if (inner instanceof z.ZodObject) {
      shape = inner.shape as Record<string, Schema>;
    } else {
      throw new OverrideError(
        `${label}: ${parent} is ${describeLeaf(inner)}, not a group of fields; set ${parent} itself`,
      );
    }
    if (!Object.hasOwn(shape, key)) {
      throw new OverrideError(
        `${label}: unknown field ${dotted(path.slice(0, depth + 1))}; ${owner} has: ${Object.keys(shape).join(", ")}`,
      );
    }
    schema = shape[key];
    here = isRecord(here) ? here[key] : undefined;
    if (depth === path.length - 1) return { schema, discriminates };
  }
  return { schema };
}

function describeLeaf(schema: Schema): string {
  if (schema instanceof z.ZodArray) return "a list";
  if (schema instanceof z.ZodNumber) return "a number";
  if (schema instanceof z.ZodBoolean) return "a true/false flag";
  return "a single value";
}

/**
 * The bounds of the number field at `path` and whether it takes whole numbers; undefined
 * when the field holds something else (text, a list, a group). An unknown path throws an
 * OverrideError naming the fields that exist, as for --set.
 */
export function numberFieldAt(
  path: readonly string[],
  input: unknown,
  label: string,
): { min: number; max: number; whole: boolean } | undefined {
  const field = fieldAt(path, input, label);
  const inner = field ? unwrap(field.schema) : undefined;
  if (!(inner instanceof z.ZodNumber)) return undefined;
  return { min: inner.minValue ?? -Infinity, max: inner.maxValue ?? Infinity, whole: inner.isInt };
}

/** Fields whose values are text: there `name=123` means the text "123", not a number. */
function takesText(schema: Schema): boolean {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodString) return true;
  if (inner instanceof z.ZodEnum)
    return Object.values(inner.enum).every((v) => typeof v === "string");
  if (inner instanceof z.ZodLiteral) return [...inner.values].every((v) => typeof v === "string");
  return false;
}

/**
 * Sets `path` to `value`, creating missing groups on the way from their schema defaults,
 * so a group that needs its discriminator (graph: {kind: "barabasi-albert"}) gets it.
 */
function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let here = target;
  for (let depth = 0; depth < path.length - 1; depth++) {
    const key = path[depth];
    if (!isRecord(here[key])) {
      const field = fieldAt(path.slice(0, depth + 1), target, "");
      const initial = field ? defaultOf(field.schema) : undefined;
      here[key] = isRecord(initial) ? initial : {};
    }
    here = here[key] as Record<string, unknown>;
  }
  here[path[path.length - 1]] = value;
}

function isDiscriminator(path: readonly string[], input: unknown): boolean {
  try {
    return fieldAt(path, input, "")?.discriminates === true;
  } catch {
    return false;
  }
}

function rejectRepeats(overrides: readonly Override[]): void {
  const seen = new Map<string, Override>();
  for (const override of overrides) {
    const key = dotted(override.path);
    const earlier = seen.get(key);
    if (earlier) {
      throw new OverrideError(
        `${override.label}: ${key} is already set by ${earlier.label}; allowed: each field once`,
      );
    }
    seen.set(key, override);
  }
}

/**
 * Sets each override on a deep copy of `input`, creating groups on the way. Discriminators
 * go first: giving a union a different kind (graph.kind) replaces it with a fresh object of
 * that kind, so the old kind's fields do not linger; the other overrides then land in it.
 * Unknown paths throw an OverrideError; values are left for `parseScenario` to judge.
 */
export function applyOverrides(input: unknown, overrides: readonly Override[]): unknown {
  rejectRepeats(overrides);
  if (input !== undefined && !isRecord(input)) {
    throw new OverrideError("a scenario must be a JSON object to take overrides");
  }
  const result: Record<string, unknown> = isRecord(input) ? structuredClone(input) : {};
  // Discriminators first, so that the other paths are checked against the chosen kind.
  const ordered = [
    ...overrides.filter((o) => isDiscriminator(o.path, result)),
    ...overrides.filter((o) => !isDiscriminator(o.path, result)),
  ];
  for (const override of ordered) {
    const { path, raw, label } = override;
    const field = fieldAt(path, result, label);
    const value =
      field && takesText(field.schema) && typeof override.value !== "string" ? raw : override.value;
    if (field?.discriminates) {
      const group = path.slice(0, -1);
      const current = valueAtPath(result, group);
      const currentKind = isRecord(current) ? current[path[path.length - 1]] : undefined;
      if (currentKind !== value) setAt(result, group, {});
    }
    setAt(result, path, value);
  }
  return result;
}

/** `input` with the overrides set, validated and with defaults filled in. */
export function scenarioWith(
  input: unknown,
  overrides: readonly Override[],
  source = "scenario",
): Scenario {
  if (overrides.length === 0) return parseScenario(input, source);
  const labels = overrides.map((o) => o.label).join(" ");
  return parseScenario(applyOverrides(input, overrides), `${source} with ${labels}`);
}
