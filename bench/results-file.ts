import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { describeMachine } from "./machine.js";

/**
 * Writes one part's figures as bench/results-<part>.json, with when and where they were
 * measured and the load average at the start (given) and now; returns the file's path.
 */
export function writeBenchResults(
  part: string,
  loadAtStart: number[],
  figures: Record<string, unknown>,
): string {
  const out = new URL(`./results-${part}.json`, import.meta.url);
  const results = {
    format: `likesim-bench-${part}/1`,
    startedAt: new Date().toISOString(),
    loadAverage: { start: loadAtStart, end: loadavg() },
    machine: describeMachine(),
    ...figures,
  };
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  return out.pathname;
}

/** The closing line of a part's report: the load it ran under and where its figures are. */
export function loadAndPath(loadAtStart: number[], path: string): string {
  return `load average ${loadAtStart[0].toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end\nAll figures: ${path}`;
}
