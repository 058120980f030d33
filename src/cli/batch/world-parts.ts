import { worldGroups } from "../../engine/world-groups.js";
import { combineWorlds, type RunOutcome, type RunTask, type WorldsOutcome } from "./run-task.js";

/**
 * An executor's `run`: the whole run in one piece, or, with `parts` > 1 and no branch, its
 * worlds in that many parts side by side, combined in world order.
 */
export function splitRunner(
  runWhole: (task: RunTask) => Promise<RunOutcome>,
  runPart: (task: RunTask) => Promise<WorldsOutcome>,
): (task: RunTask, parts?: number) => Promise<RunOutcome> {
  return async (task, parts = 1) => {
    const groups = worldGroups(task.scenario.worlds, parts);
    if (groups.length === 1 || task.branch) return runWhole(task);
    const outcomes = await Promise.all(groups.map((worlds) => runPart({ ...task, worlds })));
    return combineWorlds(task.id, outcomes);
  };
}
