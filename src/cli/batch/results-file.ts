import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { UsageError } from "../usage-error.js";
import { LINE_FORMAT, lineText, parseLine, type ResultLine, runKey } from "./result-line.js";

/** A results file as found on disk, read without touching it. */
export interface ExistingResults {
  path: string;
  exists: boolean;
  lines: ResultLine[];
  keys: Set<string>;
  /** Length of the complete lines; anything after it is a torn last line. */
  completeBytes: number;
  tornBytes: number;
}

const MARKER = `{"format":"${LINE_FORMAT}"`;

/** A torn line is the start of a line we wrote: it begins with the marker, or is cut inside it. */
function looksTorn(tail: string): boolean {
  return tail.startsWith(MARKER) || MARKER.startsWith(tail);
}

/**
 * Reads an existing results file: every complete line must be a likesim result line and a
 * final line without its newline must be the start of one (a run killed mid-write).
 * Anything else is someone else's file, and is refused without being touched.
 */
export function inspectResults(path: string, label: string): ExistingResults {
  const empty = {
    path,
    exists: false,
    lines: [],
    keys: new Set<string>(),
    completeBytes: 0,
    tornBytes: 0,
  };
  if (!existsSync(path)) return empty;
  if (statSync(path).isDirectory())
    throw new UsageError(`${label}: is a directory; allowed: a file path`);
  const text = readFileSync(path, "utf8");
  const end = text.lastIndexOf("\n") + 1;
  const tail = text.slice(end);
  if (tail !== "" && !looksTorn(tail)) {
    throw new UsageError(
      `${label}: not a likesim results file (its last line is not a likesim result line); allowed: a new path or a file likesim wrote`,
    );
  }
  const lines = text
    .slice(0, end)
    .split("\n")
    .slice(0, -1)
    .map((line, i) => {
      try {
        return parseLine(line, `line ${i + 1}`);
      } catch (error) {
        throw new UsageError(
          `${label}: not a likesim results file (${(error as Error).message}); allowed: a new path or a file likesim wrote`,
        );
      }
    });
  return {
    path,
    exists: true,
    lines,
    keys: new Set(lines.map(runKey)),
    completeBytes: Buffer.byteLength(text.slice(0, end)),
    tornBytes: Buffer.byteLength(tail),
  };
}

/**
 * Fails unless a file can be created at `path`: its directory must exist and take a new
 * file. Probed by creating one, since permission bits say little to root or on read-only
 * mounts.
 */
export function checkWritable(path: string, label: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) throw new UsageError(`${label}: the directory ${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`${label}: ${dir} is not a directory`);
  const probe = `${path}.likesim-probe-${process.pid}`;
  try {
    closeSync(openSync(probe, "wx"));
    unlinkSync(probe);
  } catch (error) {
    throw new UsageError(
      `${label}: cannot write in ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

/** fsync after this many lines, so a machine crash loses little; a killed process loses nothing written. */
const SYNC_EVERY = 32;

/** Appends result lines whole: one write of one complete line per run. */
export class ResultsWriter {
  private unsynced = 0;
  private written = 0;

  private constructor(
    private readonly fd: number,
    private readonly path: string,
    private readonly created: boolean,
  ) {}

  /** Opens for appending, first cutting a torn last line back to the last newline. */
  static open(existing: ExistingResults): ResultsWriter {
    const fd = openSync(existing.path, existing.exists ? "r+" : "wx");
    if (existing.tornBytes > 0) {
      ftruncateSync(fd, existing.completeBytes);
      fsyncSync(fd);
    }
    closeSync(fd);
    return new ResultsWriter(openSync(existing.path, "a"), existing.path, !existing.exists);
  }

  append(line: ResultLine): void {
    const bytes = Buffer.from(lineText(line));
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset);
    this.written++;
    if (++this.unsynced >= SYNC_EVERY) this.sync();
  }

  private sync(): void {
    fsyncSync(this.fd);
    this.unsynced = 0;
  }

  /**
   * Syncs and closes. `discardIfEmpty` removes a file this run created and wrote nothing
   * to, so bad input found at the first run leaves no output behind.
   */
  close(discardIfEmpty = false): void {
    this.sync();
    closeSync(this.fd);
    if (discardIfEmpty && this.created && this.written === 0) unlinkSync(this.path);
  }
}
