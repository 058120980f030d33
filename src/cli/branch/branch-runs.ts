import type { Executor } from "../batch/executor.js";
import type { Arm, RunPlan } from "../batch/plan.js";
import { networkIdentityOf, plansAt, scenarioAt } from "../batch/plan.js";
import type { Progress } from "../batch/progress.js";
import {
  type BranchIdentity,
  type ResultLine,
  type RunIdentity,
  runKey,
} from "../batch/result-line.js";
import type { ResultsWriter } from "../batch/results-file.js";
import { resultLine, runQueue } from "../batch/run-batch.js";
import { LORENZ_STEPS } from "../batch/run-task.js";
import type { Pair } from "../compare/paired-comparison.js";
import { type BranchArm, ORIGINAL_ARM, type VideoSelector } from "./arm-spec.js";
import type { BranchSpec } from "./run-branches.js";

/** A selector as lines and labels write it: an id, "top" or "top@T". */
export function selectorLabel(selector: VideoSelector): number | string {
  return typeof selector === "object" ? `top@${selector.top}` : selector;
}

function armIdentity(spec: BranchSpec, arm: BranchArm | undefined): BranchIdentity {
  const interventions = (arm?.changes ?? []).map((change, i) => {
    const selector = arm?.videos[i];
    return selector === undefined ? { ...change } : { ...change, video: selectorLabel(selector) };
  });
  return {
    at: spec.at,
    arm: arm?.name ?? ORIGINAL_ARM,
    interventions,
    ...(spec.target === undefined ? {} : { target: selectorLabel(spec.target) }),
  };
}

/** One seed of a branch: one run, and the identities of its futures (the original first). */
export interface BranchPlan {
  plan: RunPlan;
  futures: RunIdentity[];
}

/**
 * One plan per seed: the scenario with its --set applied, validated and within the memory
 * budget, run to the fork tick once and forked into the original future and the arms.
 */
export async function planBranches(
  arm: Arm,
  spec: BranchSpec,
  seeds: readonly number[],
): Promise<BranchPlan[]> {
  const scenario = scenarioAt(arm, []);
  const network = await networkIdentityOf(scenario, arm, new Map());
  return plansAt(arm, 0, [], scenario, seeds, network).map((plan) => {
    const futures = [undefined, ...spec.arms].map((branch) => ({
      ...plan.identity,
      branch: armIdentity(spec, branch),
    }));
    const task = { ...plan.task, branch: spec };
    return { plan: { ...plan, task, identity: futures[0], key: runKey(futures[0]) }, futures };
  });
}

export interface BranchRunOptions {
  executor: Executor;
  progress: Progress;
  writer?: ResultsWriter;
  /** Keys already in --out: those futures are not written again. */
  done: ReadonlySet<string>;
  lorenz: boolean;
  extended: boolean;
}

/** Fresh lines, and each future's Lorenz curve of likes summed over the fresh seeds. */
export interface BranchRunResult {
  lines: ResultLine[];
  lorenz: Map<string, { sum: number[]; runs: number }>;
}

/**
 * Runs the seeds' plans on the executor (a worker pool, as compare's runs) and writes one
 * result line per future as each seed finishes, the fork tick and the arm in each.
 */
export async function runBranchPlans(
  plans: readonly BranchPlan[],
  options: BranchRunOptions,
): Promise<BranchRunResult> {
  const byKey = new Map(plans.map((p) => [p.plan.key, p]));
  const lines: ResultLine[] = [];
  const lorenz = new Map<string, { sum: number[]; runs: number }>();
  const addCurve = (arm: string, curve?: number[]) => {
    if (!curve) return;
    const entry = lorenz.get(arm) ?? { sum: new Array(LORENZ_STEPS + 1).fill(0), runs: 0 };
    curve.forEach((y, i) => {
      entry.sum[i] += y;
    });
    entry.runs++;
    lorenz.set(arm, entry);
  };
  let next = 0;
  options.progress.start(plans.length);
  try {
    await runQueue(() => plans[next++]?.plan, {
      executor: options.executor,
      lorenz: options.lorenz,
      extended: options.extended,
      progress: options.progress,
      onFinished: ({ plan, line, outcome }) => {
        const { futures } = byKey.get(plan.key)!;
        const arms = outcome.branches ?? [];
        const found = [
          { ...line, ...(outcome.target ? { target: outcome.target } : {}) },
          ...arms.map((arm, i) => ({
            ...resultLine({ ...plan, identity: futures[i + 1] }, arm.measured, outcome.wallMs),
            ...(arm.target ? { target: arm.target } : {}),
          })),
        ].map((future) => ({ ...future, selected: outcome.selected ?? {} }));
        addCurve(ORIGINAL_ARM, outcome.lorenz);
        for (const arm of arms) addCurve(arm.arm, arm.measured.lorenz);
        for (const future of found) {
          if (options.done.has(runKey(future))) continue;
          options.writer?.append(future);
          lines.push(future);
        }
      },
    });
  } finally {
    options.progress.stop();
  }
  return { lines, lorenz };
}

/** The original and one arm's lines, paired by seed (seeds missing either are left out). */
export function branchPairs(
  lines: readonly ResultLine[],
  arm: string,
  seeds: readonly number[],
): { pairs: Pair[]; targets: { seed: number; a: number; b: number }[] } {
  const find = (seed: number, name: string) =>
    lines.find((line) => line.seed === seed && line.branch?.arm === name);
  const values = (line: ResultLine) => ({ ...line.summary, ...line.extended });
  const pairs: Pair[] = [];
  const targets: { seed: number; a: number; b: number }[] = [];
  for (const seed of seeds) {
    const [a, b] = [find(seed, ORIGINAL_ARM), find(seed, arm)];
    if (!a || !b) continue;
    pairs.push({ seed, a: values(a), b: values(b) });
    if (b.target) targets.push({ seed, a: b.target.likes.a, b: b.target.likes.b });
  }
  return { pairs, targets };
}
