import { parentPort } from "node:worker_threads";
import { type RunTask, runTask, runWorlds } from "./run-task.js";
import type { WorkerReply } from "./worker-pool.js";

// The batch worker thread: a thin shell around the same kernel the CLI runs inline: a whole
// run, or the part of a run's worlds the task names.
parentPort!.on("message", (task: RunTask) => {
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    if (task.worlds) {
      const part = runWorlds(task);
      for (const world of part.worlds) {
        transfer.push(world.creatorLikes.buffer as ArrayBuffer);
        for (const column of Object.values(world.series ?? {}))
          transfer.push(column.buffer as ArrayBuffer);
      }
      reply = { id: task.id, result: part };
    } else {
      const outcome = runTask(task);
      for (const world of outcome.series ?? []) {
        for (const column of Object.values(world)) transfer.push(column.buffer as ArrayBuffer);
      }
      reply = { id: task.id, result: outcome };
    }
  } catch (error) {
    const { name, message, stack } = error as Error;
    reply = { id: task.id, error: { name, message, stack } };
  }
  parentPort!.postMessage(reply, transfer);
});
