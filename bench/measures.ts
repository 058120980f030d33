import { randomInt, stream } from "../src/deterministic/random.js";
import {
  barabasiAlbert,
  buildSocialGraph,
  creatorCentred,
  type GrowableCsr,
} from "../src/engine/graph/index.js";
import { createSimulation } from "../src/engine/index.js";
import {
  categoricalAssortativity,
  gini,
  kendall,
  louvainModularity,
  meanNormalizedEntropy,
  spearman,
  topShare,
} from "../src/metrics/index.js";
import { undirectedView } from "../src/metrics/undirected-view.js";
import { defaultScenarioWith } from "./default-scenario.js";
import { graphologyLouvain } from "./graphology-louvain.js";

/** Up to this size the bench also runs graphology's Louvain, the reference for accuracy (beyond, it takes minutes and gigabytes). */
const REFERENCE_UP_TO = 100_000;

/** One summary measure timed once on inputs of one size. */
export interface MeasureTiming {
  measure: string;
  users: number;
  /** What the measure reads: videos, creators, users × topics or undirected ties. */
  items: number;
  wallSeconds: number;
  /** User + system CPU time of the process over the call (one thread does the work). */
  cpuSeconds: number;
  value: number;
}

/**
 * Inputs of the size a 240-tick run of the default scenario leaves at `users`: per-video
 * quality and likes drawn (with replacement) from an actual run at 3,000 users, as many videos
 * per user as that run posted; creators' likes the same way; per-user topic counts uniform in
 * 0..39; the default graph (Barabási–Albert, m = 4) and the creator-centred one at its
 * defaults, with random main topics. Engine runs at 10^6 users take minutes, so the measures
 * are timed on these instead; their cost depends on the sizes, not on the run's history.
 */
interface MeasureInputs {
  users: number;
  quality: Float32Array;
  likes: Uint32Array;
  creatorLikes: Float64Array;
  topicCounts: Uint32Array;
  topics: number;
  mainTopic: Uint8Array;
  graphs: { name: string; following: GrowableCsr }[];
}

interface Sample {
  quality: Float32Array;
  likes: Uint32Array;
  creatorLikes: Float64Array;
  users: number;
  topics: number;
  creatorShare: number;
}

function sampleRun(): Sample {
  const users = 3_000;
  const sim = createSimulation(defaultScenarioWith(users), { seed: 1 });
  sim.step(sim.scenario.ticks);
  const snapshot = sim.snapshot();
  return {
    quality: snapshot.videos.quality,
    likes: snapshot.videos.likes,
    creatorLikes: Float64Array.from(snapshot.creators.likes),
    users,
    topics: sim.scenario.population.topics,
    creatorShare: sim.scenario.population.creatorShare,
  };
}

function buildInputs(sample: Sample, users: number): MeasureInputs {
  const random = stream(users, "metrics", "bench-inputs");
  const videos = Math.round((sample.likes.length * users) / sample.users);
  const quality = new Float32Array(videos);
  const likes = new Uint32Array(videos);
  for (let v = 0; v < videos; v++) {
    const from = randomInt(random, sample.likes.length);
    quality[v] = sample.quality[from];
    likes[v] = sample.likes[from];
  }
  const creators = Math.max(1, Math.round(sample.creatorShare * users));
  const creatorLikes = Float64Array.from({ length: creators }, () => {
    return sample.creatorLikes[randomInt(random, sample.creatorLikes.length)];
  });
  const t = sample.topics;
  // A run's impressions per user and topic are small counts; their values barely move the cost.
  const topicCounts = Uint32Array.from({ length: users * t }, () => randomInt(random, 40));
  const mainTopic = Uint8Array.from({ length: users }, () => randomInt(random, t));
  const creatorIds = Int32Array.from({ length: creators }, (_, c) =>
    Math.floor((c * users) / creators),
  );
  const graph = stream(users, "graph");
  const graphs = [
    { name: "BA m = 4", following: buildSocialGraph(barabasiAlbert(users, 4, graph)).following },
    {
      name: "creator-centred",
      following: buildSocialGraph(
        creatorCentred(users, creatorIds, { follows: 10, attractiveness: 0.3, friends: 4 }, graph),
      ).following,
    },
  ];
  return { users, quality, likes, creatorLikes, topicCounts, topics: t, mainTopic, graphs };
}

function timed(measure: string, users: number, items: number, run: () => number): MeasureTiming {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wallSeconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { measure, users, items, wallSeconds, cpuSeconds: (used.user + used.system) / 1e6, value };
}

/** Every summary measure that reads more than a handful of numbers, timed once at each size. */
export function measureCostlyMeasures(
  sizes: number[],
  log: (line: string) => void = () => {},
): MeasureTiming[] {
  const sample = sampleRun();
  const timings: MeasureTiming[] = [];
  for (const users of sizes) {
    log(`measures at ${users.toLocaleString("en-US")} users: building inputs`);
    const inputs = buildInputs(sample, users);
    const { quality, likes, creatorLikes, topicCounts, topics, mainTopic } = inputs;
    const videos = likes.length;
    const run = (name: string, items: number, f: () => number) => {
      log(`  ${name}`);
      timings.push(timed(name, users, items, f));
    };
    run("giniVideos", videos, () => gini(likes));
    run("giniCreators", creatorLikes.length, () => gini(creatorLikes));
    run("top1Share", videos, () => topShare(likes, 0.01));
    run("qualitySpearman", videos, () => spearman(quality, likes));
    run("qualityKendall", videos, () => kendall(quality, likes));
    run("feedDiversity", users * topics, () => meanNormalizedEntropy(topicCounts, users, topics));
    for (const { name, following } of inputs.graphs) {
      run(`homophily (${name})`, following.edgeCount, () =>
        categoricalAssortativity(following, mainTopic, topics),
      );
      run(
        `modularity (${name})`,
        following.edgeCount,
        () => louvainModularity(following, stream(1, "metrics", "bench")).modularity,
      );
      if (users <= REFERENCE_UP_TO) {
        run(
          `modularity by graphology (${name})`,
          following.edgeCount,
          () =>
            graphologyLouvain(undirectedView(following), stream(1, "metrics", "bench")).modularity,
        );
      }
    }
  }
  return timings;
}
