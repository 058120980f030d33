import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median } from "./median.js";

/** How long `likesim --help` takes to start, beside Node's own start-up. */
export interface StartupFigures {
  runs: number;
  /** Median wall time of `node bin/likesim.js --help`: the compiled CLI in lib/, in ms. */
  helpMs: number;
  /** Median wall time of `node -e 0`, Node's own start-up (the floor), in ms. */
  nodeMs: number;
}

const BIN = fileURLToPath(new URL("../bin/likesim.js", import.meta.url));

function wallMs(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  return ms;
}

/**
 * Starts `likesim --help` and a bare Node `runs` times each, alternating so that a change in
 * the machine's load touches both alike, after one warm-up of each (the file cache).
 */
export function measureStartup(runs: number): StartupFigures {
  const help = [BIN, "--help"];
  const bare = ["-e", "0"];
  wallMs(help);
  wallMs(bare);
  const helpTimes: number[] = [];
  const nodeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    helpTimes.push(wallMs(help));
    nodeTimes.push(wallMs(bare));
  }
  return { runs, helpMs: median(helpTimes), nodeMs: median(nodeTimes) };
}
