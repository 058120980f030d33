import {
  checkOverrideText,
  dotted,
  type Override,
  OverrideError,
  parsePath,
  typedValue,
} from "./overrides.js";
import type { Scenario } from "./schema.js";

/**
 * Sweeps: axes of values for a field (`--sweep feed.ranker=random,popularity`), the grid of
 * their combinations, seed lists (`1..100`, `1,5,9`) and the content hash that names a
 * scenario in results. No Node API: the browser uses these too.
 */
export interface SweepAxis {
  path: string[];
  /** One override per value, in the order given. */
  values: Override[];
}

/** A seed list that cannot be read. */
export class SweepError extends Error {
  override name = "SweepError";
}

/** Seeds are 32-bit, as the scenario's own seed. */
const MAX_SEED = 0xffffffff;
/** A bound on one seed list, so a typo like 1..1e9 fails fast instead of filling memory. */
const MAX_SEEDS = 10_000_000;

/** Splits on commas that are not inside brackets, braces or quotes, so `[1,2],[3]` is two values. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === "\\") i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Reads `path=v1,v2,…`; values parse as in --set (JSON when they parse, else text). */
export function parseSweepAxis(text: string, flag = "--sweep"): SweepAxis {
  checkOverrideText(text, flag);
  const label = `${flag} ${text}`;
  const equals = text.indexOf("=");
  if (equals < 0) {
    throw new OverrideError(
      `${label}: expected path=v1,v2,…, e.g. ${flag} feed.ranker=random,popularity`,
    );
  }
  const path = parsePath(text.slice(0, equals), label);
  const raws = splitTopLevel(text.slice(equals + 1));
  if (raws.some((raw) => raw.trim() === "")) {
    throw new OverrideError(
      `${label}: an empty value in the list; allowed: values separated by commas`,
    );
  }
  const seen = new Set<string>();
  const values = raws.map((raw) => {
    if (seen.has(raw)) throw new OverrideError(`${label}: the value ${raw} is listed twice`);
    seen.add(raw);
    return { path, ...typedValue(raw), label: `${flag} ${dotted(path)}=${raw}` };
  });
  return { path, values };
}

/** Every combination of the axes' values; the first axis varies slowest, as nested loops. */
export function sweepGrid(axes: readonly SweepAxis[]): Override[][] {
  let grid: Override[][] = [[]];
  for (const axis of axes) {
    grid = grid.flatMap((point) => axis.values.map((value) => [...point, value]));
  }
  return grid;
}

function parseSeed(text: string, label: string): number {
  if (!/^\d+$/.test(text.trim())) {
    throw new SweepError(
      `${label}: "${text}" is not a seed; allowed: whole numbers 0..${MAX_SEED}, ranges a..b, lists a,b,c`,
    );
  }
  const seed = Number(text.trim());
  if (seed > MAX_SEED) {
    throw new SweepError(`${label}: seed ${text} is too large; allowed: 0..${MAX_SEED}`);
  }
  return seed;
}

/** Reads seed lists: `1..100`, `1,5,9`, `1..10,20..25`; a seed may appear once. */
export function parseSeeds(text: string, flag = "--seeds"): number[] {
  const label = `${flag} ${text}`;
  if (text.trim() === "") {
    throw new SweepError(`${label}: no seeds given; allowed: e.g. 1..100, 1,5,9 or 1..10,20..25`);
  }
  const seeds: number[] = [];
  const seen = new Set<number>();
  for (const piece of text.split(",")) {
    const range = piece.split("..");
    if (range.length > 2)
      throw new SweepError(`${label}: "${piece}" is not a range; allowed: a..b`);
    const from = parseSeed(range[0], label);
    const to = range.length === 2 ? parseSeed(range[1], label) : from;
    if (to < from) {
      throw new SweepError(`${label}: the range ${piece} runs backwards; allowed: a..b with a ≤ b`);
    }
    if (seeds.length + (to - from + 1) > MAX_SEEDS) {
      throw new SweepError(`${label}: more than ${MAX_SEEDS} seeds; allowed: at most ${MAX_SEEDS}`);
    }
    for (let seed = from; seed <= to; seed++) {
      if (seen.has(seed)) throw new SweepError(`${label}: seed ${seed} is listed twice`);
      seen.add(seed);
      seeds.push(seed);
    }
  }
  return seeds;
}

/** JSON with object keys sorted at every level, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, here: unknown) =>
    here !== null && typeof here === "object" && !Array.isArray(here)
      ? Object.fromEntries(
          Object.entries(here as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : here,
  );
}

/** First 16 hex digits of the SHA-256 of a text (Web Crypto: the same in Node and browsers). */
export async function shortHash(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).subarray(0, 8), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
}

/**
 * The content hash results carry: of the parsed scenario (defaults filled in, so writing a
 * default out or leaving it implicit hashes the same), without `$schema`, which only points
 * editors at the JSON Schema. `extra` folds in content the scenario refers to (a network file).
 */
export function scenarioHash(scenario: Scenario, extra?: string): Promise<string> {
  const { $schema: _editorHint, ...content } = scenario;
  return shortHash(canonicalJson(extra === undefined ? content : { content, extra }));
}
