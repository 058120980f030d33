/**
 * likesim, the library: build a simulation from a scenario, step it, read its metrics and
 * snapshots. This entry ("likesim") loads in a browser bundle and in Node alike: no module
 * under it imports a Node built-in, the DOM or a clock (graphology's EventEmitter comes from
 * the npm package "events" in a browser). The batch runner, which needs Node, is
 * "likesim/batch".
 *
 * @example
 * ```ts
 * import { createSimulation, parseScenario } from "likesim";
 * const scenario = parseScenario({ population: { users: 1000 }, feed: { ranker: "for-you" } });
 * const sim = createSimulation(scenario, { seed: 42 });
 * sim.step(240);
 * console.log(sim.metrics().summary.giniVideos);
 * ```
 *
 * @module likesim
 */

export {
  type Random,
  type Stream,
  type StreamName,
  type StreamState,
  stream,
} from "./deterministic/random.js";
export {
  type EdgeList,
  type ImportedNetwork,
  type NetworkFormat,
  NetworkFormatError,
  type ParseNetworkOptions,
  parseNetwork,
} from "./engine/graph/index.js";
export * from "./engine/index.js";
export type { Column } from "./engine/state/layout.js";
export type { SavedStruct } from "./engine/state/saved-struct.js";
export * from "./lessons/index.js";
export * from "./metrics/index.js";
export { scenarioJsonSchema } from "./scenario/json-schema.js";
export {
  applyOverrides,
  type Override,
  OverrideError,
  parseOverride,
  scenarioWith,
} from "./scenario/overrides.js";
export { type Scenario, type ScenarioInput, scenarioSchema } from "./scenario/schema.js";
export { RANKERS } from "./scenario/sections/feed.js";
export {
  BEHAVIOUR_WEIGHTS,
  type Intervention,
  type InterventionChange,
  type InterventionInput,
  type InterventionName,
  interventionSchema,
} from "./scenario/sections/interventions.js";
export {
  parseSeeds,
  parseSweepAxis,
  type SweepAxis,
  SweepError,
  scenarioHash,
  sweepGrid,
} from "./scenario/sweep.js";
export {
  describeIssues,
  parseInterventions,
  parseScenario,
  ScenarioError,
} from "./scenario/validate.js";
export { valueAtPath } from "./scenario/value-at-path.js";
