/**
 * The browser's engine worker: a comlink shell over the same engine host that the Node tests
 * drive directly. Results whose arrays are fresh copies are transferred, not cloned.
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
  advance: async (ticks) => {
    const progress = await host.advance(ticks);
    return transfer(progress, buffersOf(progress));
  },
  snapshot: async (options) => {
    const snapshot = await host.snapshot(options);
    return transfer(snapshot, buffersOf(snapshot));
  },
  // The full metrics may share buffers with the live run, so they are cloned.
  metrics: () => host.metrics(),
  follow: (video) => host.follow(video),
};

expose(api);
