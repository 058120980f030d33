import { createSimulation } from "../engine/simulation.js";
import { worldGroups } from "../engine/world-groups.js";
import { OverrideError, parseOverride, scenarioWith } from "../scenario/overrides.js";
import type { Scenario } from "../scenario/schema.js";
import { ScenarioError } from "../scenario/validate.js";
import { branchRun } from "./branch-run.js";
import type { EngineApi, InitOptions, InitResult } from "./engine-api.js";
import { fetchServedNetwork } from "./network-loader.js";
import { SplitRun, type StartPart } from "./split-run.js";
import { WatchedRun, type WatchedState } from "./watched-run.js";

/** Reads a file the page serves (a network under public/), as text. */
export type ReadText = (path: string) => Promise<string>;

function problemsOf(error: unknown, source: string): Extract<InitResult, { ok: false }> {
  if (error instanceof ScenarioError) return { ok: false, source, problems: error.problems };
  if (error instanceof OverrideError) return { ok: false, source, problems: [error.message] };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, source, problems: [message] };
}

/** A saved run picked up, once it is known to be a state of `scenario` and `seed`. */
function resumed(state: WatchedState, scenario: Scenario, seed: number, now: () => number) {
  const same =
    state.sim.seed === seed && JSON.stringify(state.sim.scenario) === JSON.stringify(scenario);
  if (!same) {
    throw new RangeError(
      `resume: the state is of another run (seed ${state.sim.seed}); allowed: a state of this scenario and seed ${seed}`,
    );
  }
  return WatchedRun.resume(state, now);
}

/**
 * The engine behind the worker boundary: everything the worker does, as plain calls, so that
 * tests can drive it in Node and the worker file stays a shell around it. With `startPart`,
 * a run of several worlds from tick 0 may be split across that many workers as its
 * `threads` option allows (SplitRun); a fork's futures and a resumed run play whole, since
 * a fork already runs its two futures in two workers.
 */
export function createEngineHost(
  readText: ReadText,
  now: () => number = () => performance.now(),
  startPart?: StartPart,
): EngineApi {
  let run: WatchedRun | SplitRun | undefined;

  /** The new run takes the old one's place; a split run's part workers end with it. */
  function replace(next: WatchedRun | SplitRun): void {
    if (run instanceof SplitRun) run.close();
    run = next;
  }

  function running(): WatchedRun | SplitRun {
    if (!run) throw new Error("the engine has no scenario yet: call init first");
    return run;
  }

  return {
    async init(scenarioInput: unknown, options: InitOptions = {}): Promise<InitResult> {
      const source = options.source ?? "scenario";
      try {
        const overrides = (options.overrides ?? []).map((text) => parseOverride(text, "?"));
        const scenario = scenarioWith(scenarioInput, overrides, source);
        if (options.resume) {
          const watched = resumed(options.resume, scenario, options.seed ?? scenario.seed, now);
          const branch = options.branch ? branchRun(watched, options.branch) : undefined;
          replace(watched);
          return { ok: true, scenario, seed: watched.simulation.seed, branch };
        }
        const loaded =
          scenario.graph.kind === "file" ? await fetchServedNetwork(scenario, readText) : undefined;
        const simulation = {
          seed: options.seed,
          network: loaded?.edges,
          traceUser: options.traceUser,
        };
        const groups = worldGroups(scenario.worlds, options.threads ?? 1);
        if (startPart && groups.length > 1 && !options.branch) {
          const split = await SplitRun.start(scenario, simulation, groups, startPart, now);
          replace(split);
          return {
            ok: true,
            scenario,
            seed: split.lead.simulation.seed,
            network: loaded?.info,
            workers: groups.length,
          };
        }
        const watched = new WatchedRun(createSimulation(scenario, simulation), now);
        const branch = options.branch ? branchRun(watched, options.branch) : undefined;
        replace(watched);
        return { ok: true, scenario, seed: watched.simulation.seed, network: loaded?.info, branch };
      } catch (error) {
        return problemsOf(error, source);
      }
    },

    async advance(request) {
      return running().advance(request);
    },

    async spotlight(pick) {
      return running().spotlight(pick);
    },

    async metrics() {
      return running().metrics();
    },

    async stateAt(tick) {
      return running().stateAt(tick);
    },

    async intervene(changes) {
      const current = running();
      try {
        await current.intervene(changes);
      } catch (error) {
        return { ok: false, problems: problemsOf(error, "the change").problems };
      }
      return { ok: true, tick: current.tick };
    },
  };
}
