import { resolve } from "node:path";
import type { Outcome } from "../../inference/abc-smc.js";
import { standardizedDistance } from "../../inference/distance.js";
import { checkNotSet, checkPriorFields } from "../../inference/prior-fields.js";
import { type Prior, simulatedValue } from "../../inference/priors.js";
import {
  type FigureSpec,
  figureKey,
  parseTargets,
  type Target,
  TargetsError,
  type TargetsFile,
  targetName,
} from "../../inference/targets.js";
import { armOverrides } from "../../lessons/arm-overrides.js";
import { applyOverrides, dotted, type Override } from "../../scenario/overrides.js";
import {
  type Arm,
  type NetworkIdentity,
  networkIdentityOf,
  plansAt,
  type RunPlan,
  scenarioAt,
} from "../batch/plan.js";
import type { ResultLine } from "../batch/result-line.js";
import { parseJsonFile, readUserFile, type ScenarioFile } from "../scenario-file.js";

/**
 * What `likesim fit` fits: a scenario with the user's --set, the targets and their
 * conditions, and the priors. It turns a parameter vector and a seed into the runs to do
 * (one per condition, on the same seed), and finished runs into an outcome for ABC.
 */
export interface Condition {
  /** "" when the targets file declares no conditions. */
  name: string;
  arm: Arm;
  /** Paths the condition sets itself: a fitted parameter on one of them is left out there. */
  paths: Set<string>;
  figures: FigureSpec[];
  network: NetworkIdentity;
}

export interface FitTarget {
  name: string;
  condition: number;
  target: Target;
  observed: number;
  scale: number;
}

export interface FitProblem {
  targetsFile: TargetsFile;
  targetsPath: string;
  priors: Prior[];
  conditions: Condition[];
  targets: FitTarget[];
  /** The runs of a parameter vector (values in prior order) on one seed, one per condition. */
  plans(values: readonly number[], seed: number): RunPlan[];
  /** Whether a line already holds every figure its condition's targets read. */
  complete(line: ResultLine, condition: number): boolean;
  /** The simulated targets and the distance, from one finished line per condition. */
  outcome(lines: readonly ResultLine[]): Outcome;
}

export function readTargetsFile(given: string, cwd: string): TargetsFile {
  const text = readUserFile(resolve(cwd, given), "targets file");
  return parseTargets(parseJsonFile(text, given), given);
}

function parameterOverride(prior: Prior, value: number): Override {
  const simulated = simulatedValue(prior, value);
  return {
    path: prior.path.split("."),
    value: simulated,
    raw: String(simulated),
    label: `--param ${prior.path}=${simulated}`,
  };
}

/** A parameter vector as overrides, leaving out the fields the condition sets itself. */
function pointOf(priors: readonly Prior[], paths: ReadonlySet<string>, values: readonly number[]) {
  return priors
    .map((prior, a) => parameterOverride(prior, values[a]))
    .filter((override) => !paths.has(dotted(override.path)));
}

function conflicts(sets: readonly Override[], paths: Iterable<string>): string[] {
  const set = new Set(sets.map((o) => dotted(o.path)));
  return [...paths].filter((path) => set.has(path));
}

export async function fitProblem(
  file: ScenarioFile,
  sets: Override[],
  targetsPath: string,
  targetsFile: TargetsFile,
  priorsGiven: readonly Prior[],
): Promise<FitProblem> {
  checkNotSet(
    priorsGiven,
    sets.map((o) => dotted(o.path)),
  );
  const priors = checkPriorFields(priorsGiven, applyOverrides(file.input, sets));
  const named = Object.entries(targetsFile.conditions ?? { "": {} });
  const digests = new Map<string, Promise<string>>();
  const conditions: Condition[] = [];
  for (const [name, values] of named) {
    const own = armOverrides({ label: `condition ${name}`, set: values as Record<string, string> });
    const both = conflicts(sets, Object.keys(values));
    if (both.length > 0) {
      throw new TargetsError(
        `${targetsPath}: conditions.${name} sets ${both[0]}, which --set sets too; give it in one place`,
      );
    }
    const arm: Arm = { file, overrides: [...sets, ...own] };
    const figures = new Map<string, FigureSpec>();
    for (const target of targetsFile.targets) {
      if ((target.condition ?? "") === name && target.figure)
        figures.set(figureKey(target.figure), target.figure);
    }
    const paths = new Set(Object.keys(values));
    // Any point checks the condition's overrides; the priors' lower ends are one.
    const scenario = scenarioAt(
      arm,
      pointOf(
        priors,
        paths,
        priors.map((p) => p.low),
      ),
    );
    conditions.push({
      name,
      arm,
      paths,
      figures: [...figures.values()],
      network: await networkIdentityOf(scenario, arm, digests),
    });
    targetsFile.targets.forEach((target, i) => {
      if (
        (target.condition ?? "") === name &&
        target.metric === "unpredictability" &&
        scenario.worlds < 2
      ) {
        throw new TargetsError(
          `${targetsPath}: targets.${i}.metric: unpredictability needs worlds ≥ 2${name ? ` in condition ${name}` : ""}; the scenario has ${scenario.worlds}`,
        );
      }
    });
  }
  const targets = targetsFile.targets.map((target) => ({
    name: targetName(target),
    condition: conditions.findIndex((c) => c.name === (target.condition ?? "")),
    target,
    observed: target.observed,
    scale: target.scale,
  }));

  return {
    targetsFile,
    targetsPath,
    priors,
    conditions,
    targets,
    plans(values, seed) {
      return conditions.map((condition, c) => {
        const point = pointOf(priors, condition.paths, values);
        const scenario = scenarioAt(condition.arm, point);
        const [plan] = plansAt(condition.arm, c, point, scenario, [seed], condition.network);
        plan.task.figures = condition.figures;
        return plan;
      });
    },
    complete(line, c) {
      return conditions[c].figures.every(
        (figure) => line.figures?.[figureKey(figure)] !== undefined,
      );
    },
    outcome(lines) {
      const stats = targets.map(({ target, condition }) => {
        const line = lines[condition];
        const value = target.metric
          ? line.summary[target.metric]
          : line.figures?.[figureKey(target.figure!)];
        return typeof value === "number" ? value : Number.NaN;
      });
      return { stats, distance: standardizedDistance(stats, targets) };
    },
  };
}
