import { renameSync, writeFileSync } from "node:fs";

/**
 * Writes a whole file under a temporary name, then renames it into place: a reader, or a
 * rerun after a kill, sees the old file or the new one, never half of one.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
