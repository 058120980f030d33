import { createSimulation, restoreSimulation, stateBytes } from "../src/engine/index.js";
import { defaultScenarioWith } from "./default-scenario.js";
import { median } from "./median.js";

/** Where save and restore are timed: the default scenario at `users`, after `ticks` ticks. */
export interface SaveRestoreSize {
  users: number;
  ticks: number;
  /** Timed repetitions of each operation (medians reported). */
  runs: number;
}

/** What saving, restoring and forking a run cost, beside what the run holds and one tick costs. */
export interface SaveRestoreFigures extends SaveRestoreSize {
  /** Bytes of the saved state's arrays, and of every typed array the run holds (`memoryBytes`). */
  stateBytes: number;
  memoryBytes: number;
  /** Median wall time of `sim.save()`, `restoreSimulation(state)` and `sim.fork()`, in ms. */
  saveMs: number;
  restoreMs: number;
  forkMs: number;
  /** Median wall time of one more tick of the run, in ms, to set the costs beside. */
  tickMs: number;
  /** Whether the restored run's next tick gave the original's summary (it must). */
  continuesExactly: boolean;
}

function timed<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

/**
 * Saves, restores and forks the default scenario at `users` after `ticks` ticks, `runs`
 * times each, and times a few ticks of the run for scale. Every copy is dropped before the
 * next, so memory holds at most the run, one state and one restored run.
 */
export function measureSaveRestore(size: SaveRestoreSize): SaveRestoreFigures {
  const sim = createSimulation(defaultScenarioWith(size.users), { seed: 1 });
  sim.step(size.ticks);
  const save: number[] = [];
  const restore: number[] = [];
  const fork: number[] = [];
  let bytes = 0;
  for (let i = 0; i < size.runs; i++) {
    const saved = timed(() => sim.save());
    save.push(saved.ms);
    bytes = stateBytes(saved.value);
    restore.push(timed(() => restoreSimulation(saved.value)).ms);
    fork.push(timed(() => sim.fork()).ms);
  }
  const restored = restoreSimulation(sim.save());
  const ticks: number[] = [];
  for (let i = 0; i < size.runs; i++) ticks.push(timed(() => sim.step(1)).ms);
  restored.step(size.runs);
  const [a, b] = [sim.metrics({ costly: false }), restored.metrics({ costly: false })];
  return {
    ...size,
    stateBytes: bytes,
    memoryBytes: sim.memoryBytes(),
    saveMs: median(save),
    restoreMs: median(restore),
    forkMs: median(fork),
    tickMs: median(ticks),
    continuesExactly: JSON.stringify(a.summary) === JSON.stringify(b.summary),
  };
}
