import type { InterventionChange } from "../../scenario/sections/interventions.js";
import { parseInterventions, ScenarioError } from "../../scenario/validate.js";
import { UsageError } from "../usage-error.js";

/**
 * A video named on the command line: an id, "top" (the most liked at the fork tick, in each
 * world), or `top@T`, the most liked video of world 0 at tick T, found in the original
 * future (before or after the fork) and then the same video in every arm.
 */
export type VideoSelector = number | "top" | { top: number };

/**
 * One arm of `likesim branch`: its name, the interventions it applies at the fork tick, and
 * for each one that targets a video the selector that names it (undefined otherwise).
 */
export interface BranchArm {
  name: string;
  changes: InterventionChange[];
  videos: (VideoSelector | undefined)[];
}

/** Kinds whose target is a video, and so take --video when the arm names none. */
const TARGETS_VIDEO = new Set(["downrankVideo", "removeVideo", "deleteEarlyLikes"]);
export const ORIGINAL_ARM = "original";

/** Parses --video: an id, "top", or top@T with T from 0 to the run's ticks. */
export function parseVideoSelector(text: string, flag: string, ticks: number): VideoSelector {
  const value = text.trim();
  if (/^\d+$/.test(value) && Number(value) <= 1_000_000_000) return Number(value);
  if (value === "top") return "top";
  const at = /^top@(\d+)$/.exec(value);
  if (at && Number(at[1]) <= ticks) return { top: Number(at[1]) };
  throw new UsageError(
    `${flag} ${text}: allowed: a video id (a whole number), top (the most liked at the fork tick) or top@T with T from 0 to ${ticks} (the most liked video of world 0 at tick T in the original future)`,
  );
}

function parseValue(text: string): unknown {
  if (/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(text)) return Number(text);
  if (text === "true" || text === "false") return text === "true";
  return text;
}

/**
 * Parses `--arm name:do[,key=value…][+do…]`, e.g. `hidden:hideLikeCounts`,
 * `noluck:deleteEarlyLikes,video=top@240`, `both:removeBots+capImpressions,max=50`. Each
 * intervention is checked as the scenario's `interventions` would be; a video (given, or
 * --video for an arm that names none) is kept as a selector for the run to resolve.
 */
export function parseArm(text: string, fallbackVideo: VideoSelector, ticks: number): BranchArm {
  const flag = `--arm ${text}`;
  const colon = text.indexOf(":");
  const name = colon < 0 ? "" : text.slice(0, colon);
  if (!/^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(name) || name === ORIGINAL_ARM) {
    throw new UsageError(
      `${flag}: the arm's name is ${JSON.stringify(name)}; allowed: name:intervention, the name a letter then up to 39 letters, digits, - or _, not "${ORIGINAL_ARM}" (the unchanged future)`,
    );
  }
  const videos: (VideoSelector | undefined)[] = [];
  const changes = text
    .slice(colon + 1)
    .split("+")
    .map((part) => {
      const [kind, ...fields] = part.split(",");
      const change: Record<string, unknown> = { do: kind.trim(), at: 0 };
      for (const field of fields) {
        const eq = field.indexOf("=");
        if (eq < 1) {
          throw new UsageError(`${flag}: "${field}" is not key=value; allowed: do,key=value,…`);
        }
        change[field.slice(0, eq).trim()] = parseValue(field.slice(eq + 1).trim());
      }
      let selector: VideoSelector | undefined;
      if (TARGETS_VIDEO.has(String(change.do))) {
        selector =
          change.video === undefined
            ? fallbackVideo
            : parseVideoSelector(String(change.video), `${flag}: video=`, ticks);
        // Checked with a stand-in id; the run puts the selected video in its place.
        change.video = typeof selector === "object" ? 0 : selector;
      }
      videos.push(selector);
      return change;
    });
  try {
    const checked = parseInterventions(changes, flag);
    return { name, changes: checked.map(({ at: _at, ...change }) => change), videos };
  } catch (error) {
    if (error instanceof ScenarioError) {
      // A problem's path starts with the intervention's place in the arm (0 for the first).
      throw new UsageError(`${flag}: ${error.problems.join("; ")}`);
    }
    throw error;
  }
}

/** The intervention with its video selected: `resolve` turns a top@T selector into an id. */
export function armChanges(
  arm: BranchArm,
  resolve: (selector: { top: number }) => number,
): InterventionChange[] {
  return arm.changes.map((change, i) => {
    const selector = arm.videos[i];
    if (selector === undefined) return change;
    const video = typeof selector === "object" ? resolve(selector) : selector;
    return { ...change, video } as InterventionChange;
  });
}
