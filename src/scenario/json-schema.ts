import { z } from "zod";
import { scenarioSchema } from "./schema.js";

/**
 * The JSON Schema editors validate scenario files with. It describes what a file may hold
 * (`io: "input"`: every defaulted field optional), with each field's description and unit.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: "input" }) as Record<string, unknown>;
}

/** The committed file's text: two-space JSON with a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
