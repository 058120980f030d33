import { combineWorlds, type RunOutcome, type RunTask, type WorldsOutcome } from "./run-task.js";

/** The task's worlds cut into at most `parts` contiguous groups, as even as they go. */
export function worldGroups(worlds: number, parts: number): number[][] {
  const count = Math.max(1, Math.min(worlds, Math.floor(parts)));
  return Array.from({ length: count }, (_, g) => {
    const from = Math.floor((g * worlds) / count);
    const to = Math.floor(((g + 1) * worlds) / count);
    return Array.from({ length: to - from }, (_, i) => from + i);
  });
}

/** An executor's `run`, from its `runWorlds`: the parts side by side, combined in world order. */
export function splitRunner(
  runPart: (task: RunTask) => Promise<WorldsOutcome>,
): (task: RunTask, parts?: number) => Promise<RunOutcome> {
  return async (task, parts = 1) => {
    const groups = worldGroups(task.scenario.worlds, parts);
    const outcomes = await Promise.all(
      groups.map((worlds) => runPart(groups.length > 1 ? { ...task, worlds } : task)),
    );
    return combineWorlds(task.id, outcomes);
  };
}
