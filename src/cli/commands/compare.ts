import { resolve } from "node:path";
import { SUMMARY_NAMES } from "../../engine/types.js";
import { jsonText } from "../../formats/json-text.js";
import { EXTENDED_NAMES } from "../../metrics/extended-summary.js";
import type { Override } from "../../scenario/overrides.js";
import { parseOverride } from "../../scenario/overrides.js";
import { writeFileAtomic } from "../atomic-write.js";
import { checkOutputTargets } from "../batch/output-targets.js";
import type { Arm } from "../batch/plan.js";
import type { ResultLine } from "../batch/result-line.js";
import { checkWritable } from "../batch/results-file.js";
import { LORENZ_STEPS } from "../batch/run-task.js";
import { checkShardHasOut, runSharded } from "../batch/sharded-runs.js";
import { comparePairs } from "../compare/paired-comparison.js";
import { pairedPlans, pairLines } from "../compare/paired-runs.js";
import type { Io } from "../io.js";
import { overridesOption, parseCommandLine, RUN_OPTIONS, seedsOption } from "../options.js";
import { comparisonReport } from "../report/html-report.js";
import { comparisonMarkdown } from "../report/markdown-table.js";
import { readScenarioFile, type ScenarioFile } from "../scenario-file.js";
import { resolveShard } from "../shard.js";
import { UsageError } from "../usage-error.js";
import { VERSION } from "../version.js";

const OPTIONS = {
  ...RUN_OPTIONS,
  report: { type: "string" },
  out: { type: "string" },
  shard: { type: "string" },
  "shard-count": { type: "string" },
} as const;

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
function meanCurve(lines: readonly ResultLine[]): number[] {
  const mean = new Array<number>(LORENZ_STEPS + 1).fill(0);
  for (const { lorenz = [] } of lines)
    for (let i = 0; i <= LORENZ_STEPS; i++) mean[i] += lorenz[i] / lines.length;
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
  const shard = resolveShard(values.shard, values["shard-count"], io.env);
  checkShardHasOut(shard, values.out);
  const plans = await pairedPlans([arms[0], arms[1]], seeds);
  const results = checkOutputTargets({ out: values.out }, io.cwd).results;
  const report = values.report === undefined ? undefined : resolve(io.cwd, values.report);
  if (report) checkWritable(report, `--report ${values.report}`);
  const extended = values.extended ?? false;

  const lines = await runSharded(plans, {
    command: "compare",
    shard,
    results,
    jobs: values.jobs,
    io,
    quiet: values.quiet ?? false,
    // A line from --out serves if it measured what this comparison shows.
    complete: (line) =>
      (report === undefined || line.lorenz !== undefined) &&
      (!extended || line.extended !== undefined),
    measure: { lorenz: report !== undefined, extended },
  });
  if (!lines) return 0;
  const { pairs, lines: byArm } = pairLines(plans, lines, seeds);
  const metrics = values.extended ? [...SUMMARY_NAMES, ...EXTENDED_NAMES] : SUMMARY_NAMES;
  const rows = comparePairs(pairs, metrics);
  const labels = { a: label(specs[0]), b: label(specs[1]) };
  const markdown = comparisonMarkdown(rows, labels);
  if (report) {
    const html = comparisonReport({
      labels,
      pairs,
      rows,
      lorenz: { a: meanCurve(byArm.a), b: meanCurve(byArm.b) },
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
