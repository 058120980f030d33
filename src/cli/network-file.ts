import { dirname, resolve } from "node:path";
import type { ImportedNetwork } from "../engine/graph/imported-network.js";
import { parseNetwork } from "../engine/graph/parse-network.js";
import type { Scenario } from "../scenario/schema.js";
import { shortHash } from "../scenario/sweep.js";
import { readUserFile } from "./scenario-file.js";

/** The absolute path of the scenario's network file (relative to the scenario file), if any. */
export function networkPathOf(scenario: Scenario, scenarioPath: string): string | undefined {
  return scenario.graph.kind === "file"
    ? resolve(dirname(scenarioPath), scenario.graph.path)
    : undefined;
}

/** Parsed networks by path and reading options: a worker parses each file once. */
const parsed = new Map<string, ImportedNetwork>();

/** Reads and parses the network a file-graph scenario names; `path` from networkPathOf. */
export function readNetworkFile(scenario: Scenario, path: string): ImportedNetwork {
  const graph = scenario.graph;
  if (graph.kind !== "file")
    throw new Error(`readNetworkFile: graph.kind is ${graph.kind}, not "file"`);
  const key = JSON.stringify([path, graph.format, graph.directed, graph.reverse]);
  let network = parsed.get(key);
  if (!network) {
    const text = readUserFile(path, "network file (graph.path)");
    network = parseNetwork(text, {
      format: graph.format,
      directed: graph.directed,
      reverse: graph.reverse,
      fileName: graph.path,
    });
    parsed.set(key, network);
  }
  return network;
}

/** Content hash of a network file, carried in results beside the scenario's hash. */
export function networkDigest(path: string): Promise<string> {
  return shortHash(readUserFile(path, "network file (graph.path)"));
}
