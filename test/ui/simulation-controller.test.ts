import type { ReactiveController, ReactiveControllerHost } from "lit";
import { describe, expect, it } from "vitest";
import { createSimulation } from "../../src/engine/simulation.js";
import type { EngineApi } from "../../src/engine-host/engine-api.js";
import { createEngineHost } from "../../src/engine-host/engine-host.js";
import { parseScenario } from "../../src/scenario/validate.js";
import type { EngineConnection } from "../../src/ui/engine-connection.js";
import { FrameGate } from "../../src/ui/frame-gate.js";
import { SimulationController } from "../../src/ui/simulation-controller.js";

const tiny = { population: { users: 150 }, ticks: 12, seed: 4 };

/** A page stand-in: counts renders; frames run when the test says so. */
function harness(
  engine: () => EngineApi = () => createEngineHost(() => Promise.reject(new Error("no files"))),
  stallMs = 10_000,
) {
  const frames: (() => void)[] = [];
  const nextFrame = (callback: () => void) => frames.push(callback);
  let renders = 0;
  let time = 0;
  const host: ReactiveControllerHost = {
    addController: (_: ReactiveController) => {},
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
  const gate = new FrameGate(() => renders++, nextFrame);
  let faultListener: ((message: string) => void) | undefined;
  let connections = 0;
  let terminated = 0;
  const connect = (): EngineConnection => {
    connections++;
    return {
      api: engine(),
      terminate: () => terminated++,
      onFault: (listener) => (faultListener = listener),
    };
  };
  const controller = new SimulationController(host, {
    connect,
    gate,
    nextFrame,
    now: () => time,
    stallMs,
  });
  return {
    controller,
    renders: () => renders,
    /** Runs the frames queued so far, `ms` later than the last. */
    frame(ms = 16) {
      time += ms;
      for (const callback of frames.splice(0)) callback();
    },
    fault: (message: string) => faultListener?.(message),
    /** Queues a callback for the next frame, and reads the clock (for a second controller). */
    queue: (callback: () => void) => frames.push(callback),
    time: () => time,
    connections: () => connections,
    terminated: () => terminated,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the simulation controller", () => {
  it("loads a scenario paused at tick 0 and steps one tick at a time", async () => {
    const { controller } = harness();
    const result = await controller.load(tiny);
    expect(result?.ok).toBe(true);
    expect(controller.status).toBe("paused");
    await controller.step();
    await controller.step();
    expect(controller.tick).toBe(2);
    expect(controller.series.tick.length).toBe(2);
    expect(controller.race?.tick).toBe(2);
  });

  it("asks for one render per frame however many batches arrive", async () => {
    const page = harness();
    await page.controller.load(tiny);
    await page.controller.step();
    await page.controller.step();
    await page.controller.step();
    expect(page.renders()).toBe(0);
    page.frame();
    expect(page.renders()).toBe(1);
  });

  it("plays at the chosen speed and stops at the scenario's last tick", async () => {
    const page = harness();
    await page.controller.load(tiny);
    page.controller.ticksPerSecond = 60;
    page.controller.play();
    // 100 ms at 60 ticks/s owe 6 ticks; the first frame only starts the clock.
    await settle();
    page.frame(100);
    await settle();
    expect(page.controller.tick).toBe(6);
    for (let i = 0; i < 10 && page.controller.status === "playing"; i++) {
      page.frame(100);
      await settle();
    }
    expect(page.controller.status).toBe("finished");
    expect(page.controller.tick).toBe(12);
  });

  it("ends up with the same series as the engine run directly, whatever the batches", async () => {
    const page = harness();
    await page.controller.load(tiny);
    page.controller.ticksPerSecond = 1000;
    page.controller.play();
    for (let i = 0; i < 20 && page.controller.status === "playing"; i++) {
      page.frame(7 + (i % 3) * 5);
      await settle();
    }
    const direct = createSimulation(parseScenario(tiny));
    direct.step(12);
    expect(Array.from(page.controller.series.likes)).toEqual(
      Array.from(direct.metrics().series[0].likes),
    );
    expect(page.controller.summary).toEqual(
      direct.metrics({ costly: direct.tick >= direct.scenario.ticks }).summary,
    );
  });

  it("keeps the current run when a new scenario is refused", async () => {
    const { controller } = harness();
    await controller.load(tiny);
    await controller.step();
    const result = await controller.load({ population: { users: 0 } });
    expect(result).toMatchObject({
      ok: false,
      problems: ["population.users: got 0; allowed: ≥ 2"],
    });
    expect(controller.tick).toBe(1);
    await controller.step();
    expect(controller.tick).toBe(2);
  });

  it("resets to tick 0 with the same numbers", async () => {
    const { controller } = harness();
    await controller.load(tiny);
    await controller.step();
    const first = controller.summary;
    await controller.reset();
    expect(controller.tick).toBe(0);
    await controller.step();
    expect(controller.summary).toEqual(first);
  });

  it("reports a call that throws as a crash, ends the worker, and restarts on request", async () => {
    let calls = 0;
    const page = harness(() => {
      const host = createEngineHost(() => Promise.reject(new Error("no files")));
      return {
        ...host,
        // Call 1 draws tick 0 on load, call 2 is the first step, call 3 the second.
        advance: (n) => (++calls === 3 ? Promise.reject(new Error("kaboom")) : host.advance(n)),
      };
    });
    await page.controller.load(tiny);
    await page.controller.step();
    await page.controller.step();
    expect(page.controller.status).toBe("crashed");
    expect(page.controller.fault).toBe("kaboom");
    expect(page.terminated()).toBe(1);
    await page.controller.restart();
    expect(page.connections()).toBe(2);
    expect(page.controller).toMatchObject({ status: "paused", tick: 0, fault: undefined });
    await page.controller.step();
    expect(page.controller.tick).toBe(1);
  });

  it("flags an engine that does not answer, and a restart replaces it", async () => {
    let hang = false;
    const page = harness(() => {
      const host = createEngineHost(() => Promise.reject(new Error("no files")));
      return { ...host, advance: (n) => (hang ? new Promise(() => {}) : host.advance(n)) };
    }, 30);
    await page.controller.load(tiny);
    hang = true;
    void page.controller.step();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(page.controller.stalled).toBe(true);
    hang = false;
    await page.controller.restart();
    expect(page.terminated()).toBe(1);
    expect(page.controller).toMatchObject({ stalled: false, status: "paused", tick: 0 });
    await page.controller.step();
    expect(page.controller.tick).toBe(1);
  });

  it("clears the stall flag when a slow answer comes", async () => {
    const page = harness(() => {
      const host = createEngineHost(() => Promise.reject(new Error("no files")));
      return {
        ...host,
        advance: async (n) => {
          await new Promise((resolve) => setTimeout(resolve, 60));
          return host.advance(n);
        },
      };
    }, 20);
    await page.controller.load(tiny);
    const stepped = page.controller.step();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(page.controller.stalled).toBe(true);
    await stepped;
    expect([page.controller.stalled, page.controller.tick]).toEqual([false, 1]);
  });

  it("reports a worker that fails outside any call", async () => {
    const page = harness();
    await page.controller.load(tiny);
    page.fault("the worker script failed to load");
    expect(page.controller.status).toBe("crashed");
    expect(page.controller.fault).toBe("the worker script failed to load");
  });
});

describe("the world before Play", () => {
  it("is there as soon as a scenario loads: tick 0, its feed, and the network once a view asks", async () => {
    const { controller } = harness();
    await controller.load(tiny);
    expect(controller.tick).toBe(0);
    expect(controller.race).toMatchObject({ tick: 0, entries: [] });
    controller.watchNetwork(100, true);
    await controller.metrics();
    expect(controller.networkFrame?.topology?.users).toHaveLength(100);
    expect(controller.networkFrame?.edges).toBeDefined();
  });
});

describe("the spotlight", () => {
  it("follows a video from the race, with its history, and lets it go on null", async () => {
    const scenario = { population: { users: 300 }, ticks: 30, seed: 8 };
    const { controller } = harness();
    await controller.load(scenario);
    for (let i = 0; i < 10; i++) await controller.step();
    const video = controller.race!.entries[0].video;
    await controller.pick({ video });
    expect(controller.spotlight).toMatchObject({ video, place: 1 });
    expect(controller.spotlight!.track.likes.at(-1)).toBe(controller.race!.entries[0].likes);
    await controller.step();
    expect(controller.spotlight?.video).toBe(video);
    // The spotlight reads the run; it does not change it.
    const plain = createSimulation(parseScenario(scenario));
    plain.step(11);
    expect(controller.summary).toEqual(plain.metrics({ costly: false }).summary);
    await controller.pick(null);
    expect(controller.spotlight).toBeUndefined();
  });

  it("forgets the video on a new run", async () => {
    const { controller } = harness();
    await controller.load(tiny);
    await controller.pick({ video: 0 });
    expect(controller.spotlight?.video).toBe(0);
    await controller.reset();
    expect(controller.spotlight).toBeUndefined();
  });
});

describe("worlds played side by side", () => {
  it("keep in step: a run never plays more than one tick past its pace", async () => {
    const page = harness();
    let limit = 3;
    const paced = new SimulationController(
      {
        addController: () => {},
        removeController: () => {},
        requestUpdate: () => {},
        updateComplete: Promise.resolve(true),
      },
      {
        connect: () => ({
          api: createEngineHost(() => Promise.reject(new Error("no files"))),
          terminate: () => {},
          onFault: () => {},
        }),
        gate: new FrameGate(
          () => {},
          (callback) => page.queue(callback),
        ),
        nextFrame: (callback) => page.queue(callback),
        now: () => page.time(),
        pace: () => limit,
      },
    );
    await paced.load(tiny);
    paced.ticksPerSecond = 1000;
    paced.play();
    for (let i = 0; i < 10; i++) {
      page.frame(50);
      await settle();
    }
    expect(paced.tick).toBe(3);
    limit = 7;
    for (let i = 0; i < 10; i++) {
      page.frame(50);
      await settle();
    }
    expect(paced.tick).toBe(7);
  });
});

/**
 * A run playing at 60 ticks a second whose next batch is still in the worker (a long tick):
 * `landInFlight` lets it answer.
 */
async function playingWithBatchInFlight() {
  let gate: Promise<void> | undefined;
  let open: () => void = () => {};
  const page = harness(() => {
    const host = createEngineHost(() => Promise.reject(new Error("no files")));
    return {
      ...host,
      advance: async (request) => {
        const frame = await host.advance(request);
        if (gate) await gate;
        return frame;
      },
    };
  });
  await page.controller.load({ ...tiny, ticks: 100 });
  page.controller.ticksPerSecond = 60;
  page.controller.play();
  page.frame(100);
  await settle();
  const shown = page.controller.tick;
  gate = new Promise<void>((resolve) => (open = resolve));
  page.frame(100);
  await settle();
  const landInFlight = () => {
    open();
    gate = undefined;
  };
  return { page: { ...page, landInFlight }, shown };
}

describe("pausing", () => {
  it("runs no batch of the play loop that was still queued behind another call", async () => {
    let release: () => void = () => {};
    const page = harness(() => {
      const host = createEngineHost(() => Promise.reject(new Error("no files")));
      return {
        ...host,
        // Reading the whole run's metrics (an export, say) keeps the worker busy a while.
        metrics: async () => {
          await new Promise<void>((resolve) => (release = resolve));
          return host.metrics();
        },
      };
    });
    await page.controller.load({ ...tiny, ticks: 100 });
    page.controller.ticksPerSecond = 60;
    page.controller.play();
    page.frame(100);
    await settle();
    const before = page.controller.tick;
    expect(before).toBeGreaterThan(0);
    const metrics = page.controller.metrics();
    // The play loop asks for its next batch, which queues behind the metrics.
    page.frame(100);
    await settle();
    page.controller.pause();
    release();
    await metrics;
    for (let i = 0; i < 5; i++) {
      page.frame(100);
      await settle();
    }
    expect(page.controller.status).toBe("paused");
    expect(page.controller.tick).toBe(before);
  });

  it("holds a batch that lands after Pause: the view stays at the click's tick; Step shows it", async () => {
    const { page, shown } = await playingWithBatchInFlight();
    page.controller.pause();
    await page.landInFlight();
    for (let i = 0; i < 5; i++) {
      page.frame(100);
      await settle();
    }
    expect(page.controller.status).toBe("paused");
    expect(page.controller.tick).toBe(shown);
    await page.controller.step();
    const stepped = page.controller.tick;
    expect(stepped).toBeGreaterThan(shown);
    // The held batch was the step: nothing more was computed, and the rows are all there.
    expect(page.controller.series.tick.length).toBe(stepped);
    await page.controller.step();
    expect(page.controller.tick).toBe(stepped + 1);
    const direct = createSimulation(parseScenario({ ...tiny, ticks: 100 }));
    direct.step(stepped + 1);
    expect([...page.controller.series.likes]).toEqual([...direct.metrics().series[0].likes]);
  });

  it("shows a late batch that only catches up with the furthest world shown", async () => {
    const { page, shown } = await playingWithBatchInFlight();
    // Another world on the page already shows a tick this batch does not pass.
    page.controller.pause(shown + 1000);
    await page.landInFlight();
    for (let i = 0; i < 5; i++) {
      page.frame(100);
      await settle();
    }
    expect(page.controller.status).toBe("paused");
    expect(page.controller.tick).toBeGreaterThan(shown);
  });
});
