import type { FullModelSize } from "./full-model.js";
import type { WorldsSize } from "./parallel-worlds.js";
import type { SaveRestoreSize } from "./save-restore.js";
import type { SweepSize } from "./sweep-speedup.js";

/** What one `npm run bench` measures, and how long each part runs. */
export interface BenchPlan {
  /** Repetitions of W1 and W2 (BENCH.md: report medians). */
  kernelRuns: number;
  /** Full-model sizes, smallest first; the last is the one the aims are about. */
  sizes: FullModelSize[];
  sweep: SweepSize;
  /**
   * Multi-world runs, whole on one worker and split over two: the first is the aim,
   * MusicLab as shipped (about 25 ms of CPU a run, so thread messaging shows); the second
   * gives each world ten times the arrivals.
   */
  worlds: WorldsSize[];
  /** Starts of `likesim --help` (and of a bare Node beside it). */
  startupRuns: number;
  /** Save, restore and fork of a run (issue 10: the cost at 100,000 users). */
  saveRestore: SaveRestoreSize;
  /** Ticks the memory floor (bench/memory-floor.ts) is timed at each full-model size. */
  floorTicks: number;
}

/**
 * The full bench, sized to finish in three to five minutes on a shared 2-core machine: the
 * engine runs the whole default scenario (240 ticks) at 10,000 users and 120 ticks (well
 * past the 72-tick video lifetime) at 100,000; the naive reference runs fewer ticks, and
 * rates are compared over the ticks both ran.
 */
export const FULL_PLAN: BenchPlan = {
  kernelRuns: 9,
  sizes: [
    { users: 10_000, seed: 1, ticks: 240, growthFrom: 48, naiveTicks: 60 },
    { users: 100_000, seed: 1, ticks: 120, growthFrom: 48, naiveTicks: 10 },
  ],
  // Runs of about half a CPU-second each on pools warmed by three such runs per worker, timed
  // in three rounds (the issue asks for the speed-up to hold over three). After one warm-up
  // run the first round was the lowest in 3 of 4 sessions (docs/batch.md, "Speed").
  sweep: { runs: 16, users: 3_000, ticks: 240, rounds: 3, warmUpRuns: 3 },
  worlds: [
    { scenario: "musiclab.json", repeats: 15, warmUps: 5 },
    { scenario: "musiclab.json", users: 7_000, repeats: 7, warmUps: 2 },
  ],
  startupRuns: 20,
  // 48 ticks: two thirds of a video's lifetime, so the catalogue, inboxes and seen filters are full.
  saveRestore: { users: 100_000, ticks: 48, runs: 5 },
  floorTicks: 20,
};

/** `--quick`: a smoke run of every part at small sizes, in well under a minute. */
export const QUICK_PLAN: BenchPlan = {
  kernelRuns: 3,
  sizes: [
    { users: 2_000, seed: 1, ticks: 40, growthFrom: 10, naiveTicks: 20 },
    { users: 10_000, seed: 1, ticks: 20, growthFrom: 6, naiveTicks: 4 },
  ],
  sweep: { runs: 4, users: 500, ticks: 20, rounds: 1 },
  worlds: [{ scenario: "musiclab.json", repeats: 3, warmUps: 1 }],
  startupRuns: 5,
  saveRestore: { users: 10_000, ticks: 12, runs: 3 },
  floorTicks: 5,
};
