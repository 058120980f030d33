export { estimateBytes, MemoryBudgetError } from "./memory-budget.js";
export { createSimulation } from "./simulation.js";
export * from "./types.js";
