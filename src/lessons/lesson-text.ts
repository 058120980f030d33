import type { SummaryName } from "../engine/types.js";

/** Which number a placeholder asks for: arm a, arm b, or their difference b − a. */
export type Side = "a" | "b" | "diff";

/** A placeholder in a lesson text: {metric.side} or {metric.side:format}. */
export interface Placeholder {
  text: string;
  metric: string;
  side: string;
  format: string;
}

export const SIDES: readonly Side[] = ["a", "b", "diff"];
/** "": three significant digits (whole numbers with separators); "%": a share as percent. */
export const FORMATS = ["", "%"] as const;

const PLACEHOLDER = /\{([A-Za-z0-9]+)\.([A-Za-z]+)(?::([^}]*))?\}/g;

export function placeholders(template: string): Placeholder[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => ({
    text: m[0],
    metric: m[1],
    side: m[2],
    format: m[3] ?? "",
  }));
}

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatValue(value: number, format: string): string {
  if (!Number.isFinite(value)) return "–";
  if (format === "%") return `${(value * 100).toFixed(1)}%`;
  if (Number.isInteger(value)) return whole.format(value);
  if (Math.abs(value) >= 1000) return whole.format(value);
  return String(Number(value.toPrecision(3)));
}

/** A run's numbers per arm: summary metric → value (NaN where undefined). */
export type ArmNumbers = Partial<Record<SummaryName, number>>;

/**
 * Fills a lesson text's placeholders from the learner's run. A metric the run did not
 * report reads "–"; a placeholder that names no side or format is left as written (the
 * lessons' unit test makes sure there are none).
 */
export function fillLessonText(template: string, run: { a: ArmNumbers; b: ArmNumbers }): string {
  return template.replace(PLACEHOLDER, (text, metric: string, side: string, format = "") => {
    if (!SIDES.includes(side as Side) || !(FORMATS as readonly string[]).includes(format))
      return text;
    const a = run.a[metric as SummaryName] ?? Number.NaN;
    const b = run.b[metric as SummaryName] ?? Number.NaN;
    return formatValue(side === "a" ? a : side === "b" ? b : b - a, format);
  });
}
