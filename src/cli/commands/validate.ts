import { sampleNetwork } from "../../engine/graph/sample-network.js";
import { checkMemoryBudget, estimateBytes, formatBytes } from "../../engine/memory-budget.js";
import { scenarioWith } from "../../scenario/overrides.js";
import type { Io } from "../io.js";
import { networkPathOf, readNetworkFile } from "../network-file.js";
import { overridesOption, parseCommandLine, positionals } from "../options.js";
import { readScenarioFile } from "../scenario-file.js";

const OPTIONS = {
  set: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

/** `likesim validate`: the checks a run would make before it starts, and a short account. */
export async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals: given } = parseCommandLine("validate", args, OPTIONS);
  const [path] = positionals("validate", given, ["scenario.json"]);
  const file = await readScenarioFile(path, io.cwd);
  const scenario = scenarioWith(file.input, overridesOption(values), file.given);
  const networkPath = networkPathOf(scenario, file.path);
  const network = networkPath ? readNetworkFile(scenario, networkPath) : undefined;
  if (network) sampleNetwork(network, scenario.population.users);
  checkMemoryBudget(scenario, undefined, network);
  const graph = network
    ? `file ${scenario.graph.kind === "file" ? scenario.graph.path : ""} (${network.format}, ${network.nodeCount} nodes, ${network.count} ties${network.directed ? ", directed" : ""})`
    : scenario.graph.kind;
  io.out(
    [
      `ok: ${file.given} is a valid likesim scenario`,
      `  name      ${scenario.name}`,
      `  hash      ${file.hash}`,
      `  users     ${scenario.population.users}, ticks ${scenario.ticks}, worlds ${scenario.worlds}`,
      `  graph     ${graph}`,
      `  ranker    ${scenario.feed.ranker}`,
      `  memory    about ${formatBytes(estimateBytes(scenario, network))}`,
      "",
    ].join("\n"),
  );
  return 0;
}
