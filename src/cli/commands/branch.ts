import { resolve } from "node:path";
import { SUMMARY_NAMES } from "../../engine/types.js";
import { jsonText } from "../../formats/json-text.js";
import { EXTENDED_NAMES } from "../../metrics/extended-summary.js";
import { writeFileAtomic } from "../atomic-write.js";
import { withAppendingRuns } from "../batch/appending-runs.js";
import { checkOutputTargets } from "../batch/output-targets.js";
import { scenarioAt } from "../batch/plan.js";
import { progressFor } from "../batch/progress.js";
import { compareByKey, runKey } from "../batch/result-line.js";
import { resultsCsv } from "../batch/results-csv.js";
import { checkWritable } from "../batch/results-file.js";
import {
  type BranchArm,
  ORIGINAL_ARM,
  parseArm,
  parseVideoSelector,
  type VideoSelector,
} from "../branch/arm-spec.js";
import { branchPairs, planBranches, runBranchPlans, selectorLabel } from "../branch/branch-runs.js";
import type { BranchSpec } from "../branch/run-branches.js";
import { comparePairs, pairedStatistic } from "../compare/paired-comparison.js";
import type { Io } from "../io.js";
import {
  countOption,
  jobsOption,
  OUTPUT_OPTIONS,
  overridesOption,
  parseCommandLine,
  positionals,
  RUN_OPTIONS,
  seedsOption,
} from "../options.js";
import { type BranchReportArm, branchReport } from "../report/branch-report.js";
import { comparisonMarkdown } from "../report/markdown-table.js";
import { readScenarioFile } from "../scenario-file.js";
import { resolveShard, takeShard } from "../shard.js";
import { UsageError } from "../usage-error.js";
import { VERSION } from "../version.js";

const { timeseries: _timeseries, ...OUTPUTS } = OUTPUT_OPTIONS;
const OPTIONS = {
  ...RUN_OPTIONS,
  ...OUTPUTS,
  at: { type: "string" },
  arm: { type: "string", multiple: true },
  video: { type: "string" },
  report: { type: "string" },
} as const;

function mean(curve: { sum: number[]; runs: number } | undefined): number[] {
  return curve ? curve.sum.map((y) => y / curve.runs) : [];
}

/**
 * `likesim branch`: each seed's run goes to --at once and forks into the original future and
 * the arms (interventions applied at the fork tick); every arm is compared with the original,
 * paired by seed, as compare does. Resumable into --out, shardable by seed.
 */
export async function branchCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals: given } = parseCommandLine("branch", args, OPTIONS);
  const [scenarioPath] = positionals("branch", given, ["scenario.json"]);
  if (values.at === undefined)
    throw new UsageError("likesim branch needs --at, the fork tick, e.g. --at 48");
  if (!values.arm?.length) {
    throw new UsageError(
      "likesim branch needs at least one --arm name:intervention, e.g. --arm hidden:hideLikeCounts; see likesim branch --help",
    );
  }
  const file = await readScenarioFile(scenarioPath, io.cwd);
  const base = { file, overrides: overridesOption(values) };
  const { ticks } = scenarioAt(base, []);
  if (ticks < 2)
    throw new UsageError(
      `likesim branch needs a run of at least 2 ticks; the scenario has ${ticks}`,
    );
  const at = countOption("--at", values.at, 0, ticks - 1);
  const target: VideoSelector | undefined =
    values.video === undefined ? undefined : parseVideoSelector(values.video, "--video", ticks);
  const arms: BranchArm[] = values.arm.map((text) => parseArm(text, target ?? "top", ticks));
  const names = new Set<string>();
  for (const arm of arms) {
    if (names.has(arm.name)) {
      throw new UsageError(
        `--arm ${arm.name}:…: two arms are named ${arm.name}; allowed: one name per arm`,
      );
    }
    names.add(arm.name);
  }
  const spec: BranchSpec = { at, arms, ...(target === undefined ? {} : { target }) };
  const seeds = seedsOption(values) ?? [file.scenario.seed];
  const shard = resolveShard(values.shard, values["shard-count"], io.env);
  const plans = takeShard(await planBranches(base, spec, seeds), shard);
  const targets = checkOutputTargets(values, io.cwd);
  const report = values.report === undefined ? undefined : resolve(io.cwd, values.report);
  if (report) checkWritable(report, `--report ${values.report}`);
  const done = targets.results?.keys ?? new Set<string>();
  const todo = plans.filter((p) => p.futures.some((future) => !done.has(runKey(future))));
  const quiet = values.quiet ?? false;
  if (shard && !quiet)
    io.err(`shard ${shard.index}/${shard.count} (${shard.source}): ${plans.length} seeds\n`);

  const fresh = await withAppendingRuns(
    targets.results,
    jobsOption(values.jobs, todo.length),
    io,
    quiet,
    ({ writer, executor }) =>
      runBranchPlans(todo, {
        executor,
        writer,
        progress: progressFor(io, quiet),
        done,
        lorenz: report !== undefined,
        extended: values.extended ?? false,
      }),
  );
  const wanted = new Set(plans.flatMap((p) => p.futures.map(runKey)));
  const earlier = (targets.results?.lines ?? []).filter((line) => wanted.has(runKey(line)));
  const lines = [...earlier, ...fresh.lines].sort(compareByKey);
  if (targets.csv) writeFileAtomic(targets.csv, resultsCsv(lines));
  if (targets.results && !quiet) io.err(`wrote ${fresh.lines.length} futures to ${values.out}\n`);

  const metrics = values.extended ? [...SUMMARY_NAMES, ...EXTENDED_NAMES] : SUMMARY_NAMES;
  const planned = plans.map((p) => p.plan.identity.seed);
  const targetName = target === undefined ? undefined : `video ${selectorLabel(target)}`;
  const compared: BranchReportArm[] = arms.map((arm, i) => {
    const { pairs, targets: targetLikes } = branchPairs(lines, arm.name, planned);
    const label = values.arm![i];
    const targetRows = targetLikes.length
      ? [
          {
            metric: `${targetName} likes`,
            ...pairedStatistic(
              `target/${arm.name}`,
              targetLikes.map((t) => t.a),
              targetLikes.map((t) => t.b),
            ),
          },
        ]
      : undefined;
    return {
      name: arm.name,
      label,
      pairs,
      rows: comparePairs(pairs, metrics),
      ...(targetRows ? { target: { rows: targetRows, seeds: targetLikes } } : {}),
      lorenz: { a: mean(fresh.lorenz.get(ORIGINAL_ARM)), b: mean(fresh.lorenz.get(arm.name)) },
    };
  });
  const markdown = compared
    .map((arm) =>
      comparisonMarkdown([...(arm.target?.rows ?? []), ...arm.rows], {
        a: `original future of ${file.given} (forked at tick ${at})`,
        b: `${arm.label} (from tick ${at})`,
      }),
    )
    .join("\n");
  if (report) {
    writeFileAtomic(
      report,
      branchReport({
        at,
        ticks,
        scenario: file.scenario.name,
        ...(targetName ? { target: targetName } : {}),
        arms: compared,
        command: ["likesim", "branch", ...args].join(" "),
        version: VERSION,
        markdown,
      }),
    );
    if (!quiet) io.err(`wrote the report to ${values.report}\n`);
  }
  io.out(
    values.json
      ? jsonText({
          scenario: file.scenario.name,
          at,
          seeds: planned,
          arms: compared.map(({ name, label, rows, target: t }) => ({
            arm: name,
            spec: label,
            metrics: rows,
            ...(t ? { target: t.rows[0] } : {}),
          })),
        })
      : markdown,
  );
  return 0;
}
