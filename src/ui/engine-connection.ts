import { releaseProxy, wrap } from "comlink";
import type { EngineApi } from "../engine-host/engine-api.js";

/** A live engine: its API, a way to end it, and a way to hear that it failed outside a call. */
export interface EngineConnection {
  api: EngineApi;
  terminate(): void;
  onFault(listener: (message: string) => void): void;
}

export type Connect = () => EngineConnection;

/** Starts the engine in a module worker (its own file, so CSP's worker-src 'self' suffices). */
export function connectWorker(): EngineConnection {
  const worker = new Worker(new URL("../../workers/engine.worker.ts", import.meta.url), {
    type: "module",
    name: "likesim-engine",
  });
  const remote = wrap<EngineApi>(worker);
  return {
    api: remote,
    terminate() {
      remote[releaseProxy]();
      worker.terminate();
    },
    onFault(listener) {
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        listener(event.message || "the engine worker failed to start or threw outside a call");
      });
      worker.addEventListener("messageerror", () =>
        listener("the engine worker sent a message that could not be read"),
      );
    },
  };
}
