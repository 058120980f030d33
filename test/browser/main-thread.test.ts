import { availableParallelism, loadavg } from "node:os";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  type MainThreadTasks,
  openPage,
  runStates,
  skipBrowser,
  startBuiltApp,
  traceMainThread,
  useApp,
  waitForRun,
} from "./harness.js";

/**
 * The page's main thread while a large scenario plays. Only the main thread's own CPU time per
 * task is asserted: it is the page's work, which other processes on a busy machine cannot
 * stretch. Wall time (what a user feels; it also counts waiting for a core while the engine
 * and painting workers hold both) is printed beside it, as a figure, not a test.
 */
describe.skipIf(skipBrowser)("the main thread while a large run plays (built app)", () => {
  const ctx = useApp(startBuiltApp);

  async function playFor(users: number, seconds: number) {
    const { page, log } = await openPage(ctx.browser, 1400, 900);
    await page.addInitScript(() => {
      const found: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = found;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) found.push(entry.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`${ctx.app.url}?scenario=default&population.users=${users}`);
    await waitForRun(page);
    await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
    let played = 0;
    const tasks = await traceMainThread(page, async () => {
      await page.getByRole("button", { name: "Play" }).click();
      const from = performance.now();
      await page.waitForTimeout(seconds * 1000);
      played = (performance.now() - from) / 1000;
    });
    const observed = await page.evaluate(() =>
      (window as unknown as { longTasks: number[] }).longTasks.splice(0),
    );
    const [run] = await runStates(page);
    return { page, log, tasks, observed, played, tick: run.tick };
  }

  function report(
    users: number,
    tick: number,
    played: number,
    tasks: MainThreadTasks,
    observed: number[],
    bound: number,
  ) {
    const worst = (values: number[]) => Math.max(0, ...values).toFixed(0);
    const over = (values: number[]) => values.filter((ms) => ms > bound).length;
    console.log(
      `${users.toLocaleString("en")} users, ${tick} ticks in ${played.toFixed(1)} s, ${tasks.cpu.length} main-thread tasks, ` +
        `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores:\n` +
        `  long tasks (PerformanceObserver, wall time): ${observed.length} (max ${worst(observed)} ms)\n` +
        `  tasks over ${bound} ms: ${over(tasks.wall)} by wall time (max ${worst(tasks.wall)} ms), ` +
        `${over(tasks.cpu)} by the main thread's CPU time (max ${worst(tasks.cpu)} ms)`,
    );
    return over(tasks.cpu);
  }

  /**
   * Clicks Pause and watches the run's tick for a second: when the click happened, when the
   * page handled it (later when the main thread was busy: the input delay), the tick shown
   * then, and when (and how often) the tick changed after that. A batch already running in the
   * worker cannot be called back; it is held, so no tick may show after the click.
   */
  async function pause(page: Page) {
    await page.evaluate(`(() => {
      const app = document.querySelector("likesim-app");
      const seen = (window.pauseLog = { clicked: 0, handled: 0, changes: [], tick: app.group.runs[0].tick });
      document.addEventListener("click", (event) => {
        seen.clicked = event.timeStamp;
        seen.handled = performance.now();
        seen.atClick = app.group.runs[0].tick;
      }, { capture: true, once: true });
      const watch = () => {
        const tick = app.group.runs[0].tick;
        if (tick !== seen.tick) { seen.changes.push(performance.now()); seen.tick = tick; }
        if (!seen.done) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    })()`);
    await page.getByRole("button", { name: "Pause" }).first().click();
    await page.waitForTimeout(1000);
    return (await page.evaluate(`(() => {
      const seen = window.pauseLog;
      seen.done = true;
      const tick = document.querySelector("likesim-app").group.runs[0].tick;
      return { clicked: seen.clicked, handled: seen.handled, atClick: seen.atClick, tick, changes: seen.changes.filter((t) => t >= seen.handled) };
    })()`)) as {
      clicked: number;
      handled: number;
      atClick: number;
      tick: number;
      changes: number[];
    };
  }

  it("keeps every main-thread task under 50 ms of CPU while a 10,000-user scenario plays", async () => {
    const { page, log, tasks, observed, played, tick } = await playFor(10_000, 10);
    const over = report(10_000, tick, played, tasks, observed, 50);
    expect(tick).toBeGreaterThan(10);
    expect(tasks.cpu.length).toBeGreaterThan(200);
    expect(over).toBe(0);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it("keeps every main-thread task under 100 ms of CPU at 50,000 users, and Pause stops the view at the click's tick", async () => {
    const { page, log, tasks, observed, played, tick } = await playFor(50_000, 10);
    const over = report(50_000, tick, played, tasks, observed, 100);
    const paused = await pause(page);
    const last = paused.changes.at(-1);
    const since = (from: number) =>
      last === undefined ? "none" : `${(last - from).toFixed(0)} ms`;
    console.log(
      `  pause: handled ${(paused.handled - paused.clicked).toFixed(0)} ms after the click; ${paused.changes.length} tick change(s) after that, ` +
        `the last ${since(paused.handled)} after it (${since(paused.clicked)} after the click)`,
    );
    expect(tick).toBeGreaterThan(3);
    expect(over).toBe(0);
    expect(paused.tick).toBe(paused.atClick);
    expect((await runStates(page))[0].status).toBe("paused");
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
