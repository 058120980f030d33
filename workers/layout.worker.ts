/** The network view's layout worker: the force-layout kernel behind comlink, off the main thread. */
import { expose, transfer } from "comlink";
import { forceLayout, type LayoutInput } from "../src/ui/views/force-layout.js";

const api = {
  layout(input: LayoutInput): Float32Array {
    const positions = forceLayout(input);
    return transfer(positions, [positions.buffer]);
  },
};

export type LayoutWorkerApi = typeof api;

expose(api);
