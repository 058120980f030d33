import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";

/** Where a bench ran, so that results from different days and machines can be told apart. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  platform: string;
  /** `git rev-parse HEAD`, or null outside a git checkout. */
  commit: string | null;
  /** Whether tracked files had uncommitted changes (null when git could not tell). */
  dirty: boolean | null;
}

function git(...args: string[]): string | null {
  try {
    return execFileSync("git", args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

export function describeMachine(): Machine {
  const status = git("status", "--porcelain", "--untracked-files=no");
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    commit: git("rev-parse", "HEAD"),
    dirty: status === null ? null : status.length > 0,
  };
}
