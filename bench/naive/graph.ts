import { stream } from "../../src/deterministic/random.js";
import type { Scenario } from "../../src/scenario/schema.js";
import type { NaiveUser } from "./types.js";

/**
 * Preferential attachment as src/engine/graph/barabasi-albert.ts draws it (the same "graph"
 * stream, the same draws), kept as a Set of followed ids and an array of followers per user.
 * Ties are mutual, so each user follows and is followed by each neighbour.
 */
export function naiveBarabasiAlbert(scenario: Scenario, seed: number, users: NaiveUser[]): void {
  const spec = scenario.graph;
  if (spec.kind !== "barabasi-albert") {
    throw new Error(
      `naive reference: graph.kind is "${spec.kind}"; allowed: "barabasi-albert" (the only graph it builds)`,
    );
  }
  const { m } = spec;
  if (m >= users.length) {
    throw new RangeError(
      `naive reference: graph.m is ${m}; allowed: fewer than ${users.length} users`,
    );
  }
  const random = stream(seed, "graph");
  const tie = (a: number, b: number) => {
    users[a].following.add(b);
    users[a].followers.push(b);
    users[b].following.add(a);
    users[b].followers.push(a);
  };
  const repeated: number[] = [];
  for (let leaf = 1; leaf <= m; leaf++) tie(0, leaf);
  for (let i = 0; i < m; i++) repeated.push(0);
  for (let leaf = 1; leaf <= m; leaf++) repeated.push(leaf);
  for (let s = m + 1; s < users.length; s++) {
    const targets = new Set<number>();
    while (targets.size < m) targets.add(repeated[Math.floor(random() * repeated.length)]);
    for (const t of targets) tie(s, t);
    repeated.push(...targets);
    for (let i = 0; i < m; i++) repeated.push(s);
  }
}
