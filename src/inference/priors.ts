import { exp, log } from "../deterministic/exact-math.js";

/**
 * Priors (for a fit) and ranges (for a sensitivity design) on dotted scenario paths:
 * `behaviour.socialProof=0..3` is uniform on [0, 3], `creators.postRate=log:0.01..0.2` is
 * log-uniform. Samplers work in a parameter's own coordinate, z = value for a uniform prior
 * and z = ln(value) for a log-uniform one, where the prior is flat on [zLow, zHigh].
 * No Node API: pure, like the rest of src/inference.
 */
export type PriorScale = "uniform" | "log-uniform";

export interface Prior {
  /** The dotted scenario path, as written: `behaviour.socialProof`. */
  path: string;
  scale: PriorScale;
  low: number;
  high: number;
  /** The field takes whole numbers: a simulated value is rounded to the nearest one. */
  whole: boolean;
  /** How the user wrote it, for messages. */
  label: string;
}

/** A prior or range that cannot be read, or that the scenario's schema refuses. */
export class PriorError extends Error {
  override name = "PriorError";
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

function bound(text: string, label: string): number {
  if (!NUMBER.test(text)) {
    throw new PriorError(
      `${label}: "${text}" is not a number; allowed: e.g. 0..3 or log:0.01..0.2`,
    );
  }
  return Number(text);
}

/** Reads `path=low..high` or `path=log:low..high`; `flag` only shapes the messages. */
export function parsePrior(text: string, flag = "--param"): Prior {
  const label = `${flag} ${text}`;
  const equals = text.indexOf("=");
  if (equals < 0) {
    throw new PriorError(
      `${label}: expected path=low..high or path=log:low..high, e.g. ${flag} behaviour.socialProof=0..3`,
    );
  }
  const path = text.slice(0, equals).trim();
  if (path === "" || path.split(".").some((key) => key === "")) {
    throw new PriorError(
      `${label}: the path "${path}" is not a dotted field name; allowed: e.g. behaviour.socialProof`,
    );
  }
  let range = text.slice(equals + 1).trim();
  const logScale = range.startsWith("log:");
  if (logScale) range = range.slice(4);
  const parts = range.split("..");
  if (parts.length !== 2) {
    throw new PriorError(
      `${label}: expected a range low..high; allowed: e.g. 0..3 or log:0.01..0.2`,
    );
  }
  const low = bound(parts[0], label);
  const high = bound(parts[1], label);
  if (!(low < high)) {
    throw new PriorError(`${label}: the range ${low}..${high} is empty; allowed: low < high`);
  }
  if (logScale && !(low > 0)) {
    throw new PriorError(
      `${label}: a log-uniform range must be positive (got ${low}..${high}); allowed: 0 < low < high`,
    );
  }
  return { path, scale: logScale ? "log-uniform" : "uniform", low, high, whole: false, label };
}

/** Refuses a path given twice. */
export function checkDistinct(priors: readonly Prior[]): void {
  const seen = new Map<string, Prior>();
  for (const prior of priors) {
    const earlier = seen.get(prior.path);
    if (earlier) {
      throw new PriorError(`${prior.label}: ${prior.path} is already given by ${earlier.label}`);
    }
    seen.set(prior.path, prior);
  }
}

/** The prior's flat coordinate range: [low, high], or [ln low, ln high] when log-uniform. */
export function coordinateRange(prior: Prior): [number, number] {
  return prior.scale === "log-uniform"
    ? [log(prior.low), log(prior.high)]
    : [prior.low, prior.high];
}

/** The parameter's value at coordinate z (not yet rounded for a whole-number field). */
export function valueAt(prior: Prior, z: number): number {
  if (prior.scale === "uniform") return z;
  // exp(ln x) can land a hair outside [low, high]; clamp so the schema never refuses it.
  return Math.min(prior.high, Math.max(prior.low, exp(z)));
}

/** The coordinate of a value. */
export function coordinateOf(prior: Prior, value: number): number {
  return prior.scale === "log-uniform" ? log(value) : value;
}

/** The value at fraction u ∈ [0, 1] of the prior's range, in its own coordinate. */
export function valueAtFraction(prior: Prior, u: number): number {
  const [zLow, zHigh] = coordinateRange(prior);
  return valueAt(prior, zLow + u * (zHigh - zLow));
}

/** What the simulation is given: whole-number fields take the nearest whole number. */
export function simulatedValue(prior: Prior, value: number): number {
  return prior.whole ? Math.round(value) : value;
}

/** `path=low..high` as the user would write it again. */
export function describePrior(prior: Prior): string {
  return `${prior.path}=${prior.scale === "log-uniform" ? "log:" : ""}${prior.low}..${prior.high}`;
}
