import type { Io } from "../io.js";
import type { Shard } from "../shard.js";
import { takeShard } from "../shard.js";
import { UsageError } from "../usage-error.js";
import { withAppendingRuns } from "./appending-runs.js";
import { type RunPlan, threadsFor } from "./plan.js";
import { progressFor } from "./progress.js";
import { type ResultLine, runKey } from "./result-line.js";
import type { ExistingResults } from "./results-file.js";
import { type BatchOptions, runBatch } from "./run-batch.js";

export interface ShardedRunOptions {
  /** The command's name, for messages. */
  command: string;
  shard: Shard | undefined;
  /** --out as found on disk: its lines are reused, new ones appended. */
  results: ExistingResults | undefined;
  /** --jobs as given. */
  jobs: string | undefined;
  io: Io;
  quiet: boolean;
  /** Whether a line in --out has all the run must give (else the run is done again). */
  complete?: (line: ResultLine) => boolean;
  /** What each run measures beyond its summary. */
  measure?: Pick<BatchOptions, "lorenz" | "extended">;
}

/** The line of each of the command's runs, by run key, when all are there; else undefined. */
export type ShardedRuns = Map<string, ResultLine> | undefined;

/** --shard without --out would throw its runs away: refused before any run. */
export function checkShardHasOut(shard: Shard | undefined, out: string | undefined): void {
  if (shard && out === undefined) {
    throw new UsageError(
      "--shard needs --out FILE: each shard's runs are merged afterwards (likesim merge)",
    );
  }
}

/**
 * Runs this shard's part of a command's runs (all of them without a shard) that --out does
 * not hold yet, appending each line to --out. Returns every run's line once all the
 * command's runs are in --out or done now, so the command can compute its result; with runs
 * in other shards it says how to merge and finish, and returns undefined.
 */
export async function runSharded(
  plans: readonly RunPlan[],
  options: ShardedRunOptions,
): Promise<ShardedRuns> {
  const { shard, results, io, quiet } = options;
  const unique = [...new Map(plans.map((plan) => [plan.key, plan])).values()];
  const mine = takeShard(unique, shard);
  const complete = options.complete ?? (() => true);
  const done = new Map<string, ResultLine>();
  for (const line of results?.lines ?? []) if (complete(line)) done.set(runKey(line), line);
  const todo = mine.filter((plan) => !done.has(plan.key));
  if (shard && !quiet)
    io.err(
      `shard ${shard.index}/${shard.count} (${shard.source}): ${mine.length} of the ${unique.length} runs\n`,
    );
  const fresh = await withAppendingRuns(
    results,
    threadsFor(options.jobs, todo),
    io,
    quiet,
    async ({ writer, executor }) => {
      const progress = progressFor(io, quiet);
      const finished = await runBatch(todo, { executor, writer, progress, ...options.measure });
      return finished.map((f) => f.line);
    },
  );
  for (const line of fresh) done.set(runKey(line), line);
  const missing = unique.filter((plan) => !done.has(plan.key)).length;
  if (missing === 0) return new Map(unique.map((plan) => [plan.key, done.get(plan.key)!]));
  io.err(
    `${fresh.length} runs done; ${missing} of the ${unique.length} runs are in other shards. Merge the shards' files (likesim merge … --out all.ndjson) and run this likesim ${options.command} again with --out all.ndjson (and no --shard) for the result.\n`,
  );
  return undefined;
}
