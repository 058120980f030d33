import { describe, expect, it } from "vitest";
import { createSimulation } from "../../src/engine/simulation.js";
import { SERIES_COLUMNS } from "../../src/engine/types.js";
import { createEngineHost } from "../../src/engine-host/engine-host.js";
import { parseScenario } from "../../src/scenario/validate.js";

const tiny = { population: { users: 200 }, ticks: 30, seed: 5 };

function noFiles(path: string): Promise<string> {
  return Promise.reject(new Error(`no file ${path}`));
}

describe("the engine host behind the worker", () => {
  it("starts a valid scenario and reports it with defaults filled in", async () => {
    const host = createEngineHost(noFiles);
    const result = await host.init(tiny, { overrides: ["feed.ranker=random"] });
    expect(result).toMatchObject({ ok: true, seed: 5 });
    if (result.ok) expect(result.scenario.feed.ranker).toBe("random");
  });

  it("refuses an invalid scenario with problems that name the field", async () => {
    const host = createEngineHost(noFiles);
    const result = await host.init({ population: { users: 1 } }, { source: "x.json" });
    expect(result).toEqual({
      ok: false,
      source: "x.json",
      problems: ["population.users: got 1; allowed: ≥ 2"],
    });
  });

  it("refuses an override that names no field", async () => {
    const result = await createEngineHost(noFiles).init(tiny, { overrides: ["feed.rank=x"] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/unknown field feed\.rank/);
  });

  it("keeps the running scenario when a new one is refused", async () => {
    const host = createEngineHost(noFiles);
    await host.init(tiny);
    await host.advance({ ticks: 3 });
    await host.init({ ticks: -1 });
    expect((await host.advance({ ticks: 2 })).tick).toBe(5);
  });

  it("returns each batch's rows once, equal to the run's own series", async () => {
    const host = createEngineHost(noFiles);
    await host.init(tiny);
    const first = await host.advance({ ticks: 4, fresh: true });
    const second = await host.advance({ ticks: 3, fresh: true });
    expect([first.fromTick, first.tick, second.fromTick, second.tick]).toEqual([0, 4, 4, 7]);
    const direct = createSimulation(parseScenario(tiny));
    direct.step(7);
    const series = direct.metrics().series[0];
    for (const column of SERIES_COLUMNS) {
      expect([...first.rows[column], ...second.rows[column]]).toEqual([...series[column]]);
    }
    expect(second.summary).toEqual(
      direct.metrics({ costly: direct.tick >= direct.scenario.ticks }).summary,
    );
  });

  it("reads the metrics at most every 200 ms of its clock while playing, then sends the rows in between", async () => {
    let time = 0;
    const host = createEngineHost(noFiles, () => time);
    await host.init(tiny);
    const first = await host.advance({ ticks: 2 });
    time += 50;
    const skipped = await host.advance({ ticks: 3 });
    time += 200;
    const caughtUp = await host.advance({ ticks: 1 });
    expect([first.tick, first.rows.tick.length, first.summary === undefined]).toEqual([
      2,
      2,
      false,
    ]);
    expect([skipped.tick, skipped.rows.tick.length, skipped.summary]).toEqual([5, 0, undefined]);
    expect([caughtUp.fromTick, caughtUp.tick, Array.from(caughtUp.rows.tick)]).toEqual([
      2,
      6,
      [2, 3, 4, 5],
    ]);
  });

  it("reads the metrics at once when asked, and at the run's last tick", async () => {
    const time = 0;
    const host = createEngineHost(noFiles, () => time);
    await host.init({ ...tiny, ticks: 6 });
    await host.advance({ ticks: 1 });
    expect((await host.advance({ ticks: 1, fresh: true })).summary).toBeDefined();
    expect((await host.advance({ ticks: 4 })).summary).toBeDefined();
  });

  it("stops a batch once its budget of worker time is spent, after one tick at least", async () => {
    let time = 0;
    // Every reading of the clock is 10 ms later: a tick "takes" 10 ms.
    const host = createEngineHost(noFiles, () => (time += 10));
    await host.init(tiny);
    const budgeted = await host.advance({ ticks: 20, budgetMs: 25 });
    expect(budgeted.tick).toBeGreaterThanOrEqual(1);
    expect(budgeted.tick).toBeLessThanOrEqual(3);
    const spent = await host.advance({ ticks: 20, budgetMs: 0 });
    expect(spent.tick).toBe(budgeted.tick + 1);
    const unbounded = await host.advance({ ticks: 5 });
    expect(unbounded.tick).toBe(spent.tick + 5);
  });

  it("records the chosen user's feed without changing the run", async () => {
    const traced = createEngineHost(noFiles);
    await traced.init(tiny, { traceUser: 17 });
    const chosen = await traced.advance({ ticks: 10, fresh: true });
    const plain = createEngineHost(noFiles);
    await plain.init(tiny);
    const usual = await plain.advance({ ticks: 10, fresh: true });
    expect(chosen.feed?.user).toBe(17);
    expect(chosen.summary).toEqual(usual.summary);
  });

  it("refuses a feed user the population does not have", async () => {
    const result = await createEngineHost(noFiles).init(tiny, { traceUser: 200 });
    expect(result).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/traceUser is 200; allowed: a user id from 0 to 199/)],
    });
  });

  it("says a file network cannot be read, naming the path", async () => {
    const scenario = { ...tiny, graph: { kind: "file", path: "../public/networks/none.txt" } };
    const result = await createEngineHost(noFiles).init(scenario);
    expect(result).toMatchObject({ ok: false, problems: ["no file networks/none.txt"] });
  });

  it("reads a file network through the given reader and says when it was sampled", async () => {
    const ring = Array.from({ length: 300 }, (_, i) => `${i} ${(i + 1) % 300}`).join("\n");
    const asked: string[] = [];
    const host = createEngineHost(async (path) => {
      asked.push(path);
      return ring;
    });
    const scenario = { ...tiny, graph: { kind: "file", path: "networks/ring.txt" } };
    const result = await host.init(scenario);
    expect(asked).toEqual(["networks/ring.txt"]);
    expect(result).toMatchObject({
      ok: true,
      network: { fileName: "networks/ring.txt", nodes: 300, edges: 300, sampledTo: 200 },
    });
  });

  it("refuses to fetch a network from outside the app's own files", async () => {
    const scenario = { ...tiny, graph: { kind: "file", path: "https://example.org/x.txt" } };
    const result = await createEngineHost(noFiles).init(scenario);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^graph\.path: got "https:/);
  });

  it("shows the same race, charts, spotlight and network at a tick however the ticks were batched", async () => {
    const scenario = { population: { users: 300 }, ticks: 24, seed: 6 };
    const request = { network: 200, charts: true, fresh: true };
    const batched = createEngineHost(noFiles);
    await batched.init(scenario);
    await batched.spotlight({ video: 2 });
    await batched.advance({ ticks: 0, network: 200 });
    for (const ticks of [1, 5, 2, 9]) await batched.advance({ ticks, network: 200 });
    const a = await batched.advance({ ticks: 7, ...request });
    const once = createEngineHost(noFiles);
    await once.init(scenario);
    await once.spotlight({ video: 2 });
    await once.advance({ ticks: 0, network: 200 });
    const b = await once.advance({ ticks: 24, ...request });
    expect(a.tick).toBe(24);
    expect([a.race, a.charts, a.spotlight]).toEqual([b.race, b.charts, b.spotlight]);
    expect(a.network?.liked).toEqual(b.network?.liked);
    expect(a.network?.spotlit).toEqual(b.network?.spotlit);
    expect(a.spotlight?.track.likes.at(-1)).toBe(a.spotlight?.likes);
  });

  it("puts in the spotlight the video a drawn person liked last, or says they liked none", async () => {
    const host = createEngineHost(noFiles);
    await host.init({ population: { users: 200 }, ticks: 30, seed: 5 });
    const frame = await host.advance({ ticks: 20, network: 200 });
    const liker = frame.network!.topology!.users.find((_, i) => frame.network!.liked[i] !== -1)!;
    const picked = await host.spotlight({ user: liker });
    expect(picked.video).not.toBeNull();
    const next = await host.advance({ ticks: 0, network: 200 });
    expect(next.spotlight?.video).toBe(picked.video);
    const idle = frame.network!.topology!.users.find((_, i) => frame.network!.liked[i] === -1);
    if (idle !== undefined) {
      expect(await host.spotlight({ user: idle })).toEqual({
        video: null,
        reason: `user ${idle} has not liked a video yet`,
      });
    }
  });

  it("says it has no run before init", async () => {
    await expect(createEngineHost(noFiles).advance({ ticks: 1 })).rejects.toThrow(
      /call init first/,
    );
  });
  it("branches a run at a tick: the original replays exactly, the changed one equals a fork with the change", async () => {
    const change = {
      do: "deleteEarlyLikes" as const,
      video: "top" as const,
      likes: "all" as const,
    };
    const original = createEngineHost(noFiles);
    const changed = createEngineHost(noFiles);
    const a = await original.init(tiny, { branch: { tick: 12, changes: [] } });
    const b = await changed.init(tiny, { branch: { tick: 12, changes: [change] } });
    const node = createSimulation(parseScenario(tiny));
    node.step(12);
    const likes = node.snapshot().videos.likes;
    const top = likes.indexOf(Math.max(...likes));
    expect(a).toMatchObject({ ok: true, branch: { tick: 12, video: top } });
    expect(b).toMatchObject({ ok: true, branch: { tick: 12, video: top } });
    const fork = node.fork();
    fork.intervene(change);
    // At the fork tick the changed future already shows the change: the top video has no likes.
    const atFork = await changed.advance({ ticks: 0, fresh: true });
    expect(atFork.race.entries.find((entry) => entry.video === top)?.likes ?? 0).toBe(0);
    expect(atFork.spotlight?.likes).toBe(0);
    node.step(18);
    fork.step(18);
    const frameA = await original.advance({ ticks: 18, fresh: true });
    const frameB = await changed.advance({ ticks: 18, fresh: true });
    expect(frameA.rows.tick).toHaveLength(30);
    expect(frameA.summary).toEqual(node.metrics().summary);
    expect(frameB.summary).toEqual(fork.metrics().summary);
    expect(frameB.summary?.likes).not.toBe(frameA.summary?.likes);
    expect(frameA.spotlight?.likes).toBe(node.snapshot().videos.likes[top]);
    expect(frameB.spotlight?.likes).toBe(fork.snapshot().videos.likes[top]);
  });

  it("refuses a fork tick past the scenario's end, naming the allowed range", async () => {
    const result = await createEngineHost(noFiles).init(tiny, {
      branch: { tick: 31, changes: [] },
    });
    expect(result).toMatchObject({
      ok: false,
      problems: ["fork: got 31; allowed: a tick from 0 to 30 (the scenario's ticks)"],
    });
  });
});
