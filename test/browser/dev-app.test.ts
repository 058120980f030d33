import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type App,
  foreignRequests,
  launchChromium,
  openPage,
  type PageLog,
  runStates,
  skipBrowser,
  startDevServer,
  waitForRun,
} from "./harness.js";

const SMALL = "?scenario=default&population.users=400&ticks=120";

async function ticksReach(page: Page, tick: number): Promise<void> {
  await page.waitForFunction(
    (least) => {
      const app = document.querySelector("likesim-app") as unknown as {
        group: { runs: { tick: number }[] };
      };
      return app.group.runs.every((run) => run.tick >= least);
    },
    tick,
    { timeout: 30_000 },
  );
}

describe.skipIf(skipBrowser)("the app as `npm start` serves it (Vite dev mode)", () => {
  let app: App;
  let browser: Browser;
  const pages: { page: Page; log: PageLog }[] = [];

  async function open(search: string, width = 1280) {
    const opened = await openPage(browser, width, 900);
    pages.push(opened);
    await opened.page.goto(app.url + search);
    return opened;
  }

  beforeAll(async () => {
    app = await startDevServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("loads the default scenario, paused at tick 0, with no errors and nothing from other sites", async () => {
    const { page, log } = await open("");
    await waitForRun(page);
    expect(await page.title()).toMatch(/likesim/);
    const [run] = await runStates(page);
    expect(run).toMatchObject({ status: "paused", tick: 0, label: "default", users: 3000 });
    expect(page.url()).toContain("scenario=default");
    expect(log.errors).toEqual([]);
    expect(log.violations).toEqual([]);
    expect(foreignRequests(log, app)).toEqual([]);
  });

  it("plays from the keyboard: ticks advance, the charts draw lines and the summary fills", async () => {
    const { page, log } = await open(SMALL);
    await waitForRun(page);
    await page.getByRole("button", { name: "Play" }).focus();
    await page.keyboard.press("Enter");
    await ticksReach(page, 30);
    await page.getByRole("button", { name: "Pause" }).click();
    const [run] = await runStates(page);
    expect(run.status).toBe("paused");
    expect(run.summary?.likes).toBeGreaterThan(0);
    // The charts are rebuilt a few times a second while playing and at once on pause.
    await page.waitForFunction(() => {
      const chart = document
        .querySelector("likesim-app")
        ?.shadowRoot?.querySelector("#chart-engagement");
      const lines = [...(chart?.shadowRoot?.querySelectorAll("path") ?? [])];
      return lines.some((path) => (path.getAttribute("d")?.split("L").length ?? 0) > 25);
    });
    const likes = await page.locator('ls-summary-table td[data-metric="likes"]').textContent();
    expect(Number(likes?.replaceAll(",", ""))).toBe(run.summary?.likes);
    expect(log.violations).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it("shows the traced user's feed as cards, with a heart on the videos it liked", async () => {
    const { page, log } = await open("?scenario=default&population.users=400");
    await waitForRun(page);
    await page.getByRole("button", { name: "Play" }).click();
    await page.locator("ls-feed-view li.liked .heart").first().waitFor({ timeout: 30_000 });
    expect(await page.locator("ls-feed-view li").count()).toBeGreaterThan(3);
    await expect(page.locator("ls-feed-view li.liked").first().getAttribute("class")).resolves.toBe(
      "liked",
    );
    expect(log.violations).toEqual([]);
  });

  it("switches the heart animation off for readers who ask for reduced motion", async () => {
    const { page } = await open("?scenario=default&population.users=400");
    await page.emulateMedia({ reducedMotion: "reduce" });
    await waitForRun(page);
    await page.getByRole("button", { name: "Play" }).click();
    const heart = page.locator("ls-feed-view li.liked .heart").first();
    await heart.waitFor({ timeout: 30_000 });
    expect(await heart.evaluate((el) => getComputedStyle(el).animationName)).toBe("none");
  });

  it("labels every control of the parameter panel and the run bar", async () => {
    const { page } = await open(SMALL);
    await waitForRun(page);
    const unlabelled = await page.evaluate(() => {
      const roots: (Document | ShadowRoot)[] = [document];
      const found: string[] = [];
      while (roots.length > 0) {
        const root = roots.pop()!;
        for (const el of root.querySelectorAll("*")) {
          if (el.shadowRoot) roots.push(el.shadowRoot);
          if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) {
            const named = (el.labels?.length ?? 0) > 0 || el.getAttribute("aria-label");
            if (!named) found.push(el.id || el.outerHTML.slice(0, 60));
          }
        }
      }
      return found;
    });
    expect(unlabelled).toEqual([]);
  });

  it("shows what is wrong with an invalid URL parameter and runs the scenario without it", async () => {
    const { page, log } = await open("?scenario=default&population.users=-5&seed=3");
    await waitForRun(page);
    const alert = page.getByRole("alert");
    await expect(alert.textContent()).resolves.toContain("population.users: got -5; allowed: ≥ 2");
    const [run] = await runStates(page);
    expect(run.users).toBe(3000);
    expect(page.url()).not.toContain("population.users");
    expect(log.violations).toEqual([]);
  });

  it("names the scenarios there are when the URL asks for one that is not", async () => {
    const { page } = await open("?scenario=%3Cimg%20src%3Dx%3E");
    await waitForRun(page);
    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      'scenario: got "<img src=x>"; allowed: one of "default"',
    );
    expect(await page.locator("img").count()).toBe(0);
  });

  it("refuses an invalid edit with a message while the run goes on; a valid edit restarts it", async () => {
    const { page, log } = await open(SMALL);
    await waitForRun(page);
    await page.getByRole("button", { name: "Play" }).click();
    await ticksReach(page, 5);
    const users = page.locator("#p-population-users");
    await users.fill("1");
    await users.press("Enter");
    await expect(page.getByRole("alert").first().textContent()).resolves.toContain(
      "population.users: got 1; allowed: ≥ 2",
    );
    expect(await users.getAttribute("aria-invalid")).toBe("true");
    const before = (await runStates(page))[0].tick;
    await ticksReach(page, before + 5);
    expect((await runStates(page))[0]).toMatchObject({ status: "playing", users: 400 });

    await users.fill("500");
    await users.press("Enter");
    await page
      .getByRole("status")
      .filter({ hasText: "Restarted the run with population.users = 500" })
      .waitFor();
    expect((await runStates(page))[0].users).toBe(500);
    expect(page.url()).toContain("population.users=500");
    expect(log.violations).toEqual([]);
  });

  it("turns compare mode on from its checkbox: two worlds, chronological and for-you", async () => {
    const { page } = await open(SMALL);
    await waitForRun(page);
    await page.getByRole("checkbox", { name: "Compare two worlds" }).check();
    await waitForRun(page, 2);
    const runs = await runStates(page);
    expect(runs.map((run) => [run.label, run.ranker])).toEqual([
      ["A: chronological", "chronological"],
      ["B: for-you", "for-you"],
    ]);
    expect(await page.locator("ls-network-view").count()).toBe(2);
    expect(page.url()).toContain("compare=feed.ranker");
  });

  it("reports an engine that throws, with a restart button that brings it back", async () => {
    await browser.contexts()[0]?.unrouteAll();
    const { page } = await openPage(browser, 1280, 900);
    await page.route(/engine\.worker/, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: 'throw new Error("engine exploded on purpose");',
      }),
    );
    await page.goto(app.url + SMALL);
    const alert = page.getByRole("alert").filter({ hasText: "stopped" });
    await expect(alert.textContent()).resolves.toContain("engine exploded on purpose");
    await page.unroute(/engine\.worker/);
    await page.getByRole("button", { name: "Restart default" }).click();
    await waitForRun(page);
    await page.getByRole("button", { name: "Step" }).click();
    await ticksReach(page, 1);
    await page.close();
  });

  it("fits a 375-px phone and a 1280-px desktop", async () => {
    for (const width of [375, 1280]) {
      const { page, log } = await open("?scenario=default&population.users=1000", width);
      await waitForRun(page);
      await page.getByRole("button", { name: "Play" }).click();
      await ticksReach(page, 40);
      await page.getByRole("button", { name: "Pause" }).click();
      await page.waitForTimeout(1200); // the network layout settles and the charts redraw
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test/browser/screenshots/app-${width}.png` });
      expect(log.violations).toEqual([]);
    }
  });
});
