import { dirname, isAbsolute, relative, resolve } from "node:path";
import { jsonText } from "../../formats/json-text.js";
import { simulatedValue } from "../../inference/priors.js";
import {
  applyOverrides,
  type Override,
  parsePath,
  scenarioWith,
} from "../../scenario/overrides.js";
import type { ScenarioFile } from "../scenario-file.js";
import { formatInterval, formatNumber, textTable } from "../text-table.js";
import type { FitProblem } from "./fit-problem.js";
import {
  type FitResult,
  GENERATION_HEADER,
  generationRows,
  PARAMETER_HEADER,
  parameterRows,
} from "./fit-result.js";

/** A fit's result as the terminal shows it, the posterior as NDJSON and the fitted scenario. */

export function fitText(result: FitResult, problem: FitProblem): string {
  const generations = textTable(GENERATION_HEADER, generationRows(result));
  const last = result.generations[result.generations.length - 1];
  const parameters = textTable(PARAMETER_HEADER, parameterRows(result));
  const draws = result.checks[0]?.check?.values.length ?? 0;
  const targets = textTable(
    ["target", "observed", "scale", "fit median", "fit 90%", "check median", "check 90%", "off"],
    result.checks.map((t) => [
      t.name,
      formatNumber(t.observed),
      formatNumber(t.scale),
      formatNumber(t.median),
      formatInterval(t.low, t.high),
      formatNumber(t.check?.median),
      t.check ? formatInterval(t.check.low, t.check.high) : "–",
      formatNumber(t.off),
    ]),
  );
  const conditions = problem.conditions.filter((c) => c.name !== "").map((c) => c.name);
  return [
    `likesim fit: ${result.scenario.name} (${result.scenario.file}) against ${result.targets.name} (${result.targets.file}), seed ${result.seed}`,
    `${problem.targets.length} targets${conditions.length > 0 ? ` in ${conditions.length} conditions (${conditions.join(", ")})` : ""}; ${result.settings.particles} particles per generation`,
    "",
    generations,
    `Posterior (generation ${last.generation}): weighted median and 90% interval`,
    "",
    parameters,
    `Targets: simulated over the final population (fit) and on ${draws} fresh seeds (check: posterior predictive); off = |fit median − observed| / scale`,
    "",
    targets,
    result.statement,
    "",
    `${result.simulations} simulations in the kept generations; ${result.runs.run} runs run now, ${result.runs.reused} reused from --out.`,
    "",
  ].join("\n");
}

/** The final population, one NDJSON line per particle. */
export function posteriorLines(result: FitResult, problem: FitProblem): string {
  const generation = result.generations[result.generations.length - 1].generation;
  return result.particles
    .map((p, i) =>
      JSON.stringify({
        format: "likesim-particle/1",
        generation,
        particle: i,
        weight: p.weight,
        distance: p.distance,
        seed: p.seed,
        parameters: Object.fromEntries(result.priors.map((prior, a) => [prior.path, p.values[a]])),
        simulated: Object.fromEntries(problem.targets.map((t, k) => [t.name, p.stats[k]])),
      }),
    )
    .map((line) => `${line}\n`)
    .join("");
}

/**
 * The scenario file as given, with the --set values and the posterior medians filled in
 * (4 significant digits; whole-number fields rounded), validated by the scenario schema.
 */
export function fittedScenario(
  file: ScenarioFile,
  sets: readonly Override[],
  result: FitResult,
  problem: FitProblem,
  target: string,
): string {
  const medians: Override[] = result.parameters.map((p, a) => {
    const value = simulatedValue(problem.priors[a], Number(p.median.toPrecision(4)));
    return {
      path: parsePath(p.path, p.path),
      value,
      raw: String(value),
      label: `posterior median ${p.path}=${value}`,
    };
  });
  const fitted = applyOverrides(file.input, [...sets, ...medians]) as Record<string, unknown>;
  scenarioWith(fitted, [], `${file.given} with the posterior medians`);
  rebase(fitted, dirname(file.path), dirname(target));
  return `${JSON.stringify(fitted, null, 2)}\n`;
}

/** Paths a scenario gives relative to its own file ($schema, a network file), made relative to `to`. */
function rebase(scenario: Record<string, unknown>, from: string, to: string): void {
  const move = (path: string) =>
    isAbsolute(path) || /^[a-z][a-z0-9+.-]*:/i.test(path)
      ? path
      : relative(to, resolve(from, path));
  if (typeof scenario.$schema === "string") scenario.$schema = move(scenario.$schema);
  const graph = scenario.graph as Record<string, unknown> | undefined;
  if (graph?.kind === "file" && typeof graph.path === "string") graph.path = move(graph.path);
}

/** The result as JSON for --json (numbers that are not finite are null, as in every JSON output). */
export function fitJson(result: FitResult): string {
  const { history: _history, ...rest } = result;
  return jsonText(rest);
}
