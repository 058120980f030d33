import { resolve } from "node:path";
import { writeFileAtomic } from "../atomic-write.js";
import {
  compareByKey,
  lineText,
  type ResultLine,
  runKey,
  withoutWallTime,
} from "../batch/result-line.js";
import { checkWritable, inspectResults } from "../batch/results-file.js";
import type { Io } from "../io.js";
import { parseCommandLine } from "../options.js";
import { UsageError } from "../usage-error.js";

const OPTIONS = {
  out: { type: "string" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Reads result files for merge and summarize; a torn last line is skipped with a note. */
export function readResultFiles(files: readonly string[], io: Io, quiet: boolean): ResultLine[] {
  return files.flatMap((file) => {
    const results = inspectResults(resolve(io.cwd, file), file);
    if (!results.exists) throw new UsageError(`${file}: no such file`);
    if (results.tornBytes > 0 && !quiet) {
      io.err(
        `${file}: skipping a torn last line (${results.tornBytes} bytes) left by an interrupted run\n`,
      );
    }
    return results.lines;
  });
}

/**
 * One line per run key, sorted by key. Two lines with one key are the same run; if their
 * numbers differ (another version, say) the first file's line is kept and a note says so.
 */
export function mergeLines(lines: readonly ResultLine[], io: Io, quiet: boolean): ResultLine[] {
  const byKey = new Map<string, ResultLine>();
  let conflicts = 0;
  for (const line of lines) {
    const key = runKey(line);
    const earlier = byKey.get(key);
    if (!earlier) byKey.set(key, line);
    else if (JSON.stringify(withoutWallTime(earlier)) !== JSON.stringify(withoutWallTime(line)))
      conflicts++;
  }
  if (conflicts > 0 && !quiet) {
    io.err(
      `${conflicts} run(s) appear with different results in different files; kept the first of each\n`,
    );
  }
  return [...byKey.values()].sort(compareByKey);
}

/** `likesim merge`: shards and reruns into one sorted file. */
export async function mergeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals: files } = parseCommandLine("merge", args, OPTIONS);
  if (files.length === 0)
    throw new UsageError("likesim merge takes one or more result files; see likesim merge --help");
  const quiet = values.quiet ?? false;
  const lines = readResultFiles(files, io, quiet);
  let target: string | undefined;
  if (values.out !== undefined) {
    target = resolve(io.cwd, values.out);
    inspectResults(target, `--out ${values.out}`);
    checkWritable(target, `--out ${values.out}`);
  }
  const merged = mergeLines(lines, io, quiet);
  const text = merged.map(lineText).join("");
  if (target) {
    writeFileAtomic(target, text);
    if (!quiet)
      io.err(
        `merged ${lines.length} lines from ${files.length} file(s) into ${merged.length} runs in ${values.out}\n`,
      );
  } else {
    io.out(text);
  }
  return 0;
}
