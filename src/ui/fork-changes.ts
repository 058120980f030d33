import { RANKERS } from "../scenario/sections/feed.js";
import type { InterventionChange } from "../scenario/sections/interventions.js";

/** One change the learner can make at a tick: its name in the link, its words, what it does. */
export interface ForkChange {
  /** The value of `do=` in the link, e.g. "hideLikeCounts". */
  id: string;
  label: string;
  changes: InterventionChange[];
}

/** How far a downranked top video is still shown: one time in ten. */
const DOWNRANK_FACTOR = 0.1;

/**
 * The changes "Change something here" offers. Each is an intervention of the scenario's
 * `interventions` list applied at the fork tick; a video named "top" is the most liked at
 * that tick.
 */
export const FORK_CHANGES: readonly ForkChange[] = [
  { id: "hideLikeCounts", label: "Hide like counts", changes: [{ do: "hideLikeCounts" }] },
  {
    id: "deleteTopLikes",
    label: "Remove the top video's likes so far",
    changes: [{ do: "deleteEarlyLikes", video: "top", likes: "all" }],
  },
  {
    id: "downrankTop",
    label: "Downrank the top video",
    changes: [{ do: "downrankVideo", video: "top", factor: DOWNRANK_FACTOR }],
  },
  { id: "removeBots", label: "Remove the bots", changes: [{ do: "removeBots" }] },
  ...RANKERS.map(
    (ranker): ForkChange => ({
      id: `ranker-${ranker}`,
      label: `Switch the ranker to ${ranker}`,
      changes: [{ do: "switchRanker", ranker }],
    }),
  ),
];

/** The fork a link asks for: the tick and the change, checked. */
export type ForkRequest =
  | { ok: true; tick: number; change: ForkChange }
  | { ok: false; problems: string[] };

/**
 * Reads `fork=T&do=ID` as typed in a link: T a tick from 0 to the scenario's ticks, ID one of
 * FORK_CHANGES. Problems name the parameter, the value and what is allowed.
 */
export function parseFork(tick: string, change: string | undefined, ticks: number): ForkRequest {
  const problems: string[] = [];
  const at = Number(tick);
  if (!/^\d+$/.test(tick) || at > ticks) {
    problems.push(`fork: got ${JSON.stringify(tick)}; allowed: a tick from 0 to ${ticks}`);
  }
  const found = FORK_CHANGES.find((candidate) => candidate.id === change);
  if (!found) {
    const allowed = FORK_CHANGES.map((candidate) => JSON.stringify(candidate.id)).join(", ");
    problems.push(`do: got ${JSON.stringify(change ?? "")}; allowed: one of ${allowed}`);
  }
  return found && problems.length === 0
    ? { ok: true, tick: at, change: found }
    : { ok: false, problems };
}

/** Both futures' likes of the followed video, in words under the charts. */
export function forkCaption(
  fork: { tick: number; video: number; label: string },
  likes: { original: number | undefined; changed: number | undefined },
): string {
  if (fork.video < 0) return `Forked at tick ${fork.tick}, before any video was posted.`;
  const shown = (n: number | undefined) => (n === undefined ? "…" : n.toLocaleString("en-US"));
  return `Video ${fork.video}, the most liked at the fork (tick ${fork.tick}): ${shown(likes.original)} likes in the original future, ${shown(likes.changed)} after "${fork.label.toLowerCase()}".`;
}
