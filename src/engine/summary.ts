import { marketShares, unpredictability } from "../metrics/index.js";
import { MEASURES } from "./measures.js";
import { SUMMARY_NAMES, type Summary } from "./types.js";
import type { World } from "./world.js";

/**
 * The summary metrics of one world at its current tick, from the measures registry. Without
 * `costly`, the costly measures (Louvain modularity and Kendall's tau) are left NaN, so a view
 * refreshing every frame pays only for the cheap ones.
 */
export function summarizeWorld(world: World, costly = true): Summary {
  const out = {} as Summary;
  for (const name of SUMMARY_NAMES) {
    const { measure, costly: slow } = MEASURES[name];
    out[name] = slow && !costly ? Number.NaN : measure(world);
  }
  return out;
}

/**
 * The run's summary: each metric averaged over worlds, and MusicLab's unpredictability
 * across them, with creators as the items whose market shares are compared.
 */
export function summarizeRun(worlds: Summary[], perWorldCreatorLikes: Float64Array[]): Summary {
  const out = {} as Summary;
  for (const name of SUMMARY_NAMES) {
    let sum = 0;
    for (const w of worlds) sum += w[name];
    out[name] = sum / worlds.length;
  }
  out.unpredictability =
    worlds.length > 1
      ? unpredictability(perWorldCreatorLikes.map((l) => marketShares(l)))
      : Number.NaN;
  return out;
}
