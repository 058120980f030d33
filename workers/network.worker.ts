/** The network view's painting worker: a shell that hands the page's messages to the painter. */
import { NetworkPainter, type PainterMessage } from "../src/ui/views/network-painter.js";

const painter = new NetworkPainter((message) => self.postMessage(message), {
  now: () => performance.now(),
  nextFrame: (callback) => requestAnimationFrame(() => callback()),
  later: (callback) => setTimeout(callback, 0),
});

self.onmessage = (event: MessageEvent<PainterMessage>) => painter.handle(event.data);
