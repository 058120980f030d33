import { armOverrides } from "../../lessons/arm-overrides.js";
import type { Lesson } from "../../lessons/lesson.js";
import type { PageState } from "../page-state.js";
import { planPageRuns, type RunPlan, type RunSpec } from "../run-plan.js";
import type { CatalogEntry } from "../scenario-catalog.js";

/** The id the catalog and the URL use for a lesson's scenario file ("rich-get-richer.json"). */
export function lessonScenarioId(lesson: Lesson): string {
  return lesson.scenario.replace(/\.json$/, "");
}

/**
 * The lesson's two arms as a compare-mode run: its scenario, the page's other edits shared by
 * both worlds, and each arm's fields on top. The seed is the scenario's in both, so the worlds
 * differ only in what the arms set (common random numbers, as in `likesim lesson`).
 */
export function planLesson(
  state: PageState,
  lesson: Lesson,
  catalog: readonly CatalogEntry[],
): RunPlan {
  const { a, b } = lesson.arms;
  const armPaths = new Set([...Object.keys(a.set), ...Object.keys(b.set)]);
  const shared = state.overrides.filter(([path]) => !armPaths.has(path));
  const runs: RunSpec[] = [];
  for (const arm of [a, b]) {
    const fields = armOverrides(arm).map((o): [string, string] => [o.path.join("."), o.raw]);
    const plan = planPageRuns(
      {
        scenario: lessonScenarioId(lesson),
        overrides: [...shared, ...fields],
        feedUser: state.feedUser,
      },
      catalog,
    );
    if (!plan.ok) return plan;
    runs.push({ ...plan.runs[0], label: arm.label });
  }
  return { ok: true, runs };
}
