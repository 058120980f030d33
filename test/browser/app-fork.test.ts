import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { futureEffects } from "../../src/engine/future-effects.js";
import { createSimulation } from "../../src/engine/simulation.js";
import { parseOverride, scenarioWith } from "../../src/scenario/overrides.js";
import { FORK_CHANGES } from "../../src/ui/fork-changes.js";
import { findScenario } from "../../src/ui/scenario-catalog.js";
import {
  openPage,
  pause,
  playToEnd,
  runMetrics,
  runStates,
  skipBrowser,
  startBuiltApp,
  ticksReach,
  useApp,
  waitForRun,
} from "./harness.js";
import { expectSameRun } from "./same-run.js";

const SMALL = ["population.users=400", "ticks=60", "seed=11"];

/** Both futures of a fork in Node, as the library's example forks: run, fork, intervene, run. */
function nodeFork(tick: number, change: string) {
  const input = findScenario("default")!.input;
  const scenario = scenarioWith(
    input,
    SMALL.map((text) => parseOverride(text)),
  );
  const original = createSimulation(scenario);
  original.step(tick);
  const video = Array.from(original.snapshot().videos.likes).reduce(
    (best, likes, v, all) => (likes > all[best] ? v : best),
    0,
  );
  const changed = original.fork();
  changed.intervene(FORK_CHANGES.find((c) => c.id === change)!.changes);
  original.step(scenario.ticks - tick);
  changed.step(scenario.ticks - tick);
  const effects = futureEffects(original, changed, { target: video });
  return { a: original.metrics(), b: changed.metrics(), video, target: effects.target! };
}

async function caption(page: Page): Promise<string> {
  return (await page.locator("#fork-caption").textContent()) ?? "";
}

describe.skipIf(skipBrowser)("forking a run on the page (npm run build, vite preview)", () => {
  const ctx = useApp(startBuiltApp);

  /** The small scenario played past `least` ticks, then paused. */
  async function playedTo(least: number) {
    const { page, log } = await openPage(ctx.browser);
    await page.goto(`${ctx.app.url}?scenario=default&${SMALL.join("&")}`);
    await waitForRun(page);
    await page.getByRole("button", { name: "Play" }).click();
    await ticksReach(page, least);
    const [paused] = await pause(page);
    return { page, log, paused };
  }

  it("runs the original and the changed future from the paused tick, each equal to Node's fork", async () => {
    const { page, log, paused } = await playedTo(12);
    const tick = paused.tick;
    await page.locator("#fork-change").selectOption("hideLikeCounts");
    await page.locator("#fork-here").click();
    await page.waitForURL(new RegExp(`fork=${tick}&do=hideLikeCounts`));
    await waitForRun(page, 2);
    const states = await runStates(page);
    expect(states.map((run) => [run.label, run.tick])).toEqual([
      ["A: original", tick],
      ["B: hide like counts", tick],
    ]);
    await playToEnd(page);
    const [a, b] = await runMetrics(page);
    const node = nodeFork(tick, "hideLikeCounts");
    expectSameRun(a, node.a);
    expectSameRun(b, node.b);
    expect(a.summary.likes).not.toBe(b.summary.likes);
    const text = await caption(page);
    expect(text).toContain(`Video ${node.video}, the most liked at the fork (tick ${tick})`);
    expect(text).toContain(`${node.target.likes.a.toLocaleString("en-US")} likes in the original`);
    expect(text).toContain(`${node.target.likes.b.toLocaleString("en-US")} after`);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it("reproduces both futures from a permalink: it runs to the fork tick, then forks", async () => {
    const { page, log } = await openPage(ctx.browser);
    await page.goto(`${ctx.app.url}?scenario=default&${SMALL.join("&")}&fork=30&do=downrankTop`);
    await waitForRun(page, 2);
    expect((await runStates(page)).map((run) => [run.label, run.tick])).toEqual([
      ["A: original", 30],
      ["B: downrank the top video", 30],
    ]);
    await playToEnd(page);
    const [a, b] = await runMetrics(page);
    const node = nodeFork(30, "downrankTop");
    expectSameRun(a, node.a);
    expectSameRun(b, node.b);
    expect(node.target.likes.b).toBeLessThan(node.target.likes.a);
    expect(await caption(page)).toContain(
      `${node.target.likes.a.toLocaleString("en-US")} likes in the original future, ${node.target.likes.b.toLocaleString("en-US")} after "downrank the top video"`,
    );
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it("forks from a tick already played, picked on the slider, as Node forks at that tick", async () => {
    const { page, log, paused } = await playedTo(20);
    expect(paused.tick).toBeGreaterThan(9);
    // A 60-tick run keeps a snapshot every 4 ticks (16 over the run, its start included).
    const kept = Math.floor(paused.tick / 4) + 1;
    const snapshots = page.locator("#fork-snapshots");
    expect(await snapshots.textContent()).toMatch(
      new RegExp(`^Snapshots kept: ${kept}, about [\\d.]+ MB\\.$`),
    );
    expect(await snapshots.getAttribute("title")).toMatch(
      new RegExp(
        `^${kept} snapshots of this run kept \\(at ticks 0, 4, 8, .*a new one every 4 ticks`,
      ),
    );
    await page.locator("#fork-tick").fill("9");
    await expect(page.locator("#fork-tick-shown").textContent()).resolves.toBe("9");
    await page.locator("#fork-change").selectOption("ranker-chronological");
    await page.locator("#fork-here").click();
    await page.waitForURL(/fork=9&do=ranker-chronological/);
    await waitForRun(page, 2);
    expect((await runStates(page)).map((run) => run.tick)).toEqual([9, 9]);
    await page
      .getByRole("status")
      .filter({ hasText: "Both start from the snapshot kept at tick 8, played on 1 tick." })
      .waitFor();
    await playToEnd(page);
    const [a, b] = await runMetrics(page);
    const node = nodeFork(9, "ranker-chronological");
    expectSameRun(a, node.a);
    expectSameRun(b, node.b);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it("names a bad fork in a link and runs the scenario without it", async () => {
    const { page } = await openPage(ctx.browser);
    await page.goto(`${ctx.app.url}?scenario=default&${SMALL.join("&")}&fork=99&do=nothing`);
    await waitForRun(page, 1);
    const alert = await page.getByRole("alert").first().textContent();
    expect(alert).toMatch(/fork.*99.*from 0 to 60/);
    expect(alert).toMatch(/do.*nothing.*hideLikeCounts/);
    await page.close();
  });
});
