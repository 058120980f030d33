import { type Override, parsePath, scenarioWith } from "../scenario/overrides.js";
import type { Scenario } from "../scenario/schema.js";
import type { LessonArm } from "./lesson.js";

/** An arm's fields as overrides, the form the CLI's --set and the UI's URL produce. */
export function armOverrides(arm: LessonArm): Override[] {
  return Object.entries(arm.set).map(([path, value]) => {
    const raw = typeof value === "string" ? value : JSON.stringify(value);
    const label = `${path}=${raw} (arm "${arm.label}")`;
    return { path: parsePath(path, label), value, raw, label };
  });
}

/** The lesson scenario's input with the arm's fields set, validated, defaults filled in. */
export function armScenario(input: unknown, arm: LessonArm, source = "scenario"): Scenario {
  return scenarioWith(input, armOverrides(arm), source);
}
