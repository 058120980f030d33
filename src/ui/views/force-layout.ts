/**
 * The network view's layout kernel: d3-force run without a timer, seeded so that the same
 * graph always gets the same picture. The painting worker steps it a few ticks at a time (the
 * picture settles on screen while it runs); tests run it to rest at once.
 */
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  randomLcg,
  type SimulationNodeDatum,
} from "d3";

export interface LayoutInput {
  nodeCount: number;
  /** Pairs of node indices (source, target), as `sampledEdges` returns them. */
  edges: Int32Array;
  /** Seed of d3-force's random source (it jiggles coincident nodes). */
  seed: number;
  /** Simulation ticks (default 150); the cooling is set to come to rest in that many. */
  ticks?: number;
}

/** A layout in progress: `step` runs some ticks and says whether it has come to rest. */
export interface LayoutRun {
  step(ticks: number): boolean;
  /** x0, y0, x1, y1, … centred on 0, in layout units (≈ px). */
  positions(): Float32Array;
}

export function startLayout(input: LayoutInput): LayoutRun {
  const nodes: SimulationNodeDatum[] = Array.from({ length: input.nodeCount }, () => ({}));
  const links = Array.from({ length: input.edges.length / 2 }, (_, k) => ({
    source: input.edges[2 * k],
    target: input.edges[2 * k + 1],
  }));
  const total = input.ticks ?? 150;
  // Weak pulls to the centre keep components that are not linked to the rest on screen.
  // Half of d3's default 300 ticks and a coarser Barnes–Hut (theta 1) halve the wait with no
  // visible loss at the sizes the view draws.
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(input.seed))
    .alphaDecay(1 - 0.001 ** (1 / total))
    .force("link", forceLink(links).distance(24).strength(0.3))
    .force("charge", forceManyBody().strength(-24).distanceMax(400).theta(1))
    .force("x", forceX(0).strength(0.06))
    .force("y", forceY(0).strength(0.06))
    .stop();
  let done = 0;
  return {
    step(ticks) {
      const now = Math.min(ticks, total - done);
      simulation.tick(now);
      done += now;
      return done >= total;
    },
    positions() {
      const positions = new Float32Array(2 * input.nodeCount);
      nodes.forEach((node, i) => {
        positions[2 * i] = node.x ?? 0;
        positions[2 * i + 1] = node.y ?? 0;
      });
      return positions;
    },
  };
}

/** Lays the graph out to rest at once. */
export function forceLayout(input: LayoutInput): Float32Array {
  const run = startLayout(input);
  run.step(input.ticks ?? 150);
  return run.positions();
}
