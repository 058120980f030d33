import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "../usage-error.js";
import { checkWritable, type ExistingResults, inspectResults } from "./results-file.js";

/** Where a batch writes, all checked before the first run so bad paths cost nothing. */
export interface OutputTargets {
  results?: ExistingResults;
  timeseriesDir?: string;
  csv?: string;
}

/** --timeseries DIR: an existing directory, or a new one whose parent exists; writable. */
function checkTimeseriesDir(dir: string, label: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new UsageError(`${label}: is a file; allowed: a directory (made if missing)`);
  }
  checkWritable(existsSync(dir) ? join(dir, "probe") : dir, label);
}

export function checkOutputTargets(
  values: { out?: string; timeseries?: string; csv?: string },
  cwd: string,
): OutputTargets {
  const targets: OutputTargets = {};
  if (values.out !== undefined) {
    const path = resolve(cwd, values.out);
    targets.results = inspectResults(path, `--out ${values.out}`);
    checkWritable(path, `--out ${values.out}`);
  }
  if (values.timeseries !== undefined) {
    targets.timeseriesDir = resolve(cwd, values.timeseries);
    checkTimeseriesDir(targets.timeseriesDir, `--timeseries ${values.timeseries}`);
  }
  if (values.csv !== undefined) {
    targets.csv = resolve(cwd, values.csv);
    if (existsSync(targets.csv) && statSync(targets.csv).isDirectory()) {
      throw new UsageError(`--csv ${values.csv}: is a directory; allowed: a file path`);
    }
    checkWritable(targets.csv, `--csv ${values.csv}`);
  }
  return targets;
}
