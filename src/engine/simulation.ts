import type { Scenario } from "../scenario/schema.js";
import type { InterventionChange } from "../scenario/sections/interventions.js";
import { parseInterventions, parseScenario } from "../scenario/validate.js";
import { buildGraph } from "./build-graph.js";
import { applyIntervention } from "./interventions/apply-intervention.js";
import { checkMemoryBudget, DEFAULT_MEMORY_LIMIT } from "./memory-budget.js";
import { createPopulation } from "./population.js";
import { snapshotWorld } from "./snapshot.js";
import {
  type RestoredRun,
  restoreState,
  type SimulationState,
  saveState,
  simulationBytes,
} from "./state/simulation-state.js";
import { summarizeRun, summarizeWorld } from "./summary.js";
import type {
  MetricsOptions,
  RunMetrics,
  Simulation,
  SimulationOptions,
  Snapshot,
  SnapshotOptions,
  Summary,
} from "./types.js";
import { World } from "./world.js";

function mostActiveUser(activity: Float32Array): number {
  let best = 0;
  for (let u = 1; u < activity.length; u++) if (activity[u] > activity[best]) best = u;
  return best;
}

/** The worlds to build: all of the scenario's, or the increasing subset asked for. */
function worldIndices(asked: readonly number[] | undefined, count: number): number[] {
  if (asked === undefined) return Array.from({ length: count }, (_, w) => w);
  const fine =
    asked.length > 0 &&
    asked.every(
      (w, i) => Number.isInteger(w) && w >= 0 && w < count && (i === 0 || w > asked[i - 1]),
    );
  if (!fine) {
    throw new RangeError(
      `worlds is [${asked.join(", ")}]; allowed: world indices from 0 to ${count - 1}, increasing, at least one`,
    );
  }
  return [...asked];
}

/**
 * The worlds of a run, as createSimulation builds them (after its budget check). Population
 * and graph are drawn once and shared; each world gets its own copy of the graph (follows
 * grow) and its own behaviour streams. The bench reads them directly to time each measure and
 * to account for every typed array they hold.
 */
export function createWorlds(
  scenario: Scenario,
  options: Omit<SimulationOptions, "memoryLimitBytes">,
): World[] {
  const seed = options.seed ?? scenario.seed;
  const pop = createPopulation(scenario, seed);
  const graph = buildGraph(scenario, seed, pop, options.network);
  const traceUser = options.traceUser ?? mostActiveUser(pop.activity);
  if (traceUser < 0 || traceUser >= pop.users || !Number.isInteger(traceUser)) {
    throw new RangeError(
      `traceUser is ${traceUser}; allowed: a user id from 0 to ${pop.users - 1}`,
    );
  }
  const indices = worldIndices(options.worlds, scenario.worlds);
  return indices.map((w, i) => {
    const own =
      i === indices.length - 1
        ? graph
        : { following: graph.following.clone(), followers: graph.followers.clone() };
    return new World(w, scenario, seed, pop, own, traceUser);
  });
}

/** Builds a run from a scenario (parsed or as written) and a seed. */
export function createSimulation(
  input: Scenario | unknown,
  options: SimulationOptions = {},
): Simulation {
  const scenario = parseScenario(input);
  const seed = options.seed ?? scenario.seed;
  checkMemoryBudget(scenario, options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT, options.network);
  const worlds = createWorlds(scenario, { ...options, seed });
  return simulationOf({ scenario, seed, pop: worlds[0].pop, worlds });
}

/**
 * Rebuilds a simulation from `sim.save()`: it continues exactly as the saved one would have,
 * draw for draw. A state that is malformed or does not fit its scenario is refused with a
 * StateError naming the field. The state can be restored again: the new run copies it.
 */
export function restoreSimulation(state: SimulationState | unknown): Simulation {
  return simulationOf(restoreState(state));
}

function simulationOf(run: RestoredRun): Simulation {
  const { scenario, seed, pop, worlds } = run;
  // A state holds every world of its scenario; a part of a run (options.worlds) has some.
  const whole = (what: string) => {
    if (worlds.length !== scenario.worlds) {
      throw new RangeError(
        `${what}: this simulation holds ${worlds.length} of the scenario's ${scenario.worlds} worlds (options.worlds); allowed: a simulation of all its worlds`,
      );
    }
  };
  let cache: { tick: number; costly: boolean; worlds: Summary[]; summary: Summary } | undefined;
  return {
    scenario,
    seed,
    get tick() {
      return worlds[0].tick;
    },
    worldCount: worlds.length,
    step(n = 1) {
      if (!Number.isInteger(n) || n < 0)
        throw new RangeError(`step(n): n is ${n}; allowed: a whole number ≥ 0`);
      for (let i = 0; i < n; i++) for (const world of worlds) world.step();
    },
    metrics(metricsOptions: MetricsOptions = {}): RunMetrics {
      const costly = metricsOptions.costly ?? true;
      const tick = worlds[0].tick;
      if (!cache || cache.tick !== tick || (costly && !cache.costly)) {
        const perWorld = worlds.map((world) => summarizeWorld(world, costly));
        const summary = summarizeRun(
          perWorld,
          worlds.map((world) => world.creators.likes),
        );
        cache = { tick, costly, worlds: perWorld, summary };
      }
      // Fresh objects every call (a caller may transfer the arrays to another thread), and
      // the same answer for the same question whatever was asked before.
      const answer = (summary: Summary): Summary =>
        costly
          ? { ...summary }
          : { ...summary, modularity: Number.NaN, qualityKendall: Number.NaN };
      return {
        tick,
        summary: answer(cache.summary),
        worlds: cache.worlds.map(answer),
        series: worlds.map((world) => world.series.copy()),
        reasons: worlds[0].reasonCounts.slice(),
      };
    },
    snapshot(snapshotOptions: SnapshotOptions = {}): Snapshot {
      const index = snapshotOptions.world ?? 0;
      const world = worlds[index];
      if (!world) throw new RangeError(`world is ${index}; allowed: 0 to ${worlds.length - 1}`);
      return snapshotWorld(world, snapshotOptions.graph ?? false);
    },
    save(): SimulationState {
      whole("save()");
      return saveState(scenario, seed, pop, worlds);
    },
    savePart(): SimulationState {
      return saveState(scenario, seed, pop, worlds);
    },
    fork(): Simulation {
      whole("fork()");
      return simulationOf(restoreState(saveState(scenario, seed, pop, worlds), false));
    },
    intervene(changes: InterventionChange | readonly InterventionChange[]): void {
      const tick = worlds[0].tick;
      const list = (Array.isArray(changes) ? changes : [changes]).map((change) => ({
        ...change,
        at: tick,
      }));
      const parsed = parseInterventions(list, `interventions at tick ${tick}`);
      for (const world of worlds) {
        parsed.forEach((change, i) => {
          applyIntervention(world, change, `intervention ${i} (${change.do}) at tick ${tick}`);
        });
      }
      cache = undefined;
    },
    memoryBytes(): number {
      return simulationBytes(pop, worlds);
    },
  };
}
