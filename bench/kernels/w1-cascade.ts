import { stream } from "../../src/deterministic/random.js";
import { barabasiAlbert } from "../../src/engine/graph/barabasi-albert.js";
import { buildSocialGraph } from "../../src/engine/graph/csr.js";

/** Bench W1 (../shared/BENCH.md): independent cascades on a Barabási–Albert graph. */
export interface CascadeOptions {
  seed?: number;
  /** Graph size; 100,000 in the workload. */
  nodes?: number;
  /** Ties per newcomer; 4 in the workload. */
  m?: number;
  /** Seeds drawn uniformly with replacement, one cascade each; 1,000 in the workload. */
  cascades?: number;
  /** Chance an attempt activates its target; 0.05 in the workload. */
  p?: number;
}

export interface CascadeFigures {
  nodes: number;
  edges: number;
  cascades: number;
  /** Generating the graph and building its adjacency rows. */
  buildSeconds: number;
  cascadeSeconds: number;
  /** Attempts (an active node trying an inactive neighbour) over all cascades. */
  attempts: number;
  /** Nodes activated over all cascades, seeds included. */
  activated: number;
  attemptsPerSecond: number;
  /** Activated nodes of each cascade, in seed order. */
  sizes: Int32Array;
}

export function runCascadeWorkload(options: CascadeOptions = {}): CascadeFigures {
  const { seed = 1, nodes = 100_000, m = 4, cascades = 1_000, p = 0.05 } = options;
  const buildStart = performance.now();
  const edges = barabasiAlbert(nodes, m, stream(seed, "graph"));
  // Undirected: the followers rows of u are all of u's neighbours.
  const { start, length, targets } = buildSocialGraph(edges, 0).followers;
  const buildSeconds = (performance.now() - buildStart) / 1000;

  const random = stream(seed, "behaviour", "w1-cascade");
  const seeds = new Int32Array(cascades);
  for (let c = 0; c < cascades; c++) seeds[c] = Math.floor(random() * nodes);
  // activeIn[v] === c + 1 means v is active in cascade c: no clearing between cascades.
  const activeIn = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  const sizes = new Int32Array(cascades);
  let attempts = 0;
  let activated = 0;

  const cascadeStart = performance.now();
  for (let c = 0; c < cascades; c++) {
    const generation = c + 1;
    activeIn[seeds[c]] = generation;
    queue[0] = seeds[c];
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++];
      const end = start[u] + length[u];
      for (let i = start[u]; i < end; i++) {
        const v = targets[i];
        if (activeIn[v] === generation) continue;
        attempts++;
        if (random() < p) {
          activeIn[v] = generation;
          queue[tail++] = v;
        }
      }
    }
    sizes[c] = tail;
    activated += tail;
  }
  const cascadeSeconds = (performance.now() - cascadeStart) / 1000;

  return {
    nodes,
    edges: edges.count,
    cascades,
    buildSeconds,
    cascadeSeconds,
    attempts,
    activated,
    attemptsPerSecond: attempts / cascadeSeconds,
    sizes,
  };
}
