import { createSimulation } from "../engine/simulation.js";
import { OverrideError, parseOverride, scenarioWith } from "../scenario/overrides.js";
import type { Scenario } from "../scenario/schema.js";
import { ScenarioError } from "../scenario/validate.js";
import { branchRun } from "./branch-run.js";
import type { EngineApi, InitOptions, InitResult } from "./engine-api.js";
import { fetchServedNetwork } from "./network-loader.js";
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
 * tests can drive it in Node and the worker file stays a shell around it.
 */
export function createEngineHost(
  readText: ReadText,
  now: () => number = () => performance.now(),
): EngineApi {
  let run: WatchedRun | undefined;

  function running(): WatchedRun {
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
          run = watched;
          return { ok: true, scenario, seed: watched.simulation.seed, branch };
        }
        const loaded =
          scenario.graph.kind === "file" ? await fetchServedNetwork(scenario, readText) : undefined;
        const created = createSimulation(scenario, {
          seed: options.seed,
          network: loaded?.edges,
          traceUser: options.traceUser,
        });
        const watched = new WatchedRun(created, now);
        const branch = options.branch ? branchRun(watched, options.branch) : undefined;
        run = watched;
        return { ok: true, scenario, seed: created.seed, network: loaded?.info, branch };
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
      return running().simulation.metrics();
    },

    async stateAt(tick) {
      return running().stateAt(tick);
    },

    async intervene(changes) {
      const watched = running();
      try {
        watched.simulation.intervene(changes);
      } catch (error) {
        return { ok: false, problems: problemsOf(error, "the change").problems };
      }
      watched.changed();
      return { ok: true, tick: watched.simulation.tick };
    },
  };
}
