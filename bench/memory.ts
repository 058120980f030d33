import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// `npm run bench` runs under plain tsx, without --expose-gc; the flag can still be set at
// run time, and a fresh context then sees the `gc` global.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** A full collection, so that a reading after it counts live data, not garbage. */
export function collectGarbage(): void {
  gc();
}

/** Bytes the model's data can live in: the JS heap plus typed arrays' backing stores. */
export function usedBytes(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/**
 * Live bytes after full collections, split the way growth is reported. V8 frees the backing
 * stores of dead ArrayBuffers on a background thread after a collection; the second one
 * waits for that, so typed arrays that just died are not counted.
 */
export function liveBytes(): { heap: number; arrayBuffers: number } {
  collectGarbage();
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed, arrayBuffers };
}

/** The process's peak resident set so far, in bytes (a high-water mark: it never falls). */
export function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}
