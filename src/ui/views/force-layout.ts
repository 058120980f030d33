/**
 * The network view's layout kernel: d3-force run to rest without a timer, seeded so that the
 * same graph always gets the same picture. The layout worker is a thin shell around it, and
 * tests call it directly.
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

/** Lays the graph out; returns x0, y0, x1, y1, … centred on 0, in layout units (≈ px). */
export function forceLayout(input: LayoutInput): Float32Array {
  const nodes: SimulationNodeDatum[] = Array.from({ length: input.nodeCount }, () => ({}));
  const links = Array.from({ length: input.edges.length / 2 }, (_, k) => ({
    source: input.edges[2 * k],
    target: input.edges[2 * k + 1],
  }));
  const ticks = input.ticks ?? 150;
  // Weak pulls to the centre keep components that are not linked to the rest on screen.
  // Half of d3's default 300 ticks and a coarser Barnes–Hut (theta 1) halve the wait with no
  // visible loss at the sizes the view draws.
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(input.seed))
    .alphaDecay(1 - 0.001 ** (1 / ticks))
    .force("link", forceLink(links).distance(24).strength(0.3))
    .force("charge", forceManyBody().strength(-24).distanceMax(400).theta(1))
    .force("x", forceX(0).strength(0.06))
    .force("y", forceY(0).strength(0.06))
    .stop();
  simulation.tick(ticks);
  const positions = new Float32Array(2 * input.nodeCount);
  nodes.forEach((node, i) => {
    positions[2 * i] = node.x ?? 0;
    positions[2 * i + 1] = node.y ?? 0;
  });
  return positions;
}

/** What the layout worker offers across comlink; the worker implements it, the view's client calls it. */
export interface LayoutWorkerApi {
  layout(input: LayoutInput): Float32Array;
}
