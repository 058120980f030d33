import type { ReactiveController, ReactiveControllerHost } from "lit";
import { describe, expect, it } from "vitest";
import { LessonRun } from "../../../src/ui/lessons/lesson-run.js";
import type { RunGroup } from "../../../src/ui/run-group.js";

interface FakeRun {
  status: string;
  metrics(): Promise<{ summary: Record<string, number> } | undefined>;
}

/** Two runs that finished an earlier run; reset waits for `release` like a worker would. */
function setup() {
  const controllers: ReactiveController[] = [];
  const host = {
    addController: (c: ReactiveController) => controllers.push(c),
    requestUpdate: () => {},
  } as unknown as ReactiveControllerHost;
  const gini = [0.5, 0.8];
  const runs: FakeRun[] = gini.map((giniVideos) => ({
    status: "finished",
    metrics: async () => ({ summary: { giniVideos } }),
  }));
  let release = () => {};
  const calls: string[] = [];
  const group = {
    runs,
    reset: () =>
      new Promise<void>((resolve) => {
        calls.push("reset");
        release = () => {
          for (const run of runs) run.status = "paused";
          resolve();
        };
      }),
    play: () => {
      calls.push("play");
      for (const run of runs) run.status = "playing";
    },
  } as unknown as RunGroup;
  const lesson = new LessonRun(host, group);
  const updated = async () => {
    for (const c of controllers) c.hostUpdated?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  /** Starts the lesson and lets the reset finish: the worlds are playing afterwards. */
  const playing = async () => {
    const started = lesson.start();
    release();
    await started;
  };
  return { lesson, runs, calls, updated, release: () => release(), playing };
}

describe("a lesson run", () => {
  it("plays both worlds from tick 0 and collects their summaries once both have finished", async () => {
    const { lesson, runs, calls, updated, release } = setup();
    const started = lesson.start();
    expect(lesson.phase).toBe("running");
    release();
    await started;
    expect(calls).toEqual(["reset", "play"]);
    runs[0].status = "finished";
    await updated();
    expect(lesson.phase).toBe("running");
    runs[1].status = "finished";
    await updated();
    expect(lesson.phase).toBe("done");
    expect(lesson.numbers).toEqual({ a: { giniVideos: 0.5 }, b: { giniVideos: 0.8 } });
  });

  it("does not take the previous run's finished worlds for this one's", async () => {
    const { lesson, updated } = setup();
    void lesson.start();
    await updated();
    expect(lesson.phase).toBe("running");
    expect(lesson.numbers).toBeUndefined();
  });

  it("ends without numbers when a world crashes", async () => {
    const { lesson, runs, updated, playing } = setup();
    await playing();
    runs[1].status = "crashed";
    await updated();
    expect(lesson.phase).toBe("ready");
    expect(lesson.numbers).toBeUndefined();
  });

  it("drops the numbers of a run stopped while they were being fetched", async () => {
    const { lesson, runs, updated, playing } = setup();
    await playing();
    for (const run of runs) run.status = "finished";
    lesson.hostUpdated();
    lesson.stop();
    await updated();
    expect(lesson.phase).toBe("ready");
    expect(lesson.numbers).toBeUndefined();
  });
});
