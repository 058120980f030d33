export {
  type FutureEffects,
  futureEffects,
  largestVideoEffects,
  type TargetEffect,
} from "./future-effects.js";
export { estimateBytes, MemoryBudgetError } from "./memory-budget.js";
export { createSimulation, restoreSimulation } from "./simulation.js";
export { StateError } from "./state/saved-struct.js";
export {
  joinStates,
  type SimulationState,
  STATE_FORMAT,
  STATE_VERSION,
  stateBuffers,
  stateBytes,
} from "./state/simulation-state.js";
export * from "./types.js";
