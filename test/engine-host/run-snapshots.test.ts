import { describe, expect, it } from "vitest";
import { createEngineHost } from "../../src/engine-host/engine-host.js";
import { MAX_SNAPSHOTS, RunSnapshots } from "../../src/engine-host/run-snapshots.js";

const noFiles = (path: string) => Promise.reject(new Error(`no file ${path}`));

/** Plays a store over `ticks` ticks, each snapshot weighing `bytes`. */
function played(ticks: number, bytes: number, budget?: number) {
  const store = new RunSnapshots<number>(ticks, budget);
  for (let tick = 0; tick <= ticks; tick++) if (store.due(tick)) store.keep(tick, bytes, tick);
  return store;
}

describe("the snapshots a run keeps for forks", () => {
  it("spreads a run over at most MAX_SNAPSHOTS, its start and end included, without thinning", () => {
    const figures = played(240, 1000).figures();
    expect(figures.ticks).toHaveLength(MAX_SNAPSHOTS);
    expect(figures.ticks[0]).toBe(0);
    expect(figures.ticks.at(-1)).toBe(240);
    expect(figures.every).toBe(16);
    expect(figures.bytes).toBe(MAX_SNAPSHOTS * 1000);
  });

  it("thins older snapshots first when a run is longer than planned or the memory budget binds", () => {
    const store = new RunSnapshots<number>(60, 10_000, 8);
    for (let tick = 0; tick <= 400; tick++) if (store.due(tick)) store.keep(tick, 1000, tick);
    const { ticks, bytes } = store.figures();
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(bytes).toBeLessThanOrEqual(10_000);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBe(Math.floor(400 / store.every) * store.every);
    const gaps = ticks.slice(1).map((tick, i) => tick - ticks[i]);
    // The recent past stays densest: the last gap is one interval, the older half is sparser.
    const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
    const half = Math.floor(gaps.length / 2);
    expect(gaps.at(-1)).toBe(store.every);
    expect(mean(gaps.slice(0, half))).toBeGreaterThan(2 * mean(gaps.slice(half)));
    const tight = played(240, 5000, 12_000).figures();
    expect(tight.ticks).toHaveLength(2);
    expect(tight.ticks).toEqual([0, 240]);
  });

  it("finds the nearest snapshot at or before a tick", () => {
    const store = played(240, 1);
    expect(store.nearest(0)?.tick).toBe(0);
    expect(store.nearest(47)?.tick).toBe(32);
    expect(store.nearest(48)?.tick).toBe(48);
    expect(store.nearest(1000)?.tick).toBe(240);
  });
});

describe("a fork's futures started from a snapshot", () => {
  const scenario = { population: { users: 300 }, ticks: 40, seed: 8, feed: { ranker: "for-you" } };
  const request = { network: 200, charts: true, fresh: true };

  it("equal the run played straight through: its numbers and every view, from a tick between snapshots", async () => {
    const page = createEngineHost(noFiles);
    await page.init(scenario);
    const played = await page.advance({ ticks: 33, network: 200 });
    expect(played.snapshots?.ticks).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33]);
    const state = await page.stateAt(20);
    expect(state.sim.worlds.length).toBe(1);
    const resumed = createEngineHost(noFiles);
    const started = await resumed.init(scenario, {
      resume: state,
      branch: { tick: 20, changes: [] },
    });
    expect(started).toMatchObject({ ok: true, branch: { tick: 20 } });
    await resumed.spotlight({ video: 3 });
    const straight = createEngineHost(noFiles);
    await straight.init(scenario);
    await straight.advance({ ticks: 20 });
    await straight.spotlight({ video: 3 });
    const [a, b] = [
      await resumed.advance({ ticks: 20, ...request }),
      await straight.advance({ ticks: 20, ...request }),
    ];
    expect(a.tick).toBe(40);
    expect(a.summary).toEqual(b.summary);
    // The resumed run had reported nothing: its first frame brings every row from tick 0.
    expect([a.fromTick, a.rows.tick.length]).toEqual([0, 40]);
    expect([a.race, a.charts, a.spotlight]).toEqual([b.race, b.charts, b.spotlight]);
    expect(a.network?.liked).toEqual(b.network?.liked);
    expect(await resumed.metrics()).toEqual(await straight.metrics());
    // The kept snapshots are untouched by the replay: the same state comes again.
    expect(await page.stateAt(20)).toEqual(state);
  });

  it("refuses a state of another run, and a tick not played", async () => {
    const page = createEngineHost(noFiles);
    await page.init(scenario);
    await page.advance({ ticks: 10 });
    await expect(page.stateAt(11)).rejects.toThrow(/allowed: a tick played, from 0 to 10/);
    const state = await page.stateAt(5);
    const other = await createEngineHost(noFiles).init({ ...scenario, seed: 9 }, { resume: state });
    expect(other).toMatchObject({ ok: false });
    if (!other.ok) expect(other.problems[0]).toMatch(/resume: the state is of another run/);
  });
});
