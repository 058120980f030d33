import { createSimulation } from "../src/engine/index.js";
import { NaiveWorld } from "./naive/world.js";

/** Cumulative counts of a run so far, read the same way from either implementation. */
export interface ModelTotals {
  impressions: number;
  likes: number;
  videos: number;
  /** Follower entries over all users: grows by one with each new follow. */
  ties: number;
}

/** One implementation of the tick, stepped one tick at a time by the bench. */
export interface SteppedModel {
  step(): void;
  totals(): ModelTotals;
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

/** The engine, through its public API only; totals come from a snapshot (outside the timing). */
export function engineModel(scenario: unknown, seed: number): SteppedModel {
  const simulation = createSimulation(scenario, { seed });
  return {
    step: () => simulation.step(1),
    totals() {
      const { videos, users } = simulation.snapshot();
      return {
        impressions: sum(videos.impressions),
        likes: sum(videos.likes),
        videos: videos.count,
        ties: sum(users.followers),
      };
    },
  };
}

export function naiveModel(scenario: unknown, seed: number): SteppedModel {
  const world = new NaiveWorld(scenario, seed);
  return {
    step: () => world.step(),
    totals: () => ({
      impressions: world.rows.reduce((total, row) => total + row.impressions, 0),
      likes: world.rows.reduce((total, row) => total + row.likes, 0),
      videos: world.videos.length,
      ties: world.users.reduce((total, user) => total + user.followers.length, 0),
    }),
  };
}
