export { createSimulation } from "./simulation.js";
export { estimateBytes, MemoryBudgetError } from "./memory-budget.js";
export * from "./types.js";
