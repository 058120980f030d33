/**
 * The browser's engine worker: a comlink shell over the same engine host that the Node tests
 * drive directly. Frames, whose arrays are all fresh copies, are transferred, not cloned. A
 * run of several worlds may start world workers of its own (nested workers) for some of them.
 */
import "../src/scenario/zod-without-eval.js";
import { expose, transfer, wrap } from "comlink";
import type { EngineApi } from "../src/engine-host/engine-api.js";
import { createEngineHost } from "../src/engine-host/engine-host.js";
import type { PartConnection } from "../src/engine-host/split-run.js";
import { buffersOf } from "../src/engine-host/transferables.js";
import type { WorldPartApi } from "../src/engine-host/world-part.js";

/** Network files live under public/; paths are resolved against the app's own origin only. */
async function readText(path: string): Promise<string> {
  const url = new URL(import.meta.env.BASE_URL + path, self.location.origin);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
  return response.text();
}

const PART_CALLS = ["start", "step", "measure", "likes", "intervene", "save"] as const;

/**
 * A world worker whose calls fail, rather than wait forever, once the worker has failed: the
 * engine's call then fails and the page shows the error.
 */
function startPart(): PartConnection {
  const worker = new Worker(new URL("./world.worker.ts", import.meta.url), {
    type: "module",
    name: "likesim-worlds",
  });
  const remote = wrap<WorldPartApi>(worker);
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      reject(new Error(`a world worker failed: ${event.message || "it could not start"}`));
    });
    worker.addEventListener("messageerror", () =>
      reject(new Error("a world worker sent a message that could not be read")),
    );
  });
  failed.catch(() => undefined);
  const api = Object.fromEntries(
    PART_CALLS.map((name) => [
      name,
      (...args: unknown[]) =>
        Promise.race([(remote[name] as (...a: unknown[]) => Promise<unknown>)(...args), failed]),
    ]),
  ) as unknown as WorldPartApi;
  return { api, terminate: () => worker.terminate() };
}

const host = createEngineHost(readText, undefined, startPart);

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
