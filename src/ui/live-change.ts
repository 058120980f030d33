import { applyOverrides, parseOverride } from "../scenario/overrides.js";
import type { Scenario } from "../scenario/schema.js";
import {
  BEHAVIOUR_WEIGHTS,
  FOR_YOU_SOURCES,
  type InterventionChange,
  type InterventionInput,
} from "../scenario/sections/interventions.js";
import type { ChartAnnotation } from "./charts/annotations.js";
import { KNOBS, knobText } from "./knob-specs.js";

/**
 * How a knob's change reaches a run. Turned mid-run, a knob that an intervention can express
 * (the ranker, a behaviour weight, a for-you source weight) branches the run from its current
 * tick: the engine applies the change at once and the run plays on. The page keeps each such
 * change as a live edit, "from tick T on, path is value", which the link carries and every
 * replay (Reset, a new seed, a fork) schedules as an intervention at T, so the run on the page
 * and its replays are one run. Any other setting starts the run again from tick 0.
 */
export interface LiveChange {
  /** Dotted scenario path and the value as the control holds it. */
  path: string;
  value: string;
  /** What the learner turned, for the page's notice. */
  label: string;
}

/** Why a change restarted the run instead of branching it. */
export type RestartReason = "not played" | "setting" | "two worlds" | "ended";

/** What became of a change. */
export type LiveOutcome =
  | { kind: "restarted"; why: RestartReason }
  | { kind: "branched"; fromTick: number }
  | { kind: "refused"; problems: string[] };

/** A knob turned mid-run: from `tick` on, `path` is `value` (as typed). */
export interface LiveEdit {
  tick: number;
  path: string;
  value: string;
}

const BEHAVIOUR = new Set<string>(BEHAVIOUR_WEIGHTS);
const FOR_YOU = new Set<string>(FOR_YOU_SOURCES);

/**
 * The intervention that makes `path` take `value` in a running simulation, or undefined for a
 * setting no intervention changes (the population, the graph: those restart the run). The
 * value is not checked here; the scenario schema checks it where the edit is planned.
 */
export function knobIntervention(path: string, value: string): InterventionChange | undefined {
  const [group, name, leaf] = path.split(".");
  if (path === "feed.ranker") return { do: "switchRanker", ranker: value } as InterventionChange;
  if (group === "behaviour" && BEHAVIOUR.has(name) && leaf === undefined) {
    return { do: "setBehaviour", weight: name, value: Number(value) } as InterventionChange;
  }
  if (group === "feed" && name === "forYou" && FOR_YOU.has(leaf)) {
    return { do: "setForYouMix", source: leaf, value: Number(value) } as InterventionChange;
  }
  return undefined;
}

/** A live edit as the link writes it: `48:behaviour.socialProof=2`. */
export function liveText(edit: LiveEdit): string {
  return `${edit.tick}:${edit.path}=${edit.value}`;
}

/**
 * Reads a link's `live` value against a run of `ticks` ticks. Problems name the parameter, the
 * value and what is allowed; the value itself is judged by the schema when the edit is planned.
 */
export function parseLiveEdit(
  text: string,
  ticks: number,
): { ok: true; edit: LiveEdit } | { ok: false; problem: string } {
  const match = /^(\d+):([A-Za-z.]+)=(.*)$/.exec(text);
  const problem = (allowed: string) => ({
    ok: false as const,
    problem: `live: got ${JSON.stringify(text)}; allowed: ${allowed}`,
  });
  if (!match) return problem("TICK:PATH=VALUE, e.g. 48:behaviour.socialProof=2");
  const [, tick, path, value] = match;
  if (Number(tick) < 1 || Number(tick) > ticks) {
    return problem(`a tick from 1 to ${ticks} (a change mid-run)`);
  }
  if (!knobIntervention(path, value)) {
    return problem(
      "feed.ranker, a number of behaviour or a source weight of feed.forYou (what a run can change mid-run)",
    );
  }
  return { ok: true, edit: { tick: Number(tick), path, value } };
}

/**
 * The scenario as written with the live edits scheduled among its interventions. An edit at
 * tick T goes before the scenario's own interventions at T: the page applied it between ticks,
 * before the engine's next tick applied those (and edits keep their order among themselves).
 */
export function withLiveEdits(input: unknown, edits: readonly LiveEdit[]): unknown {
  if (edits.length === 0) return input;
  const base = input as { interventions?: InterventionInput[] };
  const own = base.interventions ?? [];
  const live = [...edits]
    .sort((a, b) => a.tick - b.tick)
    .map(
      (edit) =>
        ({ at: edit.tick, ...knobIntervention(edit.path, edit.value) }) as InterventionInput,
    );
  const interventions: InterventionInput[] = [];
  let i = 0;
  let j = 0;
  while (i < own.length || j < live.length) {
    const liveFirst = j < live.length && (i >= own.length || live[j].at <= own[i].at);
    interventions.push(liveFirst ? live[j++] : own[i++]);
  }
  return { ...base, interventions };
}

/** The scenario with the live edits made by `tick` in force: what the knobs show then. */
export function inEffect(scenario: Scenario, edits: readonly LiveEdit[], tick: number): Scenario {
  let shown: unknown = scenario;
  for (const edit of edits) {
    if (edit.tick > tick) continue;
    shown = applyOverrides(shown, [parseOverride(`${edit.path}=${edit.value}`, "live")]);
  }
  return shown as Scenario;
}

/** A live edit's mark on the time charts, e.g. "copying 2" at its tick. */
export function liveMark(edit: LiveEdit): ChartAnnotation {
  const knob = KNOBS.find((candidate) => candidate.path === edit.path);
  const shown = knob
    ? knobText(knob, knob.path === "feed.ranker" ? edit.value : Number(edit.value))
    : edit.value;
  return { tick: edit.tick, text: `${knob?.short ?? edit.path} ${shown}`, world: 0 };
}

const RESTART_WORDS: Record<Exclude<RestartReason, "not played">, string> = {
  setting: "a run cannot change this setting in the middle",
  "two worlds": "with two worlds on the page, a change starts both again",
  ended: "the run had ended",
};

/** The notice the page shows after a change. */
export function liveNotice(change: LiveChange, outcome: LiveOutcome, shown: string): string {
  const what = change.label.toLowerCase();
  if (outcome.kind === "branched") {
    return `From tick ${outcome.fromTick} on: ${what} is now ${shown}. The run goes on from here; Reset replays it with the change at tick ${outcome.fromTick}.`;
  }
  if (outcome.kind === "refused") return "";
  if (outcome.why === "not played") return `${change.label}: ${shown}.`;
  return `Started again from tick 0 with ${what} at ${shown}, on the same seed: ${RESTART_WORDS[outcome.why]}.`;
}
