/**
 * A part of a run split across threads (src/engine-host/split-run.ts): some of its worlds,
 * started by the engine worker as a nested worker. A comlink shell over the same part code
 * that the Node tests drive; measures, likes and states are fresh copies, so they are
 * transferred, not cloned.
 */
import "../src/scenario/zod-without-eval.js";
import { expose, transfer } from "comlink";
import { buffersOf } from "../src/engine-host/transferables.js";
import { createWorldPart, type WorldPartApi } from "../src/engine-host/world-part.js";

const part = createWorldPart();
const moved = <T>(value: T): T => transfer(value, buffersOf(value));

const api: WorldPartApi = {
  start: (setup) => part.start(setup),
  step: (ticks) => part.step(ticks),
  measure: async (costly, series) => moved(await part.measure(costly, series)),
  likes: async () => moved(await part.likes()),
  intervene: (changes) => part.intervene(changes),
  save: async () => moved(await part.save()),
};

expose(api);
