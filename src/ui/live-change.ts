/**
 * How a knob's change reaches a run: the one seam between the knobs and the engine. Until the
 * engine can branch a run from its current tick (issue 10), a change starts the run again from
 * tick 0 with the new value, and the page says so; once it can, `applyLive` is the one
 * function to change, and the knobs, their tests and the page's wording follow its answer.
 */
export interface LiveChange {
  /** Dotted scenario path and the value as the control holds it. */
  path: string;
  value: string;
  /** What the learner turned, for the page's notice. */
  label: string;
}

/** What became of a change. */
export type LiveOutcome =
  | { kind: "restarted" }
  | { kind: "branched"; fromTick: number }
  | { kind: "refused"; problems: string[] };

/** Restarts the runs with the change (the page's ordinary edit): no branching yet. */
export async function applyLive(
  change: LiveChange,
  restartWith: (path: string, value: string) => Promise<string[]>,
): Promise<LiveOutcome> {
  const problems = await restartWith(change.path, change.value);
  return problems.length > 0 ? { kind: "refused", problems } : { kind: "restarted" };
}

/** The notice the page shows after a change. */
export function liveNotice(change: LiveChange, outcome: LiveOutcome, shown: string): string {
  if (outcome.kind === "branched") {
    return `From tick ${outcome.fromTick} on: ${change.label.toLowerCase()} is now ${shown}.`;
  }
  if (outcome.kind === "restarted") {
    return `Started again from tick 0 with ${change.label.toLowerCase()} at ${shown}: a knob cannot yet change a run in the middle, so the run restarts with the same seed.`;
  }
  return "";
}
