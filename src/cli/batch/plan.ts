import { checkMemoryBudget } from "../../engine/memory-budget.js";
import { dotted, type Override, scenarioWith } from "../../scenario/overrides.js";
import { type SweepAxis, sweepGrid } from "../../scenario/sweep.js";
import { networkDigest, networkPathOf } from "../network-file.js";
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
  task: Pick<RunTask, "scenario" | "seed" | "networkPath">;
}

function asRecord(overrides: readonly Override[]): Record<string, unknown> {
  return Object.fromEntries(overrides.map((o) => [dotted(o.path), o.value]));
}

/**
 * Every run of arms × grid points × seeds, in that order (seeds fastest). Each grid point's
 * scenario is validated and checked against the memory budget here, before any output
 * file is opened, so bad input stops the command with nothing written.
 */
export async function planBatchRuns(
  arms: readonly Arm[],
  axes: readonly SweepAxis[],
  seeds: readonly number[],
): Promise<RunPlan[]> {
  const plans: RunPlan[] = [];
  const digests = new Map<string, Promise<string>>();
  for (const [armIndex, arm] of arms.entries()) {
    for (const point of sweepGrid(axes)) {
      const scenario = scenarioWith(arm.file.input, [...arm.overrides, ...point], arm.file.given);
      checkMemoryBudget(scenario);
      const networkPath = networkPathOf(scenario, arm.file.path);
      let network: RunIdentity["network"];
      if (networkPath && scenario.graph.kind === "file") {
        if (!digests.has(networkPath)) digests.set(networkPath, networkDigest(networkPath));
        network = { file: scenario.graph.path, hash: await digests.get(networkPath)! };
      }
      for (const seed of seeds) {
        const identity: RunIdentity = {
          scenario: scenario.name,
          scenarioHash: arm.file.hash,
          scenarioFile: arm.file.given,
          ...(network ? { network } : {}),
          seed,
          overrides: asRecord(arm.overrides),
          sweep: asRecord(point),
        };
        plans.push({
          arm: armIndex,
          key: runKey(identity),
          identity,
          task: { scenario: { ...scenario, seed }, seed, networkPath },
        });
      }
    }
  }
  return plans;
}
