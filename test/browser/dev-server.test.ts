import { describe, expect, it } from "vitest";
import {
  foreignRequests,
  openPage,
  pause,
  runStates,
  skipBrowser,
  startDevServer,
  ticksReach,
  useApp,
  waitForRun,
} from "./harness.js";

describe.skipIf(skipBrowser)("the app as `npm start` serves it (Vite dev mode)", () => {
  const ctx = useApp(startDevServer);

  it("loads the default scenario, paused at tick 0, with no errors and nothing from other sites", async () => {
    const { page, log } = await openPage(ctx.browser);
    await page.goto(ctx.app.url);
    await waitForRun(page);
    expect(await page.title()).toMatch(/likesim/);
    const [run] = await runStates(page);
    expect(run).toMatchObject({ status: "paused", tick: 0, label: "default", users: 3000 });
    expect(page.url()).toContain("scenario=default");
    expect(log.errors).toEqual([]);
    expect(log.violations).toEqual([]);
    expect(foreignRequests(log, ctx.app)).toEqual([]);
    await page.close();
  });

  it("plays from the keyboard under the page's CSP: ticks advance, charts draw, the summary fills", async () => {
    const { page, log } = await openPage(ctx.browser);
    await page.goto(`${ctx.app.url}?scenario=default&population.users=400&ticks=120`);
    await waitForRun(page);
    await page.getByRole("button", { name: "Play" }).focus();
    await page.keyboard.press("Enter");
    await ticksReach(page, 30);
    const [run] = await pause(page);
    expect(run.status).toBe("paused");
    expect(run.summary?.likes).toBeGreaterThan(0);
    // The charts are fed one at a time while playing and all at once on pause.
    await page.waitForFunction(() => {
      const root = document.querySelector("likesim-app")?.shadowRoot;
      const chart = root?.querySelector("#chart-engagement");
      const lines = [...(chart?.shadowRoot?.querySelectorAll("path") ?? [])];
      return lines.some((path) => (path.getAttribute("d")?.split("L").length ?? 0) > 25);
    });
    const likes = await page.locator('ls-summary-table td[data-metric="likes"]').textContent();
    expect(Number(likes?.replaceAll(",", ""))).toBe(run.summary?.likes);
    const shares = await page.locator("ls-summary-table td[data-reason]").allTextContents();
    const total = shares.reduce((sum, text) => sum + Number.parseFloat(text), 0);
    expect(total).toBeCloseTo(100, 0);
    expect(log.violations).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(foreignRequests(log, ctx.app)).toEqual([]);
    await page.close();
  });
});
