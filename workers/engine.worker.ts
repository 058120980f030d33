/**
 * The browser's engine worker: a comlink shell over the same engine host that the Node tests
 * drive directly. Frames, whose arrays are all fresh copies, are transferred, not cloned.
 */
import "../src/scenario/zod-without-eval.js";
import { expose, transfer } from "comlink";
import type { EngineApi } from "../src/engine-host/engine-api.js";
import { createEngineHost } from "../src/engine-host/engine-host.js";
import { buffersOf } from "../src/engine-host/transferables.js";

/** Network files live under public/; paths are resolved against the app's own origin only. */
async function readText(path: string): Promise<string> {
  const url = new URL(import.meta.env.BASE_URL + path, self.location.origin);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
  return response.text();
}

const host = createEngineHost(readText);

const api: EngineApi = {
  init: (scenarioInput, options) => host.init(scenarioInput, options),
  advance: async (request) => {
    const frame = await host.advance(request);
    return transfer(frame, buffersOf(frame));
  },
  spotlight: (pick) => host.spotlight(pick),
  // The full metrics may share buffers with the live run, so they are cloned.
  metrics: () => host.metrics(),
  intervene: (changes) => host.intervene(changes),
  // Cloned, not transferred: a sample of the views' history is shared with the kept snapshots.
  stateAt: (tick) => host.stateAt(tick),
};

expose(api);
