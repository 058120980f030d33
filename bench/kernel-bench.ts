import { pathToFileURL } from "node:url";
import { type CascadeFigures, runCascadeWorkload } from "./kernels/w1-cascade.js";
import { type FeedFigures, runFeedWorkload } from "./kernels/w2-feed.js";

/** Medians over `runs` repetitions of W1 and W2 on one seed (BENCH.md: medians, not bests). */
export interface KernelMedians {
  runs: number;
  w1: Omit<CascadeFigures, "sizes">;
  w2: Omit<FeedFigures, "likes">;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Each figure is the median of its own column; the counts are the same in every run. */
function medianFigures<T extends object>(rows: T[]): T {
  const result = { ...rows[0] } as Record<string, unknown>;
  for (const key of Object.keys(result)) {
    if (typeof result[key] === "number") {
      result[key] = median(rows.map((row) => (row as Record<string, number>)[key]));
    }
  }
  return result as T;
}

export function measureKernels(runs = 7, seed = 1): KernelMedians {
  const w1: Omit<CascadeFigures, "sizes">[] = [];
  const w2: Omit<FeedFigures, "likes">[] = [];
  for (let run = 0; run < runs; run++) {
    const { sizes: _sizes, ...cascade } = runCascadeWorkload({ seed });
    const { likes: _likes, ...feed } = runFeedWorkload({ seed });
    w1.push(cascade);
    w2.push(feed);
  }
  return { runs, w1: medianFigures(w1), w2: medianFigures(w2) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv[2] ?? 7);
  const { w1, w2 } = measureKernels(runs);
  const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`;
  console.log(`Kernel medians over ${runs} runs (seed 1)`);
  console.table({
    "W1 cascade": {
      rate: `${(w1.attemptsPerSecond / 1e6).toFixed(1)} M attempts/s`,
      time: `build ${ms(w1.buildSeconds)}, cascades ${ms(w1.cascadeSeconds)}`,
      result: `${w1.edges} edges; per cascade ${(w1.attempts / w1.cascades).toFixed(1)} attempts, ${(w1.activated / w1.cascades).toFixed(2)} activated`,
    },
    "W2 feed": {
      rate: `${(w2.impressionsPerSecond / 1e6).toFixed(1)} M impressions/s`,
      time: ms(w2.seconds),
      result: `${w2.totalLikes} likes, Gini ${w2.gini.toFixed(4)}`,
    },
  });
}
