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

/**
 * Builds a run from a scenario (parsed or as written) and a seed. Population and graph are
 * drawn once and shared; each world gets its own copy of the graph (follows grow) and its
 * own behaviour streams.
 */
export function createSimulation(
  input: Scenario | unknown,
  options: SimulationOptions = {},
): Simulation {
  const scenario = parseScenario(input);
  const seed = options.seed ?? scenario.seed;
  checkMemoryBudget(scenario, options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT, options.network);
  const pop = createPopulation(scenario, seed);
  const graph = buildGraph(scenario, seed, pop, options.network);
  const traceUser = options.traceUser ?? mostActiveUser(pop.activity);
  if (traceUser < 0 || traceUser >= pop.users || !Number.isInteger(traceUser)) {
    throw new RangeError(
      `traceUser is ${traceUser}; allowed: a user id from 0 to ${pop.users - 1}`,
    );
  }
  const worlds: World[] = [];
  for (let w = 0; w < scenario.worlds; w++) {
    const own =
      w === scenario.worlds - 1
        ? graph
        : { following: graph.following.clone(), followers: graph.followers.clone() };
    worlds.push(new World(w, scenario, seed, pop, own, traceUser));
  }
  return simulationOf({ scenario, seed, pop, worlds });
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
      return saveState(scenario, seed, pop, worlds);
    },
    fork(): Simulation {
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
