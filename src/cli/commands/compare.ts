import { resolve } from "node:path";
import type { Override } from "../../scenario/overrides.js";
import { parseOverride } from "../../scenario/overrides.js";
import { writeFileAtomic } from "../atomic-write.js";
import { executorFor } from "../batch/executor.js";
import { type Arm, planBatchRuns } from "../batch/plan.js";
import { progressFor } from "../batch/progress.js";
import { checkWritable } from "../batch/results-file.js";
import { runBatch } from "../batch/run-batch.js";
import { LORENZ_STEPS } from "../batch/run-task.js";
import { comparePairs, type Pair } from "../compare/paired-comparison.js";
import type { Io } from "../io.js";
import {
  jobsOption,
  overridesOption,
  parseCommandLine,
  RUN_OPTIONS,
  seedsOption,
} from "../options.js";
import { comparisonReport } from "../report/html-report.js";
import { comparisonMarkdown } from "../report/markdown-table.js";
import { readScenarioFile, type ScenarioFile } from "../scenario-file.js";
import { UsageError } from "../usage-error.js";
import { VERSION } from "../version.js";

const OPTIONS = { ...RUN_OPTIONS, report: { type: "string" } } as const;

interface ArmSpec {
  path: string;
  sets: Override[];
}

/** Splits the command line into arms: each scenario file takes the --set options after it. */
function armSpecs(tokens: ReturnType<typeof parseCommandLine>["tokens"]): ArmSpec[] {
  const arms: ArmSpec[] = [];
  for (const token of tokens ?? []) {
    if (token.kind === "positional") arms.push({ path: token.value, sets: [] });
    else if (token.kind === "option" && token.name === "set") {
      const arm = arms[arms.length - 1];
      if (!arm) {
        throw new UsageError(
          `--set ${token.value}: comes before any scenario file; allowed: --set after the file of the arm it changes`,
        );
      }
      arm.sets.push(parseOverride(token.value ?? "", "--set"));
    }
  }
  if (arms.length !== 2) {
    throw new UsageError(
      `likesim compare takes two arms, <a.json> [--set …] <b.json> [--set …]; got ${arms.length} scenario file(s); see likesim compare --help`,
    );
  }
  return arms;
}

function label(spec: ArmSpec): string {
  return [spec.path, ...spec.sets.map((o) => o.label)].join(" ");
}

function meanCurve(curves: readonly (readonly number[])[]): number[] {
  const mean = new Array<number>(LORENZ_STEPS + 1).fill(0);
  for (const curve of curves)
    for (let i = 0; i <= LORENZ_STEPS; i++) mean[i] += curve[i] / curves.length;
  return mean;
}

/** `likesim compare`: two arms, paired by seed, with CIs, sign tests and a report. */
export async function compareCommand(args: string[], io: Io): Promise<number> {
  const { values, tokens } = parseCommandLine("compare", args, OPTIONS);
  const specs = armSpecs(tokens);
  const seeds = seedsOption(values);
  if (!seeds) throw new UsageError("likesim compare needs --seeds, e.g. --seeds 1..50");
  const ticks = overridesOption({ ticks: values.ticks });
  const files = new Map<string, Promise<ScenarioFile>>();
  const arms: Arm[] = [];
  for (const spec of specs) {
    if (!files.has(spec.path)) files.set(spec.path, readScenarioFile(spec.path, io.cwd));
    arms.push({ file: await files.get(spec.path)!, overrides: [...spec.sets, ...ticks] });
  }
  const report = values.report === undefined ? undefined : resolve(io.cwd, values.report);
  if (report) checkWritable(report, `--report ${values.report}`);

  const plans = await planBatchRuns(arms, [], seeds);
  const executor = executorFor(jobsOption(values.jobs, plans.length));
  const finished = await runBatch(plans, {
    executor,
    progress: progressFor(io, values.quiet ?? false),
    lorenz: true,
  }).finally(() => executor.close());

  const bySeed = new Map<number, Partial<Pair>>();
  for (const { plan, line } of finished) {
    const pair = bySeed.get(line.seed) ?? { seed: line.seed };
    pair[plan.arm === 0 ? "a" : "b"] = line.summary;
    bySeed.set(line.seed, pair);
  }
  const pairs = seeds.map((seed) => bySeed.get(seed) as Pair);
  const rows = comparePairs(pairs);
  const labels = { a: label(specs[0]), b: label(specs[1]) };
  const markdown = comparisonMarkdown(rows, labels);
  if (report) {
    const curves = (arm: number) =>
      finished.filter((f) => f.plan.arm === arm).map((f) => f.outcome.lorenz ?? []);
    const html = comparisonReport({
      labels,
      pairs,
      rows,
      lorenz: { a: meanCurve(curves(0)), b: meanCurve(curves(1)) },
      command: ["likesim", "compare", ...args].join(" "),
      version: VERSION,
      markdown,
    });
    writeFileAtomic(report, html);
    if (!values.quiet) io.err(`wrote the report to ${values.report}\n`);
  }
  io.out(
    values.json
      ? `${JSON.stringify({ labels, seeds, metrics: rows }, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`
      : markdown,
  );
  return 0;
}
