import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/ui/scenario-catalog.js";
import {
  openPage,
  openSettings,
  type PageLog,
  pause,
  runStates,
  skipBrowser,
  startBuiltApp,
  ticksReach,
  useApp,
  waitForRun,
} from "./harness.js";

const SMALL = "?scenario=default&population.users=400&ticks=120";

describe.skipIf(skipBrowser)("the app's controls, messages and layout (built app)", () => {
  const ctx = useApp(startBuiltApp);

  async function open(search: string, width = 1280): Promise<{ page: Page; log: PageLog }> {
    const opened = await openPage(ctx.browser, width, 900);
    await opened.page.goto(ctx.app.url + search);
    return opened;
  }

  it("shows the traced user's feed as cards, with a heart on the videos it liked", async () => {
    const { page, log } = await open("?scenario=default&population.users=400");
    await waitForRun(page);
    await page.getByRole("button", { name: "Play" }).click();
    await page
      .locator("ls-feed-view li.liked .heart")
      .first()
      .waitFor({ state: "attached", timeout: 60_000 });
    expect(await page.locator("ls-feed-view li").count()).toBeGreaterThan(3);
    expect(log.violations).toEqual([]);
    await page.close();
  });

  it("switches the heart animation off for readers who ask for reduced motion", async () => {
    const { page } = await open("?scenario=default&population.users=400");
    await page.emulateMedia({ reducedMotion: "reduce" });
    await waitForRun(page);
    await page.getByRole("button", { name: "Play" }).click();
    // The feed re-renders its cards while playing, so the heart is found and its style read
    // in one step on the page, never through a handle the next render may have detached.
    const animation = await page.waitForFunction(
      () => {
        const find = (root: ParentNode): Element | null => {
          for (const element of root.querySelectorAll("*")) {
            if (element.localName === "ls-feed-view") {
              return element.shadowRoot?.querySelector("li.liked .heart") ?? null;
            }
            const inner = element.shadowRoot && find(element.shadowRoot);
            if (inner) return inner;
          }
          return null;
        };
        const heart = find(document);
        return heart ? getComputedStyle(heart).animationName : false;
      },
      undefined,
      { timeout: 60_000, polling: 200 },
    );
    expect(await animation.jsonValue()).toBe("none");
    await page.close();
  });

  it("offers every scenario file in the picker and starts each one picked", async () => {
    const { page, log } = await open("");
    await waitForRun(page);
    const picker = page.locator("#scenario");
    const ids = await picker
      .locator("option")
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(ids.sort()).toEqual(catalog.map((entry) => entry.id).sort());
    for (const id of ids) {
      await picker.selectOption(id);
      await page.waitForURL(new RegExp(`scenario=${id}(&|$)`));
      await waitForRun(page);
      await page.getByRole("button", { name: "Step" }).click();
      await ticksReach(page, 1);
      expect((await runStates(page))[0].label).toBe(id);
    }
    expect(log.errors).toEqual([]);
    expect(log.violations).toEqual([]);
    await page.close();
  });

  it("puts a video from the race in the spotlight, shows who liked it, and keeps it in the link", async () => {
    const { page, log } = await open(SMALL);
    await waitForRun(page);
    await page.getByRole("button", { name: "Play" }).click();
    await ticksReach(page, 10);
    // Paused, the race cannot reorder between reading a row and clicking it.
    await pause(page);
    const leader = page.locator("ls-video-race li button").first();
    const video = (await leader.getAttribute("aria-label"))?.match(/video (\d+)/)?.[1];
    await leader.click();
    await page.locator("ls-spotlight").getByText(`In the spotlight: video ${video}`).waitFor();
    await page
      .locator("ls-network-view")
      .getByText(/Black: the [1-9][\d,]* of them who liked the video in the spotlight/)
      .waitFor();
    expect(page.url()).toContain(`video=${video}`);
    const again = await openPage(ctx.browser, 1280, 900);
    await again.page.goto(page.url());
    await waitForRun(again.page);
    // At tick 0 the video may not be posted yet: the spotlight waits for it.
    await again.page
      .locator("ls-spotlight h3")
      .getByText(new RegExp(`video ${video}$`, "i"))
      .waitFor();
    await again.page.close();
    expect(log.violations).toEqual([]);
    await page.close();
  });

  it("shows another user's feed on request, restarting the run, and keeps the choice in the link", async () => {
    const { page } = await open(SMALL);
    await waitForRun(page);
    await page.locator("#feed-user-0").fill("12");
    await page.locator("#feed-user-0").press("Enter");
    await page.getByRole("status").filter({ hasText: "record the feed of user 12" }).waitFor();
    expect(page.url()).toContain("feed=12");
    await page.getByRole("button", { name: "Step" }).click();
    await page.locator("ls-feed-view").getByText("Feed of user 12").waitFor();
    await page.locator("#feed-user-0").fill("400");
    await page.locator("#feed-user-0").press("Enter");
    await expect(page.getByRole("alert").first().textContent()).resolves.toContain(
      'feed: got "400"; allowed: a user id from 0 to 399',
    );
    await page.close();
  });

  it("labels every input and menu on the page, each by its label alone", async () => {
    const { page } = await open(SMALL);
    await waitForRun(page);
    await openSettings(page, "Advanced: every setting");
    const users = page.locator("#p-population-users");
    expect(
      await users.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim()),
    ).toBe("Users");
    await expect(page.getByLabel("Social proof weight", { exact: true }).count()).resolves.toBe(1);
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
    await page.close();
  });

  it("shows what is wrong with an invalid URL parameter and runs the scenario without it", async () => {
    const { page, log } = await open("?scenario=default&population.users=-5&seed=3");
    await waitForRun(page);
    const alert = await page.getByRole("alert").textContent();
    expect(alert).toContain("This link asks for settings the scenario does not allow.");
    expect(alert).toContain("People on the platform: -5 is not allowed; it must be at least 2.");
    // The engine's own words, with the field's path, are the detail.
    expect(alert).toContain("population.users: got -5; allowed: ≥ 2");
    await page
      .getByRole("status")
      .filter({ hasText: "Running default with its own settings" })
      .waitFor();
    const [run] = await runStates(page);
    expect(run.users).toBe(3000);
    expect(page.url()).not.toContain("population.users");
    expect(log.violations).toEqual([]);
    await page.close();
  });

  it("names the scenarios there are when the URL asks for one that is not, as text", async () => {
    const { page } = await open("?scenario=%3Cimg%20src%3Dx%3E");
    await waitForRun(page);
    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      'scenario: got "<img src=x>"; allowed: one of "default"',
    );
    expect(await page.locator("img").count()).toBe(0);
    await page.close();
  });

  it("refuses an invalid edit with a message while the run goes on; a valid edit restarts it", async () => {
    const { page, log } = await open(SMALL);
    await waitForRun(page);
    await page.getByRole("button", { name: "Play" }).click();
    await ticksReach(page, 5);
    await openSettings(page, "Advanced: every setting");
    const users = page.locator("#p-population-users");
    await users.fill("1");
    await users.press("Enter");
    const alert = await page.getByRole("alert").first().textContent();
    expect(alert).toContain("the last valid scenario keeps running");
    expect(alert).toContain("population.users: got 1; allowed: ≥ 2");
    expect(await users.getAttribute("aria-invalid")).toBe("true");
    const before = (await runStates(page))[0].tick;
    await ticksReach(page, before + 5);
    expect((await runStates(page))[0]).toMatchObject({ status: "playing", users: 400 });

    await users.fill("500");
    await users.press("Enter");
    await page
      .getByRole("status")
      .filter({ hasText: "Restarted the run from tick 0 with People on the platform = 500" })
      .waitFor();
    expect((await runStates(page))[0].users).toBe(500);
    expect(page.url()).toContain("population.users=500");
    expect(log.violations).toEqual([]);
    await page.close();
  });

  it("turns compare mode on from its checkbox: two worlds, chronological and for-you", async () => {
    const { page } = await open(SMALL);
    await waitForRun(page);
    await openSettings(page, "Compare two worlds");
    await page.getByRole("checkbox", { name: "Compare two worlds" }).check();
    await waitForRun(page, 2);
    const runs = await runStates(page);
    expect(runs.map((run) => [run.label, run.ranker])).toEqual([
      ["A: chronological", "chronological"],
      ["B: for-you", "for-you"],
    ]);
    expect(await page.locator("ls-network-view").count()).toBe(2);
    expect(page.url()).toContain("compare=feed.ranker");
    await page.close();
  });

  it("reports an engine that throws, with a restart button that brings it back", async () => {
    const { page } = await openPage(ctx.browser);
    await page.route(/engine\.worker/, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: 'throw new Error("engine exploded on purpose");',
      }),
    );
    await page.goto(ctx.app.url + SMALL);
    const alert = page.getByRole("alert").filter({ hasText: "stopped" });
    await expect(alert.textContent()).resolves.toContain("engine exploded on purpose");
    expect(await page.getByRole("button", { name: "Play" }).isDisabled()).toBe(true);
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
      await page.getByLabel("Speed").selectOption("60");
      await page.getByRole("button", { name: "Play" }).click();
      await ticksReach(page, 60);
      await page.getByRole("button", { name: "Pause" }).click();
      await page.waitForTimeout(1000); // the network layout settles and the charts redraw
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test/browser/screenshots/app-${width}.png` });
      expect(log.violations).toEqual([]);
      await page.close();
    }
  });
});
