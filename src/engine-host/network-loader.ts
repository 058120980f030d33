import type { ImportedNetwork } from "../engine/graph/imported-network.js";
import { parseNetwork } from "../engine/graph/parse-network.js";
import type { Scenario } from "../scenario/schema.js";
import type { NetworkInfo } from "./engine-api.js";

type FileGraph = Extract<Scenario["graph"], { kind: "file" }>;

/**
 * Where the page serves a scenario's network file. Scenario files name it relative to
 * themselves (`../public/networks/karate.txt`); the page serves public/ at its root, so the
 * part after `public/` is what to ask for. Only paths inside the app's own files are allowed.
 */
export function servedPath(path: string): string {
  const afterPublic = path.split(/(?:^|\/)public\//).pop() ?? path;
  const relative = afterPublic.replace(/^(\.\/)+/, "");
  if (/^[a-z][a-z0-9+.-]*:/i.test(relative) || relative.startsWith("/")) {
    throw new Error(
      `graph.path: got ${JSON.stringify(path)}; allowed: a path under public/, e.g. "networks/karate.txt" (the page loads nothing from other sites)`,
    );
  }
  if (relative.split("/").includes("..")) {
    throw new Error(
      `graph.path: got ${JSON.stringify(path)}; allowed: a path under public/ without "..", e.g. "networks/karate.txt"`,
    );
  }
  return relative;
}

/** Fetches and parses a file scenario's network; the engine samples it to the population. */
export async function fetchServedNetwork(
  scenario: Scenario,
  readText: (path: string) => Promise<string>,
): Promise<{ edges: ImportedNetwork; info: NetworkInfo }> {
  const graph = scenario.graph as FileGraph;
  const path = servedPath(graph.path);
  const edges = parseNetwork(await readText(path), {
    format: graph.format,
    directed: graph.directed,
    reverse: graph.reverse,
    fileName: path,
  });
  const users = scenario.population.users;
  const info: NetworkInfo = { fileName: path, nodes: edges.nodeCount, edges: edges.count };
  if (edges.nodeCount > users) info.sampledTo = users;
  return { edges, info };
}
