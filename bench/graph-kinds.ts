import { createSimulation } from "../src/engine/index.js";
import { gini, topShare } from "../src/metrics/index.js";
import { defaultScenarioWith } from "./default-scenario.js";

// `npx tsx bench/graph-kinds.ts [--seeds N] [graph JSON …]`: the default scenario on each
// graph (default: Barabási–Albert and the creator-centred graph, at their schema defaults)
// over seeds 1..N (default 10). Per seed: the summary's likeRate, giniVideos and top1Share;
// the starting graph's followers' Gini and top-1% share (over all users and over creators)
// and its reciprocity (the share of follows returned). Means over the seeds at the end.
const args = process.argv.slice(2);
let seeds = 10;
const graphs: Record<string, unknown>[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--seeds") {
    seeds = Number(args[++i]);
    if (!(Number.isInteger(seeds) && seeds >= 1)) {
      console.error(`graph-kinds: --seeds is ${args[i]}; allowed: a whole number ≥ 1`);
      process.exit(2);
    }
  } else {
    try {
      graphs.push(JSON.parse(args[i]) as Record<string, unknown>);
    } catch {
      console.error(
        `graph-kinds: ${args[i]} is not JSON; allowed: a graph section such as {"kind":"barabasi-albert","m":4}`,
      );
      process.exit(2);
    }
  }
}
if (graphs.length === 0) graphs.push({ kind: "barabasi-albert" }, { kind: "creator-centred" });

const COLUMNS = [
  "likeRate",
  "giniVideos",
  "top1Share",
  "followersGini",
  "followersTop1",
  "creatorFollowersGini",
  "creatorFollowersTop1",
  "reciprocity",
] as const;
type Row = Record<(typeof COLUMNS)[number], number>;

/** Share of follows u → v for which v → u is also a follow. */
function reciprocity(offsets: Int32Array, targets: Int32Array): number {
  const n = offsets.length - 1;
  const follows = new Set<number>();
  for (let u = 0; u < n; u++)
    for (let e = offsets[u]; e < offsets[u + 1]; e++) follows.add(u * n + targets[e]);
  let returned = 0;
  for (let u = 0; u < n; u++)
    for (let e = offsets[u]; e < offsets[u + 1]; e++)
      if (follows.has(targets[e] * n + u)) returned++;
  return returned / targets.length;
}

function measure(graph: Record<string, unknown>, seed: number): Row {
  const scenario = { ...defaultScenarioWith(3000), graph };
  const sim = createSimulation(scenario, { seed });
  const start = sim.snapshot({ graph: true });
  const followers = start.users.followers;
  const creatorFollowers = Float64Array.from(start.creators.user, (u) => followers[u]);
  const { offsets, targets } = start.graph!;
  sim.step(sim.scenario.ticks);
  const summary = sim.metrics().summary;
  return {
    likeRate: summary.likeRate,
    giniVideos: summary.giniVideos,
    top1Share: summary.top1Share,
    followersGini: gini(followers),
    followersTop1: topShare(followers, 0.01),
    creatorFollowersGini: gini(creatorFollowers),
    creatorFollowersTop1: topShare(creatorFollowers, 0.01),
    reciprocity: reciprocity(offsets, targets),
  };
}

const fmt = (x: number) => x.toFixed(3).padStart(8);
for (const graph of graphs) {
  console.log(`\n${JSON.stringify(graph)}`);
  console.log(`seed ${COLUMNS.map((c) => c.padStart(Math.max(8, c.length))).join(" ")}`);
  const sum = Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Row;
  for (let seed = 1; seed <= seeds; seed++) {
    const row = measure(graph, seed);
    for (const c of COLUMNS) sum[c] += row[c];
    console.log(
      `${String(seed).padStart(4)} ${COLUMNS.map((c) => fmt(row[c]).padStart(Math.max(8, c.length))).join(" ")}`,
    );
  }
  console.log(
    `mean ${COLUMNS.map((c) => fmt(sum[c] / seeds).padStart(Math.max(8, c.length))).join(" ")}`,
  );
}
