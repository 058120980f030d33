import type { TargetEffect } from "../../engine/future-effects.js";
import { SUMMARY_NAMES, type Summary, type SummaryName } from "../../engine/types.js";
import {
  EXTENDED_NAMES,
  type ExtendedName,
  type ExtendedSummary,
} from "../../metrics/extended-summary.js";
import { canonicalJson } from "../../scenario/sweep.js";
import { UsageError } from "../usage-error.js";

/** Marks a line as a likesim result, so a stray file is never mistaken for one. */
export const LINE_FORMAT = "likesim-run/1";

/** A summary as JSON holds it: NaN (a metric undefined for the run) becomes null. */
export type StoredSummary = Record<SummaryName, number | null>;
/** The extended metrics as JSON holds them: NaN becomes null. */
export type StoredExtended = Record<ExtendedName, number | null>;

/** What names a run: enough, with the scenario file, to run it again alone. */
export interface RunIdentity {
  /** The scenario's name. */
  scenario: string;
  /** Content hash of the parsed scenario file, before overrides (scenario/sweep.ts). */
  scenarioHash: string;
  /** The scenario file as it was given on the command line. */
  scenarioFile: string;
  /** The network file of a file graph, with its content hash. */
  network?: { file: string; hash: string };
  seed: number;
  /** Fields set with --set (and --ticks), dotted path → value. */
  overrides: Record<string, unknown>;
  /** Fields set by this grid point of --sweep axes, dotted path → value. */
  sweep: Record<string, unknown>;
  /** A future of `likesim branch`: the fork tick, the arm, and its interventions as given. */
  branch?: BranchIdentity;
}

export interface BranchIdentity {
  at: number;
  /** "original" for the unchanged future. */
  arm: string;
  /** The arm's interventions, a video written as given (an id, "top" or "top@T"). */
  interventions: Record<string, unknown>[];
  /** The video whose effect the lines name (--video), as given. */
  target?: number | string;
}

/** One finished run, one NDJSON line. */
export interface ResultLine extends RunIdentity {
  format: typeof LINE_FORMAT;
  version: string;
  ticks: number;
  worlds: number;
  /** Mean over worlds (unpredictability across them). */
  summary: StoredSummary;
  /** Each world's own summary, when there is more than one. */
  perWorld?: StoredSummary[];
  /** The extended metrics (mean over worlds), with --extended. */
  extended?: StoredExtended;
  /** The run's per-tick CSV, when --timeseries was given. */
  timeseries?: string;
  /**
   * Share of likes held by the least-liked share f of videos at f = 0, 1/100, …, 1, mean
   * over worlds: for compare's --report, so a report can be made from merged shards.
   */
  lorenz?: number[];
  /** Of a branch future: the targeted video against the original future, and the videos top@T chose. */
  target?: TargetEffect;
  selected?: Record<string, number>;
  /** Distribution figures measured for likesim fit, by figure key (targets.ts); null where undefined. */
  figures?: Record<string, number | null>;
  wallMs: number;
}

/**
 * The key results are resumed, merged and sorted by: scenario content, network content,
 * every field set (however it was set) and the seed. Two lines with one key are one run.
 */
export function runKey(run: RunIdentity): string {
  const fields = canonicalJson({ ...run.overrides, ...run.sweep });
  const key = `${run.scenarioHash}|${run.network?.hash ?? ""}|${fields}|${String(run.seed).padStart(10, "0")}`;
  return run.branch ? `${key}|${canonicalJson(run.branch)}` : key;
}

export function compareByKey(a: RunIdentity, b: RunIdentity): number {
  const ka = runKey(a);
  const kb = runKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function stored<N extends string>(
  values: Record<N, number>,
  names: readonly N[],
): Record<N, number | null> {
  const out = {} as Record<N, number | null>;
  for (const name of names) out[name] = Number.isFinite(values[name]) ? values[name] : null;
  return out;
}

export function storedSummary(summary: Summary): StoredSummary {
  return stored(summary, SUMMARY_NAMES);
}

export function storedExtended(extended: ExtendedSummary): StoredExtended {
  return stored(extended, EXTENDED_NAMES);
}

/** The line's text with a final newline; the format marker first, so a torn line still shows it. */
export function lineText(line: ResultLine): string {
  const { format, ...rest } = line;
  return `${JSON.stringify({ format, ...rest })}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Parses one line of a results file, or says why it is not a likesim result line. */
export function parseLine(text: string, where: string): ResultLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`${where} is not JSON`);
  }
  if (!isRecord(value) || value.format !== LINE_FORMAT) {
    throw new UsageError(`${where} is not a likesim result line (no "format":"${LINE_FORMAT}")`);
  }
  const wellFormed =
    typeof value.scenarioHash === "string" &&
    typeof value.seed === "number" &&
    isRecord(value.overrides) &&
    isRecord(value.sweep) &&
    isRecord(value.summary);
  if (!wellFormed)
    throw new UsageError(`${where} is a likesim line with missing or malformed fields`);
  return value as unknown as ResultLine;
}

/** A line without its wall time, for comparing runs that must give the same numbers. */
export function withoutWallTime(line: ResultLine): Omit<ResultLine, "wallMs"> {
  const { wallMs: _wallMs, ...rest } = line;
  return rest;
}
