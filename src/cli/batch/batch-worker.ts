import { parentPort } from "node:worker_threads";
import { type RunTask, runWorlds } from "./run-task.js";
import type { WorkerReply } from "./worker-pool.js";

// The batch worker thread: a thin shell around the same kernel the CLI runs inline.
parentPort!.on("message", (task: RunTask) => {
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const outcome = runWorlds(task);
    for (const world of outcome.worlds) {
      transfer.push(world.creatorLikes.buffer as ArrayBuffer);
      for (const column of Object.values(world.series ?? {}))
        transfer.push(column.buffer as ArrayBuffer);
    }
    reply = { id: task.id, outcome };
  } catch (error) {
    const { name, message, stack } = error as Error;
    reply = { id: task.id, error: { name, message, stack } };
  }
  parentPort!.postMessage(reply, transfer);
});
