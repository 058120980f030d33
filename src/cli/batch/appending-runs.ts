import type { Io } from "../io.js";
import { isBadInput } from "../usage-error.js";
import { type Executor, executorFor } from "./executor.js";
import { type ExistingResults, ResultsWriter } from "./results-file.js";

/**
 * Runs a batch's work with --out open for appending and an executor of `jobs` slots, then
 * closes both. A torn last line left by a kill is cut first (with a note); a file this
 * command created and wrote nothing to is removed when the work fails on bad input, so a
 * refused batch leaves no output behind.
 */
export async function withAppendingRuns<T>(
  results: ExistingResults | undefined,
  jobs: number,
  io: Io,
  quiet: boolean,
  work: (context: { writer?: ResultsWriter; executor: Executor }) => Promise<T>,
): Promise<T> {
  if (results?.tornBytes && !quiet)
    io.err(
      `--out: cutting a torn last line (${results.tornBytes} bytes) left by an interrupted run\n`,
    );
  const writer = results ? ResultsWriter.open(results) : undefined;
  const executor = executorFor(jobs);
  try {
    const value = await work({ writer, executor });
    writer?.close();
    return value;
  } catch (error) {
    writer?.close(isBadInput(error));
    throw error;
  } finally {
    await executor.close();
  }
}
