import type { z } from "zod";
import { printable } from "./safe-text.js";
import { type Scenario, scenarioSchema } from "./schema.js";
import { type Intervention, interventionsSchema } from "./sections/interventions.js";
import { valueAtPath } from "./value-at-path.js";

/** A scenario that failed validation; each problem names the field, the value and what is allowed. */
export class ScenarioError extends Error {
  constructor(
    readonly problems: string[],
    readonly source = "scenario",
  ) {
    super(
      `${source} is not a valid likesim scenario:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ScenarioError";
  }
}

/** The value as the message shows it: JSON, cut at 60 characters, control characters escaped. */
function show(value: unknown): string {
  return value === undefined ? "nothing" : printable(value);
}

function allowed(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return `${issue.origin === "array" || issue.origin === "string" ? "length " : ""}${issue.inclusive ? "≥" : ">"} ${issue.minimum}`;
    case "too_big":
      return `${issue.origin === "array" || issue.origin === "string" ? "length " : ""}${issue.inclusive ? "≤" : "<"} ${issue.maximum}`;
    case "invalid_type":
      return issue.expected === "int" ? "a whole number" : `a ${issue.expected}`;
    case "unrecognized_keys":
      return "only the documented keys";
    default:
      return issue.message;
  }
}

/** Turns zod's issues into sentences a user can act on. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
    if (issue.code === "unrecognized_keys") {
      return `${where === "(top level)" ? "" : `${where}: `}unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys
        .map((k) => printable(k))
        .join(", ")}; allowed: only the documented keys (see scenarios/schema.json)`;
    }
    if (issue.code === "invalid_union") {
      const options = issue.message.replace(/^Invalid discriminator value\. Expected /, "one of ");
      return `${where}: got ${show(valueAtPath(input, issue.path))}; allowed: ${options.replaceAll("'", '"').replaceAll(" | ", ", ")}`;
    }
    return `${where}: got ${show(valueAtPath(input, issue.path))}; allowed: ${allowed(issue)}`;
  });
}

/** Parses and fills defaults, or throws a ScenarioError naming every bad field. */
export function parseScenario(input: unknown, source = "scenario"): Scenario {
  const result = scenarioSchema.safeParse(input);
  if (!result.success) throw new ScenarioError(describeIssues(result.error.issues, input), source);
  return result.data;
}

/** Parses a list of interventions as the scenario's `interventions` would be, or throws a ScenarioError. */
export function parseInterventions(input: unknown, source = "interventions"): Intervention[] {
  const result = interventionsSchema.safeParse(input);
  if (!result.success) throw new ScenarioError(describeIssues(result.error.issues, input), source);
  return result.data;
}
