import { SingleBar } from "cli-progress";
import type { Io } from "../io.js";

/** Runs done, rate and ETA on a terminal; silent when stderr is not a TTY or with --quiet. */
export interface Progress {
  start(total: number): void;
  advance(): void;
  stop(): void;
}

const SILENT: Progress = { start() {}, advance() {}, stop() {} };

export function progressFor(io: Io, quiet: boolean): Progress {
  if (quiet || !io.terminal) return SILENT;
  const bar = new SingleBar({
    stream: io.terminal,
    format: "runs {bar} {value}/{total} | {rate} runs/s | ETA {eta_formatted}",
    hideCursor: false,
    etaBuffer: 50,
  });
  let started = 0;
  let done = 0;
  return {
    start(total) {
      started = performance.now();
      bar.start(total, 0, { rate: "–" });
    },
    advance() {
      done++;
      const seconds = (performance.now() - started) / 1000;
      bar.increment(1, { rate: seconds > 0 ? (done / seconds).toFixed(1) : "–" });
    },
    stop() {
      bar.stop();
    },
  };
}
