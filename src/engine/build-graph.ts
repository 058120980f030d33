import { stream } from "../deterministic/random.js";
import type { Scenario } from "../scenario/schema.js";
import { buildSocialGraph, type EdgeList, type SocialGraph } from "./graph/csr.js";
import {
  barabasiAlbert,
  creatorCentred,
  erdosRenyi,
  sampleNetwork,
  stochasticBlockModel,
  wattsStrogatz,
} from "./graph/index.js";
import type { Population } from "./population.js";

/** The scenario's social graph, generated from the `graph` stream or taken from a parsed file. */
export function buildGraph(
  scenario: Scenario,
  seed: number,
  pop: Population,
  network?: EdgeList,
): SocialGraph {
  const spec = scenario.graph;
  const n = pop.users;
  const random = stream(seed, "graph");
  let edges: EdgeList;
  switch (spec.kind) {
    case "barabasi-albert":
      if (spec.m >= n)
        throw new RangeError(`graph.m is ${spec.m}; allowed: fewer than population.users (${n})`);
      edges = barabasiAlbert(n, spec.m, random);
      break;
    case "watts-strogatz":
      if (spec.k >= n)
        throw new RangeError(`graph.k is ${spec.k}; allowed: fewer than population.users (${n})`);
      edges = wattsStrogatz(n, spec.k, spec.beta, random);
      break;
    case "erdos-renyi":
      if (spec.meanDegree > n - 1) {
        throw new RangeError(
          `graph.meanDegree is ${spec.meanDegree}; allowed: at most population.users − 1 (${n - 1})`,
        );
      }
      edges = erdosRenyi(n, spec.meanDegree, spec.directed, random);
      break;
    case "communities":
      if (spec.meanDegree > n - 1) {
        throw new RangeError(
          `graph.meanDegree is ${spec.meanDegree}; allowed: at most population.users − 1 (${n - 1})`,
        );
      }
      edges = stochasticBlockModel(
        pop.mainTopic,
        pop.topics,
        spec.meanDegree,
        spec.homophily,
        random,
      );
      break;
    case "creator-centred": {
      // Only the creators posting from the start can be followed when the graph is built;
      // those who join later (creators.joinRate) are gained by follows during the run.
      let initial = 0;
      while (initial < pop.creators && pop.creatorJoinsAt[initial] === 0) initial++;
      if (spec.follows > initial - 1) {
        throw new RangeError(
          `graph.follows is ${spec.follows}; allowed: at most the number of creators − 1 (${initial - 1}; raise population.creatorShare or population.users)`,
        );
      }
      if (spec.friends > n - 1) {
        throw new RangeError(
          `graph.friends is ${spec.friends}; allowed: at most population.users − 1 (${n - 1})`,
        );
      }
      edges = creatorCentred(n, pop.creatorUser.subarray(0, initial), spec, random);
      break;
    }
    case "file":
      if (!network) {
        throw new Error(
          `graph.kind is "file" (path ${JSON.stringify(spec.path)}) but no network was loaded: read the file and pass { network } to createSimulation`,
        );
      }
      edges = sampleNetwork(network, n);
      break;
  }
  return buildSocialGraph(edges);
}

/** Ties the graph will hold at the start, in each direction, for the memory budget. */
export function expectedTies(scenario: Scenario, network?: EdgeList): number {
  const spec = scenario.graph;
  const n = scenario.population.users;
  switch (spec.kind) {
    case "barabasi-albert":
      return 2 * n * spec.m;
    case "watts-strogatz":
      return n * spec.k;
    case "erdos-renyi":
      return n * spec.meanDegree;
    case "communities":
      return n * spec.meanDegree;
    case "creator-centred":
      return n * (spec.follows + spec.friends);
    case "file":
      return network ? (network.directed ? 1 : 2) * network.count : 0;
  }
}
