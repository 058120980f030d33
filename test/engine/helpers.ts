import { createSimulation } from "../../src/engine/index.js";
import type { Simulation, SimulationOptions } from "../../src/engine/types.js";
import type { ScenarioInput } from "../../src/scenario/schema.js";

/** A small, fast scenario for behaviour tests; `changes` are merged one level deep. */
export function smallScenario(changes: Record<string, unknown> = {}): ScenarioInput {
  const base: Record<string, Record<string, unknown> | unknown> = {
    name: "test",
    ticks: 30,
    population: { users: 400 },
    graph: { kind: "barabasi-albert", m: 3 },
    content: { maxAge: 24 },
    metrics: { every: 5 },
  };
  for (const [key, value] of Object.entries(changes)) {
    const old = base[key];
    base[key] =
      old && typeof old === "object" && value && typeof value === "object" && !Array.isArray(value)
        ? { ...(old as object), ...(value as object) }
        : value;
  }
  return base as ScenarioInput;
}

export function run(
  scenario: ScenarioInput,
  ticks: number,
  options: SimulationOptions = {},
): Simulation {
  const sim = createSimulation(scenario, options);
  sim.step(ticks);
  return sim;
}
