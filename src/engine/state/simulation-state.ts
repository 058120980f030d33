import type { Scenario } from "../../scenario/schema.js";
import { parseScenario, ScenarioError } from "../../scenario/validate.js";
import { GrowableCsr } from "../graph/csr.js";
import { POPULATION_LAYOUT, type Population } from "../population.js";
import { World } from "../world.js";
import {
  restoreStruct,
  type SavedStruct,
  StateError,
  savedBuffers,
  savedBytes,
  saveStruct,
  structBytes,
} from "./saved-struct.js";

export const STATE_FORMAT = "likesim-state";
export const STATE_VERSION = 1;

/**
 * A whole simulation at one tick: its scenario and seed, the shared population, and every
 * world's arrays, numbers and random streams' states. Plain data whose typed arrays can be
 * transferred to another thread (`stateBuffers`); nothing in it is shared with the
 * simulation it came from.
 */
export interface SimulationState {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  /** The scenario the run was created from. */
  scenario: Scenario;
  seed: number;
  population: SavedStruct;
  /** Per world: the scenario in effect (interventions may have changed it) and its state. */
  worlds: { scenario: Scenario; state: SavedStruct }[];
}

/** Copies everything the run keeps between ticks. */
export function saveState(
  scenario: Scenario,
  seed: number,
  pop: Population,
  worlds: readonly World[],
): SimulationState {
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    scenario: structuredClone(scenario),
    seed,
    population: saveStruct(pop, POPULATION_LAYOUT),
    worlds: worlds.map((world) => ({
      scenario: structuredClone(world.scenario),
      state: saveStruct(world, World.layout),
    })),
  };
}

/** Bytes of every typed array a run holds: the shared population and each world's. */
export function simulationBytes(pop: Population, worlds: readonly World[]): number {
  let bytes = structBytes(pop, POPULATION_LAYOUT);
  for (const world of worlds) bytes += structBytes(world, World.layout);
  return bytes;
}

/** The buffers of a saved state, for `postMessage` or `Comlink.transfer`. */
export function stateBuffers(state: SimulationState): ArrayBuffer[] {
  const out = savedBuffers(state.population);
  for (const world of state.worlds) savedBuffers(world.state, out);
  return out;
}

/** Bytes of a saved state's arrays. */
export function stateBytes(state: SimulationState): number {
  return (
    state.worlds.reduce((sum, world) => sum + savedBytes(world.state), 0) +
    savedBytes(state.population)
  );
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new StateError(
      `${path} is ${value === null ? "null" : typeof value}; expected an object`,
    );
  }
  return value as Record<string, unknown>;
}

function scenarioAt(value: unknown, path: string): Scenario {
  try {
    return parseScenario(value);
  } catch (error) {
    if (error instanceof ScenarioError) throw new StateError(`${path}: ${error.message}`);
    throw error;
  }
}

const ARRAY_TYPES = {
  affinity: Float32Array,
  interestCdf: Float32Array,
  mainTopic: Uint8Array,
  activity: Float32Array,
  conformity: Float32Array,
  creatorOf: Int32Array,
  creatorUser: Int32Array,
  creatorJoinsAt: Int32Array,
  skill: Float32Array,
  creatorTopics: Uint8Array,
} as const;

function restorePopulation(input: unknown, scenario: Scenario, copy: boolean): Population {
  const saved = object(input, "state.population");
  const numbers = object(saved.numbers, "state.population.numbers");
  const count = (name: string, max: number): number => {
    const value = numbers[name];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
      throw new StateError(
        `state.population.${name} is ${String(value)}; expected a whole number from 1 to ${max}`,
      );
    }
    return value;
  };
  const users = scenario.population.users;
  if (numbers.users !== users) {
    throw new StateError(
      `state.population.users is ${String(numbers.users)}; expected ${users}, the scenario's population.users`,
    );
  }
  const topics = count("topics", 255);
  const creators = count("creators", users);
  const perCreator = count("topicsPerCreator", topics);
  const lengths: Record<keyof typeof ARRAY_TYPES, number> = {
    affinity: users * topics,
    interestCdf: users * topics,
    mainTopic: users,
    activity: users,
    conformity: users,
    creatorOf: users,
    creatorUser: creators,
    creatorJoinsAt: creators,
    skill: creators,
    creatorTopics: creators * perCreator,
  };
  const pop = { users, topics, creators, topicsPerCreator: perCreator } as Population;
  for (const [name, make] of Object.entries(ARRAY_TYPES)) {
    (pop as unknown as Record<string, unknown>)[name] = new make(
      lengths[name as keyof typeof ARRAY_TYPES],
    );
  }
  restoreStruct(pop, POPULATION_LAYOUT, saved, "state.population", copy);
  return pop;
}

/** What a restore rebuilds: the scenario, seed, population and worlds, ready to step. */
export interface RestoredRun {
  scenario: Scenario;
  seed: number;
  pop: Population;
  worlds: World[];
}

/**
 * Rebuilds the run a state was saved from, checking every field on the way: a state that is
 * not one, or that does not fit its own scenario, is refused with a StateError naming the
 * field. With `copy` false the run takes the state's arrays over (for a fork, whose state
 * nobody else holds).
 */
export function restoreState(input: unknown, copy = true): RestoredRun {
  const state = object(input, "state");
  if (state.format !== STATE_FORMAT) {
    throw new StateError(
      `state.format is ${JSON.stringify(state.format)}; expected "${STATE_FORMAT}" (a state from sim.save())`,
    );
  }
  if (state.version !== STATE_VERSION) {
    throw new StateError(
      `state.version is ${JSON.stringify(state.version)}; expected ${STATE_VERSION}`,
    );
  }
  const scenario = scenarioAt(state.scenario, "state.scenario");
  const seed = state.seed;
  if (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new StateError(`state.seed is ${String(seed)}; expected a whole number from 0 to 2³²−1`);
  }
  const pop = restorePopulation(state.population, scenario, copy);
  const saved = state.worlds;
  if (!Array.isArray(saved) || saved.length !== scenario.worlds) {
    throw new StateError(
      `state.worlds has ${Array.isArray(saved) ? saved.length : "no"} entries; expected ${scenario.worlds}, the scenario's worlds`,
    );
  }
  const worlds = saved.map((entry: unknown, w) => {
    const path = `state.worlds[${w}]`;
    const item = object(entry, path);
    const own = scenarioAt(item.scenario, `${path}.scenario`);
    const graph = {
      following: GrowableCsr.empty(pop.users),
      followers: GrowableCsr.empty(pop.users),
    };
    const world = new World(w, own, seed, pop, graph, 0, false);
    restoreStruct(world, World.layout, item.state, `${path}.state`, copy);
    return world;
  });
  return { scenario, seed, pop, worlds };
}

/**
 * The state of a run split across threads from its parts' `savePart()`, given in world
 * order: the first part's population and every part's worlds. Parts of another run (scenario
 * or seed) are refused; `restoreState` then checks that every world is there.
 */
export function joinStates(parts: readonly SimulationState[]): SimulationState {
  if (parts.length === 0) throw new StateError("joinStates: no parts; expected at least one");
  const [first] = parts;
  const scenario = JSON.stringify(first.scenario);
  parts.forEach((part, i) => {
    if (part.seed !== first.seed || JSON.stringify(part.scenario) !== scenario) {
      throw new StateError(
        `parts[${i}] is a state of another run (seed ${part.seed}); expected parts of one scenario and seed ${first.seed}`,
      );
    }
  });
  return { ...first, worlds: parts.flatMap((part) => part.worlds) };
}
