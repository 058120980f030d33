import { readFileSync } from "node:fs";

/** The default scenario as shipped, with population.users set. */
export function defaultScenarioWith(users: number): Record<string, unknown> {
  const url = new URL("../scenarios/default.json", import.meta.url);
  const scenario = JSON.parse(readFileSync(url, "utf8")) as Record<string, unknown>;
  const population = (scenario.population ?? {}) as Record<string, unknown>;
  return { ...scenario, population: { ...population, users } };
}
