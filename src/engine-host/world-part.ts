import type { EdgeList } from "../engine/graph/csr.js";
import { createSimulation } from "../engine/simulation.js";
import type { SimulationState } from "../engine/state/simulation-state.js";
import { summarizeRun } from "../engine/summary.js";
import type { Simulation, Summary, TimeSeries } from "../engine/types.js";
import type { Scenario } from "../scenario/schema.js";
import type { InterventionChange } from "../scenario/sections/interventions.js";
import type { WorldLikes } from "./distributions.js";

/** What a part of a run is built from: the run's scenario and seed, and its own worlds. */
export interface PartSetup {
  scenario: Scenario;
  seed: number;
  /** The scenario's worlds this part steps, increasing. */
  worlds: number[];
  /** The run's network, when its graph is a file (read once, by the engine worker). */
  network?: EdgeList;
}

/** A part's worlds measured at one tick: what the run's summary averages over. */
export interface PartMeasures {
  tick: number;
  summaries: Summary[];
  /** Likes per creator in each world, for unpredictability across worlds. */
  creatorLikes: Float64Array[];
  /** Each world's series, when asked for (the full metrics, for exports). */
  series?: TimeSeries[];
}

/** Each of a simulation's worlds measured, in index order (the costly measures when asked). */
export function partMeasures(sim: Simulation, costly: boolean, series = false): PartMeasures {
  const metrics = sim.metrics({ costly });
  return {
    tick: metrics.tick,
    summaries: metrics.worlds,
    creatorLikes: metrics.worlds.map((_, w) => sim.snapshot({ world: w }).creators.likes),
    series: series ? metrics.series : undefined,
  };
}

/** The run's summary from its parts' measures, given in world order (as `sim.metrics()` averages). */
export function runSummary(parts: readonly PartMeasures[]): Summary {
  return summarizeRun(
    parts.flatMap((part) => part.summaries),
    parts.flatMap((part) => part.creatorLikes),
  );
}

/** The likes of each of a simulation's worlds, for the worlds side by side. */
export function worldLikes(sim: Simulation, from = 0): WorldLikes[] {
  return Array.from({ length: sim.worldCount - from }, (_, w) => {
    const { videos } = sim.snapshot({ world: from + w });
    return { videos: { count: videos.count, likes: videos.likes, quality: videos.quality } };
  });
}

/**
 * Some of a run's worlds, stepped in a worker of their own while the engine worker steps the
 * rest (MusicLab's eight markets on all cores). Worlds never interact, so a part's worlds go
 * exactly as in the whole run; the engine worker asks for their measures when it reports.
 */
export interface WorldPartApi {
  start(setup: PartSetup): Promise<void>;
  step(ticks: number): Promise<void>;
  measure(costly: boolean, series?: boolean): Promise<PartMeasures>;
  likes(): Promise<WorldLikes[]>;
  intervene(changes: InterventionChange[]): Promise<void>;
  /** The part's worlds' state (`sim.savePart()`), for `joinStates`. */
  save(): Promise<SimulationState>;
}

/** A part's calls as plain code: the world worker is a shell around it, and tests drive it in Node. */
export function createWorldPart(): WorldPartApi {
  let sim: Simulation | undefined;
  const built = (): Simulation => {
    if (!sim) throw new Error("the world part has no worlds yet: call start first");
    return sim;
  };
  return {
    async start(setup) {
      sim = createSimulation(setup.scenario, {
        seed: setup.seed,
        network: setup.network,
        worlds: setup.worlds,
      });
    },
    async step(ticks) {
      built().step(ticks);
    },
    async measure(costly, series = false) {
      return partMeasures(built(), costly, series);
    },
    async likes() {
      return worldLikes(built());
    },
    async intervene(changes) {
      built().intervene(changes);
    },
    async save() {
      return built().savePart();
    },
  };
}
