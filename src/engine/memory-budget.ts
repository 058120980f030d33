import type { Scenario } from "../scenario/schema.js";
import { expectedTies } from "./build-graph.js";
import type { EdgeList } from "./graph/csr.js";
import { expectedViews, UserMemory } from "./user-memory.js";
import { VideoStore } from "./videos.js";

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

export const DEFAULT_MEMORY_LIMIT = 4 * GIB;

/** A scenario refused before anything was allocated. */
export class MemoryBudgetError extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      `this scenario would need about ${formatBytes(bytes)} of memory, more than the ${formatBytes(limit)} allowed; lower population.users, worlds, feed.inboxSize, content.maxAge or ticks`,
    );
    this.name = "MemoryBudgetError";
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= GIB) return `${(bytes / GIB).toFixed(1)} GiB`;
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(1)} MiB`;
  return `${Math.ceil(bytes / 1024)} KiB`;
}

/**
 * What the run's typed arrays will take: the shared population, and per world the graph
 * (both directions, with slack), the users' memories and the videos expected at motivation 1.
 * A floor from the scenario alone, so it can refuse before allocating: follows formed during
 * the run, growth slack and highly motivated creators can add to it.
 */
export function estimateBytes(scenario: Scenario, network?: EdgeList): number {
  const { population, feed, creators, content } = scenario;
  const users = population.users;
  const creatorCount = Math.max(1, Math.round(population.creatorShare * users));
  const shared = users * (population.topics * 8 + 13) + creatorCount * 16;
  const ties = expectedTies(scenario, network);
  const graph = 2 * 4 * (ties + 2 * users) + 2 * 12 * users;
  // Per user: the memory, impressions per topic, likes given, the turn order, the away flag,
  // and what a learning for-you feed keeps (evidence per topic and its total); per block of
  // turns, its place in the order.
  const learns = feed.ranker === "for-you" && feed.forYou.interests === "learned";
  const memory =
    users *
      (UserMemory.bytesPerUser(expectedViews(scenario, population.activity), feed.inboxSize) +
        4 * population.topics +
        9 +
        (learns ? 4 * population.topics + 8 : 0)) +
    4 * Math.min(users, 2 * population.turnBlocks);
  const videos =
    (content.catalog +
      creatorCount * creators.postRate * Math.min(creators.maxMotivation, 1) * scenario.ticks) *
    VideoStore.BYTES_PER_VIDEO;
  return shared + scenario.worlds * (graph + memory + videos + creatorCount * 48);
}

export function checkMemoryBudget(
  scenario: Scenario,
  limit = DEFAULT_MEMORY_LIMIT,
  network?: EdgeList,
): void {
  const bytes = estimateBytes(scenario, network);
  if (bytes > limit) throw new MemoryBudgetError(bytes, limit);
}
