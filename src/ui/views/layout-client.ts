/** The main thread's side of the layout worker: one worker per view, created on first use. */
import { type Remote, transfer, wrap } from "comlink";
import type { LayoutInput, LayoutWorkerApi } from "./force-layout.js";

/** Computes positions (x0, y0, x1, y1, …) for a graph; the view's only way to get a layout. */
export type LayoutFunction = (input: LayoutInput) => Promise<Float32Array>;

/** A layout function backed by a worker, and a way to end that worker. */
export function createWorkerLayout(): { layout: LayoutFunction; terminate(): void } {
  let worker: Worker | undefined;
  let remote: Remote<LayoutWorkerApi> | undefined;
  return {
    layout(input) {
      if (!worker || !remote) {
        worker = new Worker(new URL("../../../workers/layout.worker.ts", import.meta.url), {
          type: "module",
        });
        remote = wrap<LayoutWorkerApi>(worker);
      }
      const edges = input.edges.slice();
      return remote.layout(transfer({ ...input, edges }, [edges.buffer]));
    },
    terminate() {
      worker?.terminate();
      worker = undefined;
      remote = undefined;
    },
  };
}
