import type { EngineApi } from "../engine-host/engine-api.js";
import type { Connect, EngineConnection } from "./engine-connection.js";

export interface EngineCallsOptions {
  connect: Connect;
  /** A call unanswered for this long marks the engine as stalled (default 10 s). */
  stallMs?: number;
  /** The stall flag changed: the page redraws. */
  changed(): void;
  /** A call failed, or the worker reported a fault outside one; the worker is already ended. */
  crashed(error: unknown): void;
}

/**
 * One engine worker and the calls made to it, in order: each call waits for every earlier one,
 * so results come back in the order they were asked for; a call unanswered for `stallMs` flags
 * the engine as stalled until it answers; a failure anywhere ends the worker and is reported
 * once as a crash. The next call after `end` starts a new worker.
 */
export class EngineCalls {
  /** True while a call has gone unanswered for longer than `stallMs`: slow, or stuck. */
  stalled = false;
  private connection: EngineConnection | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: EngineCallsOptions) {}

  /** Runs `work` after every earlier call; undefined if it failed (a crash) or the worker was ended. */
  call<T>(work: (api: EngineApi) => Promise<T>): Promise<T | undefined> {
    const connection = this.connect();
    const run = this.queue.then(() =>
      connection === this.connection ? this.watched(connection, work(connection.api)) : undefined,
    );
    this.queue = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      if (connection === this.connection) this.fail(error);
      return undefined;
    });
  }

  /** Ends the worker; calls still queued for it do nothing. */
  end(): void {
    this.connection?.terminate();
    this.connection = undefined;
    this.stalled = false;
    this.queue = Promise.resolve();
  }

  private fail(error: unknown): void {
    this.end();
    this.options.crashed(error);
  }

  /** Flags the engine as stalled while `answer` is overdue; clears the flag when it comes. */
  private async watched<T>(connection: EngineConnection, answer: Promise<T>): Promise<T> {
    const timer = setTimeout(() => {
      if (connection !== this.connection) return;
      this.stalled = true;
      this.options.changed();
    }, this.options.stallMs ?? 10_000);
    try {
      return await answer;
    } finally {
      clearTimeout(timer);
      if (this.stalled && connection === this.connection) {
        this.stalled = false;
        this.options.changed();
      }
    }
  }

  private connect(): EngineConnection {
    if (this.connection) return this.connection;
    const connection = this.options.connect();
    connection.onFault((message) => {
      if (connection === this.connection) this.fail(new Error(message));
    });
    this.connection = connection;
    return connection;
  }
}
