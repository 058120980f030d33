import { resolve } from "node:path";
import { SUMMARY_NAMES } from "../../engine/types.js";
import { jsonText } from "../../formats/json-text.js";
import { EXTENDED_NAMES } from "../../metrics/extended-summary.js";
import type { Override } from "../../scenario/overrides.js";
import { parseOverride } from "../../scenario/overrides.js";
import { writeFileAtomic } from "../atomic-write.js";
import type { Arm } from "../batch/plan.js";
import { progressFor } from "../batch/progress.js";
import { checkWritable } from "../batch/results-file.js";
import { LORENZ_STEPS, type RunOutcome } from "../batch/run-task.js";
import { comparePairs } from "../compare/paired-comparison.js";
import { runPairedArms } from "../compare/paired-runs.js";
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

/** The arm's Lorenz curve of likes over videos, mean over seeds. */
function meanCurve(outcomes: readonly RunOutcome[]): number[] {
  const mean = new Array<number>(LORENZ_STEPS + 1).fill(0);
  for (const { lorenz = [] } of outcomes)
    for (let i = 0; i <= LORENZ_STEPS; i++) mean[i] += lorenz[i] / outcomes.length;
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

  const { pairs, outcomes } = await runPairedArms([arms[0], arms[1]], seeds, {
    jobs: jobsOption(values.jobs, 2 * seeds.length),
    progress: progressFor(io, values.quiet ?? false),
    lorenz: report !== undefined,
    extended: values.extended ?? false,
  });
  const metrics = values.extended ? [...SUMMARY_NAMES, ...EXTENDED_NAMES] : SUMMARY_NAMES;
  const rows = comparePairs(pairs, metrics);
  const labels = { a: label(specs[0]), b: label(specs[1]) };
  const markdown = comparisonMarkdown(rows, labels);
  if (report) {
    const html = comparisonReport({
      labels,
      pairs,
      rows,
      lorenz: { a: meanCurve(outcomes.a), b: meanCurve(outcomes.b) },
      command: ["likesim", "compare", ...args].join(" "),
      version: VERSION,
      markdown,
    });
    writeFileAtomic(report, html);
    if (!values.quiet) io.err(`wrote the report to ${values.report}\n`);
  }
  io.out(values.json ? jsonText({ labels, seeds, metrics: rows }) : markdown);
  return 0;
}
