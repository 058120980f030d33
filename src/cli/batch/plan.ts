import { checkMemoryBudget } from "../../engine/memory-budget.js";
import { dotted, type Override, scenarioWith } from "../../scenario/overrides.js";
import type { Scenario } from "../../scenario/schema.js";
import { type SweepAxis, sweepGrid } from "../../scenario/sweep.js";
import { networkDigest, networkPathOf } from "../network-file.js";
import { jobsOption } from "../options.js";
import type { ScenarioFile } from "../scenario-file.js";
import type { RunIdentity } from "./result-line.js";
import { runKey } from "./result-line.js";
import type { RunTask } from "./run-task.js";

/** A scenario file with the overrides given for it: one arm of a comparison, or the only one. */
export interface Arm {
  file: ScenarioFile;
  /** --set and --ticks, in the order given. */
  overrides: Override[];
}

/** One run to do, with the identity its result line will carry. */
export interface RunPlan {
  arm: number;
  key: string;
  identity: RunIdentity;
  task: Pick<RunTask, "scenario" | "seed" | "networkPath" | "figures" | "branch">;
}

function asRecord(overrides: readonly Override[]): Record<string, unknown> {
  return Object.fromEntries(overrides.map((o) => [dotted(o.path), o.value]));
}

/** The network file of a file-graph scenario, as result lines name it: path and content hash. */
export type NetworkIdentity = RunIdentity["network"];

/** The scenario of an arm at one point (sweep values, design point), validated and within the memory budget. */
export function scenarioAt(arm: Arm, point: readonly Override[]): Scenario {
  const scenario = scenarioWith(arm.file.input, [...arm.overrides, ...point], arm.file.given);
  checkMemoryBudget(scenario);
  return scenario;
}

/** The network a scenario reads, with its hash; `digests` caches the hashes by path. */
export async function networkIdentityOf(
  scenario: Scenario,
  arm: Arm,
  digests: Map<string, Promise<string>>,
): Promise<NetworkIdentity> {
  const networkPath = networkPathOf(scenario, arm.file.path);
  if (!networkPath || scenario.graph.kind !== "file") return undefined;
  if (!digests.has(networkPath)) digests.set(networkPath, networkDigest(networkPath));
  return { file: scenario.graph.path, hash: await digests.get(networkPath)! };
}

/** The runs of one arm at one point for the seeds, given the point's scenario and network. */
export function plansAt(
  arm: Arm,
  armIndex: number,
  point: readonly Override[],
  scenario: Scenario,
  seeds: readonly number[],
  network: NetworkIdentity,
): RunPlan[] {
  const networkPath = networkPathOf(scenario, arm.file.path);
  return seeds.map((seed) => {
    const identity: RunIdentity = {
      scenario: scenario.name,
      scenarioHash: arm.file.hash,
      scenarioFile: arm.file.given,
      ...(network ? { network } : {}),
      seed,
      overrides: asRecord(arm.overrides),
      sweep: asRecord(point),
    };
    return {
      arm: armIndex,
      key: runKey(identity),
      identity,
      task: { scenario: { ...scenario, seed }, seed, networkPath },
    };
  });
}

/**
 * Every run of one arm at each of the points (grid points of a sweep, points of a
 * sensitivity design) × seeds, seeds fastest. Each point's scenario is validated and
 * checked against the memory budget here, before any output file is opened, so bad input
 * stops the command with nothing written.
 */
export async function planPoints(
  arm: Arm,
  armIndex: number,
  points: readonly (readonly Override[])[],
  seeds: readonly number[],
  digests = new Map<string, Promise<string>>(),
): Promise<RunPlan[]> {
  const plans: RunPlan[] = [];
  for (const point of points) {
    const scenario = scenarioAt(arm, point);
    const network = await networkIdentityOf(scenario, arm, digests);
    plans.push(...plansAt(arm, armIndex, point, scenario, seeds, network));
  }
  return plans;
}

/** Every run of arms × grid points × seeds, in that order (seeds fastest). */
export async function planBatchRuns(
  arms: readonly Arm[],
  axes: readonly SweepAxis[],
  seeds: readonly number[],
): Promise<RunPlan[]> {
  const digests = new Map<string, Promise<string>>();
  const plans: RunPlan[] = [];
  for (const [armIndex, arm] of arms.entries()) {
    plans.push(...(await planPoints(arm, armIndex, sweepGrid(axes), seeds, digests)));
  }
  return plans;
}

/**
 * Impressions a thread must have to do for its start to pay: loading the engine's modules in
 * a new thread costs about a quarter of a CPU-second, the time of some 10^6 impressions.
 */
const WORTH_A_THREAD = 1_000_000;

/** A world's expected impressions: users × chance to open the app × session length × ticks. */
function impressionsPerWorld(scenario: Scenario): number {
  const { users, activity, sessionLength } = scenario.population;
  return users * activity * sessionLength * scenario.ticks;
}

/**
 * Worker threads for the plans: --jobs N (up to one per world of all runs, since runBatch
 * splits the worlds of runs fewer than its threads), or by default the machine's cores, up
 * to one per run plus one per extra part a run's worlds are worth: a run of MusicLab's eight
 * small worlds stays on one thread, eight worlds of 10^5 users get a thread each.
 */
export function threadsFor(jobs: string | undefined, plans: readonly RunPlan[]): number {
  const units = plans.reduce((sum, { task: { scenario } }) => {
    if (jobs !== undefined) return sum + scenario.worlds;
    const worth = Math.floor((scenario.worlds * impressionsPerWorld(scenario)) / WORTH_A_THREAD);
    return sum + Math.max(1, Math.min(scenario.worlds, worth));
  }, 0);
  return jobsOption(jobs, units);
}
