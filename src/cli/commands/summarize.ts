import { resolve } from "node:path";
import { jsonText } from "../../formats/json-text.js";
import { writeFileAtomic } from "../atomic-write.js";
import type { ResultLine } from "../batch/result-line.js";
import { checkWritable } from "../batch/results-file.js";
import type { Io } from "../io.js";
import { parseCommandLine } from "../options.js";
import { groupResults, groupsCsv, groupsText, LINE_FIELDS } from "../result-groups.js";
import { UsageError } from "../usage-error.js";
import { mergeLines, readResultFiles } from "./merge.js";

const OPTIONS = {
  by: { type: "string", multiple: true },
  csv: { type: "string" },
  json: { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** `likesim summarize`: grouped means with 95% CIs, as a table, JSON or CSV. */
export async function summarizeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals: files } = parseCommandLine("summarize", args, OPTIONS);
  if (files.length === 0)
    throw new UsageError(
      "likesim summarize takes one or more result files; see likesim summarize --help",
    );
  const quiet = values.quiet ?? false;
  const by = values.by ?? [];
  for (const field of by) {
    if (!/^[A-Za-z$][\w$]*(\.[A-Za-z$][\w$]*)*$/.test(field)) {
      throw new UsageError(
        `--by ${field}: not a field name; allowed: a dotted path such as feed.ranker, or seed, scenario, …`,
      );
    }
  }
  const csv = values.csv === undefined ? undefined : resolve(io.cwd, values.csv);
  if (csv) checkWritable(csv, `--csv ${values.csv}`);
  const lines = mergeLines(readResultFiles(files, io, quiet), io, quiet);
  checkGroupingFields(by, lines);
  const groups = groupResults(lines, by);
  if (csv) writeFileAtomic(csv, groupsCsv(groups));
  io.out(values.json ? jsonText(groups) : groupsText(groups));
  return 0;
}

/** A --by field no run has is a typo, not a group of "unset". */
function checkGroupingFields(by: readonly string[], lines: readonly ResultLine[]): void {
  const set = new Set(
    lines.flatMap((line) => [...Object.keys(line.overrides), ...Object.keys(line.sweep)]),
  );
  for (const field of by) {
    if (!(LINE_FIELDS as readonly string[]).includes(field) && !set.has(field)) {
      const known = [...set].sort().join(", ") || "none";
      throw new UsageError(
        `--by ${field}: no run in these files sets or sweeps it; allowed: ${known}, or ${LINE_FIELDS.join(", ")}`,
      );
    }
  }
}
