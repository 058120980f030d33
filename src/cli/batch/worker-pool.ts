import { Worker, type WorkerOptions } from "node:worker_threads";
import type { Executor } from "./executor.js";
import type { RunOutcome, RunTask, WorldsOutcome } from "./run-task.js";
import { splitRunner } from "./world-parts.js";

/** What the batch worker (batch-worker.ts) sends back: a whole run's outcome, or a part's. */
export type WorkerReply =
  | { id: number; result: RunOutcome | WorldsOutcome }
  | { id: number; error: { name: string; message: string; stack?: string } };

/**
 * How a worker thread starts. The compiled package (lib/) runs lib/cli/batch/batch-worker.js
 * as it is. From the TypeScript sources (tests, `npm run bench`) the pool is itself a .ts
 * file, and Node 20 does not pass module hooks on to worker threads, so each worker first
 * registers tsx (a devDependency, never loaded by the compiled package) and then imports the
 * .ts entry.
 */
function workerStart(): { source: string | URL; options: WorkerOptions } {
  const fromSources = import.meta.url.endsWith(".ts");
  const entry = new URL(`./batch-worker.${fromSources ? "ts" : "js"}`, import.meta.url);
  if (!fromSources) return { source: entry, options: {} };
  const bootstrap = `
const { workerData } = require("node:worker_threads");
import(workerData.tsxApi).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;
  return {
    source: bootstrap,
    options: {
      eval: true,
      workerData: { tsxApi: import.meta.resolve("tsx/esm/api"), entry: entry.href },
    },
  };
}

function revive(error: { name: string; message: string; stack?: string }): Error {
  const revived = new Error(error.message);
  revived.name = error.name;
  if (error.stack) revived.stack = error.stack;
  return revived;
}

interface Pending {
  resolve(result: RunOutcome | WorldsOutcome): void;
  reject(error: Error): void;
}

/** A pool of `size` worker threads, each running one task at a time. */
export function workerPool(size: number): Executor {
  const idle: Worker[] = [];
  const queue: { task: RunTask; pending: Pending }[] = [];
  const busy = new Map<Worker, Pending>();
  let failure: Error | undefined;
  let closing = false;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const { task, pending } = queue.shift()!;
      busy.set(worker, pending);
      worker.postMessage(task);
    }
  };

  const fail = (error: Error) => {
    failure ??= error;
    for (const pending of busy.values()) pending.reject(error);
    busy.clear();
    for (const { pending } of queue.splice(0)) pending.reject(error);
  };

  const start = workerStart();
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(start.source, start.options);
    worker.on("message", (reply: WorkerReply) => {
      const pending = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (pending) {
        if ("result" in reply) pending.resolve(reply.result);
        else pending.reject(revive(reply.error));
      }
      dispatch();
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (!closing) fail(new Error(`a batch worker stopped unexpectedly (exit code ${code})`));
    });
    idle.push(worker);
    return worker;
  });

  const post = <T extends RunOutcome | WorldsOutcome>(task: RunTask) => {
    if (failure) return Promise.reject(failure);
    return new Promise<T>((resolve, reject) => {
      queue.push({ task, pending: { resolve: resolve as Pending["resolve"], reject } });
      dispatch();
    });
  };
  return {
    slots: size,
    run: splitRunner(post<RunOutcome>, post<WorldsOutcome>),
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
