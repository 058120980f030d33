import { futureEffects, type TargetEffect } from "../../engine/future-effects.js";
import type { Simulation } from "../../engine/types.js";
import { armChanges, type BranchArm, type VideoSelector } from "./arm-spec.js";

/** What `likesim branch` asks of one seed's run: fork at `at` into the arms. */
export interface BranchSpec {
  at: number;
  arms: BranchArm[];
  /** The video whose effect each arm's line names, if any. */
  target?: VideoSelector;
}

/** One future's measures: what the runner measures of any finished run. */
export interface Measured<T> {
  arm: string;
  measured: T;
  /** The targeted video in this future against the original. */
  target?: TargetEffect;
}

/** The futures of one seed: the original first, then each arm in the order given. */
export interface Branches<T> {
  futures: Measured<T>[];
  /** What each top@T selector chose: "top@T" → video id (world 0). */
  selected: Record<string, number>;
  /** The targeted video's id, when one was named. */
  target?: number;
}

/** The most liked video of world 0 now (the lowest id among ties), or -1 with none. */
function topVideo(sim: Simulation): number {
  const { likes, count } = sim.snapshot().videos;
  let best = -1;
  for (let v = 0; v < count; v++) if (best < 0 || likes[v] > likes[best]) best = v;
  return best;
}

function selectorTicks(spec: BranchSpec): Set<number> {
  const ticks = new Set<number>();
  for (const selector of [spec.target, ...spec.arms.flatMap((arm) => arm.videos)]) {
    if (typeof selector === "object") ticks.add(selector.top);
  }
  return ticks;
}

/**
 * Runs one seed's branches: the run goes to the fork tick once, is forked, and the original
 * future and every arm's (its interventions applied at the fork tick) run to `ticks`. A
 * top@T selector is the original future's most liked video at tick T, before or after the
 * fork, so every arm targets the same video. `measure` is what the runner reads of each
 * finished future.
 */
export function runBranches<T>(
  sim: Simulation,
  spec: BranchSpec,
  ticks: number,
  measure: (future: Simulation) => T,
): Branches<T> {
  const wanted = selectorTicks(spec);
  const found = new Map<number, number>();
  const advance = (to: number) => {
    const note = () => {
      if (wanted.has(sim.tick) && !found.has(sim.tick)) found.set(sim.tick, topVideo(sim));
    };
    note();
    while (sim.tick < to) {
      const next = [...wanted].filter((t) => t > sim.tick && t <= to).sort((a, b) => a - b)[0];
      sim.step((next ?? to) - sim.tick);
      note();
    }
  };
  advance(spec.at);
  const atFork = sim.fork();
  const topAtFork = topVideo(atFork);
  advance(ticks);
  const resolve = ({ top }: { top: number }) => {
    const video = found.get(top);
    if (video === undefined || video < 0) {
      throw new RangeError(`top@${top}: world 0 has no video at tick ${top}`);
    }
    return video;
  };
  const target =
    spec.target === undefined
      ? undefined
      : typeof spec.target === "object"
        ? resolve(spec.target)
        : spec.target === "top"
          ? topAtFork
          : spec.target;
  const effect = (future: Simulation) =>
    target === undefined ? undefined : futureEffects(sim, future, { target }).target;
  const futures: Measured<T>[] = [{ arm: "original", measured: measure(sim), target: effect(sim) }];
  spec.arms.forEach((arm, i) => {
    // The last arm takes the fork itself; the others fork it again.
    const future = i === spec.arms.length - 1 ? atFork : atFork.fork();
    future.intervene(armChanges(arm, resolve));
    future.step(ticks - spec.at);
    futures.push({ arm: arm.name, measured: measure(future), target: effect(future) });
  });
  const selected = Object.fromEntries([...found].map(([tick, video]) => [`top@${tick}`, video]));
  return { futures, selected, ...(target === undefined ? {} : { target }) };
}
