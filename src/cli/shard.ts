import { UsageError } from "./usage-error.js";

/**
 * A slice of a batch for one machine: shard `index` of `count`, 1-based (`--shard 1/4` …
 * `--shard 4/4`, as Jest and Playwright count). Run number k (0-based, in the batch's
 * stable order) belongs to shard (k mod count) + 1, so each shard gets an even mix of
 * grid points and seeds.
 */
export interface Shard {
  index: number;
  count: number;
  /** Where it came from, for the note printed when a batch is sharded. */
  source: string;
}

function wholeNumber(text: string, what: string, min: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min) {
    throw new UsageError(`${what}: "${text}" is not a whole number ≥ ${min}`);
  }
  return Number(text);
}

function checked(index: number, count: number, source: string): Shard {
  if (index < 1 || index > count) {
    throw new UsageError(
      `${source}: shard ${index} of ${count} does not exist; allowed: i/n with 1 ≤ i ≤ n (shards count from 1)`,
    );
  }
  return { index, count, source };
}

/**
 * The shard to run, from `--shard i/n`, else from a Kubernetes Indexed Job
 * (JOB_COMPLETION_INDEX, 0-based, with --shard-count or LIKESIM_SHARD_COUNT) or a Slurm
 * job array (SLURM_ARRAY_TASK_ID counted from SLURM_ARRAY_TASK_MIN, with --shard-count or
 * SLURM_ARRAY_TASK_COUNT); undefined runs everything.
 */
export function resolveShard(
  shard: string | undefined,
  shardCount: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Shard | undefined {
  if (shard !== undefined) {
    if (shardCount !== undefined) {
      throw new UsageError(`--shard-count ${shardCount}: give the count in --shard i/n instead`);
    }
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(shard);
    if (!match)
      throw new UsageError(
        `--shard ${shard}: expected i/n, e.g. --shard 2/8 (shards count from 1)`,
      );
    return checked(
      Number(match[1]),
      wholeNumber(match[2], `--shard ${shard}`, 1),
      `--shard ${shard}`,
    );
  }
  const count = shardCount === undefined ? undefined : wholeNumber(shardCount, "--shard-count", 1);
  const k8s = env.JOB_COMPLETION_INDEX;
  if (k8s !== undefined && k8s !== "") {
    const source = `JOB_COMPLETION_INDEX=${k8s}`;
    const total = count ?? optionalCount(env.LIKESIM_SHARD_COUNT, "LIKESIM_SHARD_COUNT");
    if (total === undefined) {
      throw new UsageError(
        `${source} is set but the number of shards is not: give --shard-count N (the Job's completions)`,
      );
    }
    return checked(wholeNumber(k8s, source, 0) + 1, total, source);
  }
  const slurm = env.SLURM_ARRAY_TASK_ID;
  if (slurm !== undefined && slurm !== "") {
    const source = `SLURM_ARRAY_TASK_ID=${slurm}`;
    const step = env.SLURM_ARRAY_TASK_STEP;
    if (step !== undefined && step !== "" && step !== "1") {
      throw new UsageError(
        `${source}: the job array has step ${step}; allowed: a contiguous array such as --array=0-9`,
      );
    }
    const min = optionalCount(env.SLURM_ARRAY_TASK_MIN, "SLURM_ARRAY_TASK_MIN") ?? 0;
    const total = count ?? optionalCount(env.SLURM_ARRAY_TASK_COUNT, "SLURM_ARRAY_TASK_COUNT");
    if (total === undefined) {
      throw new UsageError(
        `${source} is set but the number of shards is not: give --shard-count N`,
      );
    }
    return checked(wholeNumber(slurm, source, 0) - min + 1, total, source);
  }
  if (count !== undefined) {
    throw new UsageError(
      `--shard-count ${shardCount}: needs JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID in the environment; on one machine use --shard i/n`,
    );
  }
  return undefined;
}

function optionalCount(text: string | undefined, name: string): number | undefined {
  return text === undefined || text === "" ? undefined : wholeNumber(text, name, 0);
}

/** This shard's runs: every count-th, starting at index − 1. */
export function takeShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((_, k) => k % shard.count === shard.index - 1);
}
