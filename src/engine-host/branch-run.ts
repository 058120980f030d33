import type { Snapshot } from "../engine/types.js";
import type { InterventionChange } from "../scenario/sections/interventions.js";
import type { BranchInfo } from "./engine-api.js";
import type { WatchedRun } from "./watched-run.js";

/** The most liked video of world 0 (the lowest id among ties, as "top" is resolved), or -1. */
function mostLiked(snapshot: Snapshot): number {
  const { likes, count } = snapshot.videos;
  let best = -1;
  for (let v = 0; v < count; v++) if (best < 0 || likes[v] > likes[best]) best = v;
  return best;
}

/** The video a change names by id, if any. */
function namedVideo(changes: readonly InterventionChange[]): number | undefined {
  for (const change of changes) {
    if ("video" in change && typeof change.video === "number") return change.video;
  }
  return undefined;
}

/**
 * Turns a fresh run into one future of a fork: plays it to the fork tick, applies the changes
 * there (none for the original future) exactly as `sim.intervene` does in Node, and puts the
 * video both futures follow in the spotlight. Both futures of a fork are built this way in
 * their own workers from the same scenario and seed, so their state at the fork tick is the
 * one state (the engine's restore-equals-uninterrupted guarantee), and the original future is
 * the run that was on the page, replayed exactly.
 */
export function branchRun(
  run: WatchedRun,
  branch: { tick: number; changes: InterventionChange[] },
): BranchInfo {
  const ticks = run.simulation.scenario.ticks;
  if (!Number.isInteger(branch.tick) || branch.tick < 0 || branch.tick > ticks) {
    throw new RangeError(
      `fork: got ${branch.tick}; allowed: a tick from 0 to ${ticks} (the scenario's ticks)`,
    );
  }
  run.stepTo(branch.tick);
  const video = namedVideo(branch.changes) ?? mostLiked(run.simulation.snapshot());
  if (branch.changes.length > 0) {
    run.simulation.intervene(branch.changes);
    run.changed();
  }
  if (video >= 0) run.spotlight({ video });
  return { tick: branch.tick, video };
}
