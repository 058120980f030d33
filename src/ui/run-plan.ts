import type { WatchedState } from "../engine-host/watched-run.js";
import { OverrideError, parseOverride, scenarioWith } from "../scenario/overrides.js";
import type { Scenario } from "../scenario/schema.js";
import type { InterventionChange } from "../scenario/sections/interventions.js";
import { ScenarioError } from "../scenario/validate.js";
import { parseFork } from "./fork-changes.js";
import { type LiveEdit, parseLiveEdit, withLiveEdits } from "./live-change.js";
import type { PageState } from "./page-state.js";
import { scenarioFields } from "./parameter-fields.js";
import type { CatalogEntry } from "./scenario-catalog.js";
import { comparablePaths } from "./widget-specs.js";

/** One world to start: what `SimulationController.load` is given. */
export interface RunSpec {
  label: string;
  input: unknown;
  source: string;
  overrides: string[];
  /** The scenario as the engine will see it (already checked here, checked again there). */
  scenario: Scenario;
  /** The user whose feed is recorded, if the page chose one. */
  traceUser?: number;
  /** A future of a fork: played to `tick`, then changed by `changes` (none: the original). */
  branch?: { tick: number; changes: InterventionChange[] };
  /** The page's run at the fork tick, for a future to start from instead of tick 0. */
  resume?: WatchedState;
}

export type RunPlan = { ok: true; runs: RunSpec[] } | { ok: false; problems: string[] };

const URL_FLAG = "URL parameter";
/** How a problem with a knob turned mid-run begins: the link's parameter and the tick. */
export const LIVE_FLAG = "live";
const FIELDS = scenarioFields();
const COMPARABLE = comparablePaths((path) => FIELDS.get(path)?.onlyWhen !== undefined);

function problemsOf(error: unknown): string[] {
  if (error instanceof ScenarioError) return error.problems;
  if (error instanceof OverrideError) return [error.message];
  throw error;
}

function specFor(
  entry: CatalogEntry,
  label: string,
  texts: string[],
  live: LiveEdit[] = [],
): RunSpec {
  const input = withLiveEdits(entry.input, live);
  const scenario = scenarioWith(
    input,
    texts.map((text) => parseOverride(text, URL_FLAG)),
    entry.file,
  );
  return { label, input, source: entry.file, overrides: texts, scenario };
}

/**
 * The link's live edits, checked: each a tick within the run and a setting a run can change
 * mid-run, its value judged by the schema as the same setting set from the start would be.
 */
function liveEdits(
  entry: CatalogEntry,
  texts: readonly string[],
  overrides: readonly string[],
): { ok: true; edits: LiveEdit[] } | { ok: false; problems: string[] } {
  if (texts.length === 0) return { ok: true, edits: [] };
  const ticks = specFor(entry, entry.id, [...overrides]).scenario.ticks;
  const edits: LiveEdit[] = [];
  const problems: string[] = [];
  for (const text of texts) {
    const read = parseLiveEdit(text, ticks);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const { path, value } = read.edit;
    const others = overrides.filter((override) => !override.startsWith(`${path}=`));
    try {
      specFor(entry, entry.id, [...others, `${path}=${value}`]);
      edits.push(read.edit);
    } catch (error) {
      problems.push(
        ...problemsOf(error).map((problem) => `${LIVE_FLAG} ${read.edit.tick}: ${problem}`),
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, edits };
}

/**
 * Checks the page state against the catalog and the scenario schema and says what to run:
 * one world (its live edits scheduled as interventions), or two that differ only in the
 * compared setting (live edits belong to one run and are not carried into a comparison). Problems name the field, the
 * value and what is allowed, exactly as the CLI would word them.
 */
export function planPageRuns(state: PageState, catalog: readonly CatalogEntry[]): RunPlan {
  const entry = catalog.find((candidate) => candidate.id === state.scenario);
  if (!entry) {
    const ids = catalog.map((candidate) => JSON.stringify(candidate.id)).join(", ");
    return {
      ok: false,
      problems: [`scenario: got ${JSON.stringify(state.scenario)}; allowed: one of ${ids}`],
    };
  }
  const compare = state.compare;
  if (compare && !COMPARABLE.includes(compare.path)) {
    const allowed = COMPARABLE.map((path) => JSON.stringify(path)).join(", ");
    return {
      ok: false,
      problems: [`compare: got ${JSON.stringify(compare.path)}; allowed: one of ${allowed}`],
    };
  }
  if (compare && state.fork !== undefined) {
    return {
      ok: false,
      problems: [`fork: got ${JSON.stringify(state.fork)}; allowed: only without compare`],
    };
  }
  let runs: RunSpec[];
  try {
    if (!compare) {
      const texts = state.overrides.map(([path, value]) => `${path}=${value}`);
      const live = liveEdits(entry, state.live ?? [], texts);
      if (!live.ok) return live;
      runs = [specFor(entry, entry.id, texts, live.edits)];
      if (state.fork !== undefined) {
        const fork = parseFork(state.fork, state.change, runs[0].scenario.ticks);
        if (!fork.ok) return fork;
        const [base] = runs;
        runs = [
          { ...base, label: "A: original", branch: { tick: fork.tick, changes: [] } },
          {
            ...base,
            label: `B: ${fork.change.label.toLowerCase()}`,
            branch: { tick: fork.tick, changes: fork.change.changes },
          },
        ];
      }
    } else {
      const shared = state.overrides
        .filter(([path]) => path !== compare.path)
        .map(([path, value]) => `${path}=${value}`);
      runs = [compare.a, compare.b].map((value) =>
        specFor(entry, `${compare.path} = ${value}`, [...shared, `${compare.path}=${value}`]),
      );
    }
  } catch (error) {
    return { ok: false, problems: problemsOf(error) };
  }
  if (state.feedUser === undefined) return { ok: true, runs };
  const users = Math.min(...runs.map((run) => run.scenario.population.users));
  const traceUser = Number(state.feedUser);
  if (!/^\d+$/.test(state.feedUser) || traceUser >= users) {
    return {
      ok: false,
      problems: [
        `feed: got ${JSON.stringify(state.feedUser)}; allowed: a user id from 0 to ${users - 1}`,
      ],
    };
  }
  return { ok: true, runs: runs.map((run) => ({ ...run, traceUser })) };
}
