import { parseSweepAxis, type SweepAxis } from "../../scenario/sweep.js";
import { writeFileAtomic } from "../atomic-write.js";
import { withAppendingRuns } from "../batch/appending-runs.js";
import { checkOutputTargets } from "../batch/output-targets.js";
import { planBatchRuns, threadsFor } from "../batch/plan.js";
import { progressFor } from "../batch/progress.js";
import { compareByKey, lineText, type ResultLine, runKey } from "../batch/result-line.js";
import { resultsCsv } from "../batch/results-csv.js";
import { runBatch } from "../batch/run-batch.js";
import type { Io } from "../io.js";
import {
  OUTPUT_OPTIONS,
  overridesOption,
  parseCommandLine,
  positionals,
  RUN_OPTIONS,
  seedsOption,
} from "../options.js";
import { groupResults, groupsText } from "../result-groups.js";
import { readScenarioFile } from "../scenario-file.js";
import { resolveShard, takeShard } from "../shard.js";
import { UsageError } from "../usage-error.js";
import { singleRunText } from "./single-run-text.js";

const SWEEP_OPTIONS = { sweep: { type: "string", multiple: true } } as const;

/**
 * `likesim run` and `likesim sweep`: the grid × seeds of one scenario, resumable into
 * --out. Everything the user gave is checked before the first run: arguments, the
 * scenario at every grid point, the output paths and an existing --out's content.
 */
export async function batchCommand(
  command: "run" | "sweep",
  args: string[],
  io: Io,
): Promise<number> {
  const options = {
    ...RUN_OPTIONS,
    ...OUTPUT_OPTIONS,
    ...(command === "sweep" ? SWEEP_OPTIONS : {}),
  };
  const { values, positionals: given } = parseCommandLine(command, args, options);
  const flags = values as typeof values & { sweep?: string[] };
  const [scenarioPath] = positionals(command, given, ["scenario.json"]);
  const overrides = overridesOption(flags);
  const axes: SweepAxis[] = (flags.sweep ?? []).map((text) => parseSweepAxis(text));
  if (command === "sweep" && axes.length === 0) {
    throw new UsageError(
      "likesim sweep needs at least one --sweep path=v1,v2,…; see likesim sweep --help",
    );
  }
  const shard = resolveShard(flags.shard, flags["shard-count"], io.env);
  const file = await readScenarioFile(scenarioPath, io.cwd);
  const seeds = seedsOption(flags) ?? [file.scenario.seed];
  const plans = takeShard(await planBatchRuns([{ file, overrides }], axes, seeds), shard);
  const targets = checkOutputTargets(flags, io.cwd);
  const done = targets.results?.keys ?? new Set<string>();
  const todo = plans.filter((plan) => !done.has(plan.key));
  const jobs = threadsFor(flags.jobs, todo);

  if (shard && !flags.quiet)
    io.err(`shard ${shard.index}/${shard.count} (${shard.source}): ${plans.length} runs\n`);
  const fresh = await withAppendingRuns(
    targets.results,
    jobs,
    io,
    flags.quiet ?? false,
    async ({ writer, executor }) => {
      const finished = await runBatch(todo, {
        executor,
        writer,
        progress: progressFor(io, flags.quiet ?? false),
        extended: flags.extended ?? false,
        timeseries: targets.timeseriesDir
          ? { dir: targets.timeseriesDir, given: flags.timeseries! }
          : undefined,
      });
      return finished.map((f) => f.line);
    },
  );

  const wanted = new Set(plans.map((plan) => plan.key));
  const earlier = (targets.results?.lines ?? []).filter((line) => wanted.has(runKey(line)));
  const results = [...earlier, ...fresh].sort(compareByKey);
  if (targets.csv) writeFileAtomic(targets.csv, resultsCsv(results));
  report(io, flags, results, { fresh: fresh.length, earlier: earlier.length, out: flags.out });
  return 0;
}

interface Counts {
  fresh: number;
  earlier: number;
  out?: string;
}

/** Results to stdout (NDJSON with --json, else a table); notes about the file to stderr. */
function report(
  io: Io,
  flags: { json?: boolean; quiet?: boolean },
  results: ResultLine[],
  counts: Counts,
): void {
  if (counts.out && !flags.quiet) {
    const already = counts.earlier > 0 ? ` (${counts.earlier} already there)` : "";
    io.err(
      `wrote ${counts.fresh} run${counts.fresh === 1 ? "" : "s"} to ${counts.out}${already}\n`,
    );
  }
  if (flags.json) {
    for (const line of results) io.out(lineText(line));
  } else if (results.length === 1) {
    io.out(singleRunText(results[0]));
  } else {
    io.out(groupsText(groupResults(results)));
  }
}
