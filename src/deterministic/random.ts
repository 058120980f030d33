import alea from "seedrandom/lib/alea.js";
import { log, pow } from "./exact-math.js";

/**
 * A uniform draw in [0, 1). Every random number in the model comes from one of these,
 * made by `stream`, so that a subsystem's draws cannot move another's.
 */
export type Random = () => number;

/** A stream that can say where it is, so a saved simulation continues with the same draws. */
export type Stream = Random & { state(): StreamState };

/** Alea's whole internal state: three 32-bit-fraction registers and a carry. */
export interface StreamState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** Numbers per stream in a saved state (STREAM_FIELDS order). */
export const STREAM_FIELDS = ["c", "s0", "s1", "s2"] as const;

/**
 * The named streams a simulation draws from. Splitting by subsystem gives common random
 * numbers: changing the ranker moves only `ranking`, never the population or the graph.
 */
export type StreamName =
  | "population"
  | "graph"
  | "content"
  | "behaviour"
  | "ranking"
  | "sessions"
  | "metrics"
  | "inference"
  | "interventions";

/**
 * Alea, not seedrandom's default ARC4: measured here at 113 M draws/s against 19 M/s
 * (bench/rng-generators.mjs, docs/implementation-notes.md), with the same determinism.
 * The key joins seed, stream name and any sub-keys (a world, a creator) with "/".
 */
export function stream(seed: number, name: StreamName, ...keys: (string | number)[]): Stream {
  const key = [String(seed), name, ...keys.map(String)].join("/");
  return alea(key, { state: true }) as unknown as Stream;
}

/** A stream that continues from a state `Stream.state()` gave (seedrandom's own export). */
export function resumeStream(state: StreamState): Stream {
  return alea("", { state: { ...state } }) as unknown as Stream;
}

/** A whole number in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/**
 * Standard normal by Marsaglia's polar method: only log and sqrt, both reproducible across
 * engines (Box–Muller's cosine is not).
 */
export function randomNormal(random: Random): number {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * log(s)) / s);
  }
}

/** Gamma(shape, 1) by Marsaglia–Tsang, boosted for shape < 1; used for Dirichlet interests. */
export function randomGamma(random: Random, shape: number): number {
  if (shape < 1) return randomGamma(random, shape + 1) * pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = randomNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (log(u) < 0.5 * x * x + d - d * v + d * log(v)) return d * v;
  }
}

/** A uniformly random choice of k distinct whole numbers from [0, n), in ascending order. */
export function randomSubset(random: Random, n: number, k: number): Int32Array {
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(random, n - i);
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, k).sort();
}
