/**
 * likesim's batch runner ("likesim/batch"), for Node: many seeds, sweeps and paired
 * comparisons on worker threads, the same code `likesim run|sweep|compare` runs. Results are
 * the NDJSON lines of docs/batch.md.
 *
 * @example
 * ```ts
 * import { parseSweepAxis } from "likesim";
 * import { planBatchRuns, readScenarioFile, runBatch, workerPool } from "likesim/batch";
 * const file = await readScenarioFile("scenarios/default.json");
 * const axes = [parseSweepAxis("feed.ranker=random,for-you")];
 * const plans = await planBatchRuns([{ file, overrides: [] }], axes, [1, 2, 3]);
 * const executor = workerPool(2);
 * const finished = await runBatch(plans, { executor }).finally(() => executor.close());
 * for (const { line } of finished) console.log(line.sweep, line.seed, line.summary.giniVideos);
 * ```
 *
 * @module likesim/batch
 */

export { type Executor, executorFor, inlineExecutor } from "./cli/batch/executor.js";
export { type Arm, planBatchRuns, type RunPlan } from "./cli/batch/plan.js";
export { type Progress, progressFor } from "./cli/batch/progress.js";
export {
  type BranchIdentity,
  compareByKey,
  LINE_FORMAT,
  lineText,
  parseLine,
  type ResultLine,
  type RunIdentity,
  runKey,
  type StoredExtended,
  type StoredSummary,
} from "./cli/batch/result-line.js";
export { resultsCsv } from "./cli/batch/results-csv.js";
export { type ExistingResults, inspectResults, ResultsWriter } from "./cli/batch/results-file.js";
export { type BatchOptions, type Finished, runBatch } from "./cli/batch/run-batch.js";
export { type RunMeasures, type RunOutcome, type RunTask, runTask } from "./cli/batch/run-task.js";
export { workerPool } from "./cli/batch/worker-pool.js";
export type { BranchArm, VideoSelector } from "./cli/branch/arm-spec.js";
export type { BranchSpec, Measured } from "./cli/branch/run-branches.js";
export {
  comparePairs,
  type MetricComparison,
  type Pair,
  type PairedValues,
} from "./cli/compare/paired-comparison.js";
export {
  type PairedRunOptions,
  type PairedRuns,
  runPairedArms,
} from "./cli/compare/paired-runs.js";
export type { Io } from "./cli/io.js";
export {
  groupResults,
  type LineMetric,
  lineMetrics,
  metricValue,
  type ResultGroup,
} from "./cli/result-groups.js";
export { readScenarioFile, type ScenarioFile } from "./cli/scenario-file.js";
export { type MeanInterval, meanInterval } from "./cli/stats/mean-interval.js";
