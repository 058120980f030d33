/** The network view's layout worker: the force-layout kernel behind comlink, off the main thread. */
import { expose, transfer } from "comlink";
import { forceLayout, type LayoutWorkerApi } from "../src/ui/views/force-layout.js";

const api: LayoutWorkerApi = {
  layout(input) {
    const positions = forceLayout(input);
    return transfer(positions, [positions.buffer]);
  },
};

expose(api);
