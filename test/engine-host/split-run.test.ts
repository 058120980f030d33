import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AdvanceRequest, EngineApi } from "../../src/engine-host/engine-api.js";
import { createEngineHost } from "../../src/engine-host/engine-host.js";
import type { PartConnection, StartPart } from "../../src/engine-host/split-run.js";
import { createWorldPart, type WorldPartApi } from "../../src/engine-host/world-part.js";

const musiclab = JSON.parse(
  readFileSync(new URL("../../scenarios/musiclab.json", import.meta.url), "utf8"),
);

function noFiles(path: string): Promise<string> {
  return Promise.reject(new Error(`no file ${path}`));
}

/** Parts in this thread (the same code the world worker runs), counting the ones ended. */
function inProcessParts(wrap: (api: WorldPartApi) => WorldPartApi = (api) => api) {
  const started: PartConnection[] = [];
  let ended = 0;
  const start: StartPart = () => {
    const part = { api: wrap(createWorldPart()), terminate: () => void ended++ };
    started.push(part);
    return part;
  };
  return {
    start,
    get started() {
      return started.length;
    },
    get ended() {
      return ended;
    },
  };
}

/** The same batches asked of a host, every frame kept. */
async function play(host: EngineApi, batches: AdvanceRequest[]) {
  const frames = [];
  for (const request of batches) frames.push(await host.advance(request));
  return frames;
}

const BATCHES: AdvanceRequest[] = [
  { ticks: 0, fresh: true, charts: true },
  { ticks: 7, fresh: true },
  { ticks: 11, fresh: true, charts: true, network: 50 },
  { ticks: 5 },
  { ticks: 100, fresh: true, charts: true },
];

describe("a run of several worlds split across workers", () => {
  it("gives every frame the run gives in one piece: rows, summary, charts, the worlds side by side", async () => {
    const parts = inProcessParts();
    const split = createEngineHost(noFiles, () => 0, parts.start);
    const whole = createEngineHost(noFiles, () => 0);
    const options = { seed: 3, threads: 3 };
    expect(await split.init(musiclab, options)).toMatchObject({ ok: true, seed: 3 });
    expect(await whole.init(musiclab, options)).toMatchObject({ ok: true, seed: 3 });
    expect(parts.started).toBe(2);
    const frames = await play(split, BATCHES);
    expect(frames).toEqual(await play(whole, BATCHES));
    const last = frames.at(-1)!;
    expect(last.tick).toBe(musiclab.ticks);
    expect(last.charts?.worlds?.likes).toHaveLength(8);
    expect(Number.isFinite(last.summary?.unpredictability)).toBe(true);
    expect(await split.metrics()).toEqual(await whole.metrics());
  });

  it("keeps every world at one tick when a batch stops at its time budget", async () => {
    let time = 0;
    const clock = () => (time += 0.5);
    const split = createEngineHost(noFiles, clock, inProcessParts().start);
    await split.init(musiclab, { seed: 4, threads: 2 });
    const frame = await split.advance({ ticks: 60, budgetMs: 4, fresh: true });
    expect(frame.tick).toBeGreaterThan(0);
    expect(frame.tick).toBeLessThan(60);
    const whole = createEngineHost(noFiles, () => 0);
    await whole.init(musiclab, { seed: 4 });
    const same = await whole.advance({ ticks: frame.tick, fresh: true });
    expect(frame.summary).toEqual(same.summary);
    expect(await split.metrics()).toEqual(await whole.metrics());
  });

  it("forks from the current tick and from earlier ones with the whole run's state", async () => {
    const split = createEngineHost(noFiles, () => 0, inProcessParts().start);
    const whole = createEngineHost(noFiles, () => 0);
    for (const host of [split, whole]) {
      await host.init(musiclab, { seed: 5, threads: 4 });
      await host.advance({ ticks: 30 });
    }
    for (const tick of [30, 12, 0]) {
      const state = await split.stateAt(tick);
      expect(state.sim.worlds).toHaveLength(8);
      expect(state).toEqual(await whole.stateAt(tick));
    }
    await expect(split.stateAt(31)).rejects.toThrow(/tick: got 31; allowed: a tick played/);
  });

  it("applies a change mid-run to every world, and refuses a bad one in none", async () => {
    const split = createEngineHost(noFiles, () => 0, inProcessParts().start);
    const whole = createEngineHost(noFiles, () => 0);
    const change = [{ do: "setBehaviour" as const, weight: "socialProof" as const, value: 3 }];
    for (const host of [split, whole]) {
      await host.init(musiclab, { seed: 6, threads: 2 });
      await host.advance({ ticks: 20 });
      expect(await host.intervene(change)).toEqual({ ok: true, tick: 20 });
      const refused = await host.intervene([{ do: "removeVideo", video: 999 }] as never);
      expect(refused.ok).toBe(false);
    }
    expect(await play(split, [{ ticks: 50, fresh: true }])).toEqual(
      await play(whole, [{ ticks: 50, fresh: true }]),
    );
    expect(await split.metrics()).toEqual(await whole.metrics());
    await expect(split.stateAt(10)).rejects.toThrow(/changed mid-run/);
  });

  it("sends the network file the engine worker read to every part, which reads no file itself", async () => {
    const ring = Array.from({ length: 300 }, (_, i) => `${i} ${(i + 1) % 300}`).join("\n");
    const asked: string[] = [];
    const readText = async (path: string) => {
      asked.push(path);
      return ring;
    };
    const scenario = {
      population: { users: 200 },
      ticks: 20,
      worlds: 3,
      graph: { kind: "file", path: "networks/ring.txt" },
    };
    const split = createEngineHost(readText, () => 0, inProcessParts().start);
    const whole = createEngineHost(readText, () => 0);
    expect(await split.init(scenario, { seed: 2, threads: 3 })).toMatchObject({
      ok: true,
      workers: 3,
      network: { nodes: 300, sampledTo: 200 },
    });
    await whole.init(scenario, { seed: 2 });
    expect(asked).toEqual(["networks/ring.txt", "networks/ring.txt"]);
    const batches: AdvanceRequest[] = [{ ticks: 20, fresh: true, network: 100 }];
    expect(await play(split, batches)).toEqual(await play(whole, batches));
    expect(await split.metrics()).toEqual(await whole.metrics());
  });

  it("ends the parts' workers when a new scenario replaces the run; forks and one-world runs are not split", async () => {
    const parts = inProcessParts();
    const host = createEngineHost(noFiles, () => 0, parts.start);
    await host.init(musiclab, { seed: 1, threads: 8 });
    expect([parts.started, parts.ended]).toEqual([7, 0]);
    await host.advance({ ticks: 10 });
    const state = await host.stateAt(10);
    await host.init(musiclab, { seed: 1, threads: 8, resume: state });
    await host.init(musiclab, { seed: 1, threads: 8, branch: { tick: 5, changes: [] } });
    await host.init({ ...musiclab, worlds: 1 }, { seed: 1, threads: 8 });
    expect([parts.started, parts.ended]).toEqual([7, 7]);
  });

  it("reports a part that fails as the engine's error, and a part that cannot start as the run's problem", async () => {
    const failing = (call: "start" | "step") =>
      inProcessParts((api) => ({
        ...api,
        [call]: () => Promise.reject(new Error("a world worker failed: out of memory")),
      }));
    const atStart = failing("start");
    const host = createEngineHost(noFiles, () => 0, atStart.start);
    const result = await host.init(musiclab, { threads: 2 });
    expect(result).toEqual({
      ok: false,
      source: "scenario",
      problems: ["a world worker failed: out of memory"],
    });
    expect(atStart.ended).toBe(1);
    const later = createEngineHost(noFiles, () => 0, failing("step").start);
    await later.init(musiclab, { threads: 2 });
    await expect(later.advance({ ticks: 3 })).rejects.toThrow(/world worker failed/);
  });
});
