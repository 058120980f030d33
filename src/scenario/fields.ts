import { z } from "zod";
import { type TextRule, textProblem } from "./safe-text.js";

/**
 * Field builders that carry each option's meaning and unit where it is defined, so the
 * JSON Schema, the docs and the UI's parameter panel all read them from one place.
 */
export interface FieldInfo {
  [key: string]: unknown;
  description: string;
  unit?: string;
}

export function probability(def: number, info: FieldInfo) {
  return z
    .number()
    .min(0)
    .max(1)
    .default(def)
    .meta({ unit: "probability", ...info });
}

export function count(def: number, info: FieldInfo, min = 0, max = 1_000_000_000) {
  return z.int().min(min).max(max).default(def).meta(info);
}

export function real(def: number, info: FieldInfo, min = -1e9, max = 1e9) {
  return z.number().min(min).max(max).default(def).meta(info);
}

export function weight(def: number, description: string) {
  return z.number().min(-1000).max(1000).default(def).meta({ description, unit: "logit" });
}

/**
 * Text that reaches terminals, reports and file names: at most `rule.max` characters and
 * none of the characters safe-text.ts refuses. The JSON Schema carries the limit as
 * maxLength; the description of each such field states it.
 */
export function text(rule: TextRule & { min?: number }) {
  return z
    .string()
    .min(rule.min ?? 0)
    .superRefine((value, ctx) => {
      const problem = textProblem(value, rule);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .meta({ maxLength: rule.max });
}
