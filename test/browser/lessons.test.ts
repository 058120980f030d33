import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LESSONS } from "../../src/lessons/catalog.js";
import { formatValue } from "../../src/lessons/lesson-text.js";
import { tilesOf } from "../../src/ui/tile-focus.js";
import {
  openPage,
  runMetrics,
  skipBrowser,
  startDevServer,
  useApp,
  waitForRun,
} from "./harness.js";

describe.skipIf(skipBrowser)("a lesson opened by link (dev server)", () => {
  const ctx = useApp(startDevServer);

  it("asks for a prediction, runs both feeds and fills the learner's numbers into the lesson", async () => {
    const { page, log } = await openPage(ctx.browser, 375, 900);
    await page.goto(`${ctx.app.url}?lesson=rich-get-richer`);
    await waitForRun(page, 2);
    const run = page.getByRole("button", { name: "Run", exact: true });
    expect(await run.isDisabled()).toBe(true);
    // By keyboard: arrow keys move through the radio group, Enter presses Run.
    await page.getByLabel("about the same: good videos win either way").focus();
    await page.keyboard.press("ArrowDown");
    expect(
      await page.getByLabel("clearly higher: many more videos are left with few likes").isChecked(),
    ).toBe(true);
    expect(await run.isDisabled()).toBe(false);
    await page.getByLabel("Speed").selectOption("1000");
    await run.focus();
    await page.keyboard.press("Enter");

    const lookAt = page.locator("ls-lesson-panel .look-at");
    await lookAt.waitFor({ timeout: 60_000 });
    const [a, b] = await runMetrics(page);
    const text = (await lookAt.textContent()) ?? "";
    expect(text).toContain(
      `the Gini of likes over videos was ${formatValue(a.summary.giniVideos, "")} under the random feed and ${formatValue(b.summary.giniVideos, "")} under the popularity feed`,
    );
    expect(text).toMatch(/was 0\.\d+ under the random feed/);
    expect(text).not.toMatch(/[{}]/);
    await page.getByText("Your prediction matches what the model shows").waitFor();
    expect(await page.getByText("Why it happens").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    const panel = page.locator("ls-lesson-panel");
    await panel.screenshot({ path: "test/browser/screenshots/lesson-375.png" });
    await page.setViewportSize({ width: 1280, height: 900 });
    await panel.screenshot({ path: "test/browser/screenshots/lesson-1280.png" });
    await page.screenshot({ path: "/tmp/lesson-page-1280.png" });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it("names an unknown lesson and the lessons there are, and runs the default scenario", async () => {
    const { page } = await openPage(ctx.browser, 375, 900);
    await page.goto(`${ctx.app.url}?lesson=rich-get-poorer`);
    await waitForRun(page, 1);
    const alert = page.locator("ls-lesson-panel").getByRole("alert");
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain('lesson: got "rich-get-poorer"; allowed: one of "rich-get-richer"');
    expect(text).toContain('"going-viral"');
    await page.close();
  });

  it("steps through the lessons in order with Next and Previous, each opening its own link", async () => {
    const { page, log } = await openPage(ctx.browser, 1400, 900);
    await page.goto(`${ctx.app.url}?lesson=${LESSONS[0].id}`);
    for (const [i, lesson] of LESSONS.entries()) {
      if (i > 0) await page.getByRole("button", { name: /^Next lesson/ }).click();
      await page.waitForURL(
        new RegExp(`scenario=${lesson.scenario.replace(".json", "")}&lesson=${lesson.id}$`),
      );
      await page.locator("ls-lesson-panel h3").getByText(lesson.title, { exact: true }).waitFor();
    }
    expect(await page.getByRole("button", { name: /^Next/ }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: /^Previous lesson/ }).click();
    await page.waitForURL(new RegExp(`lesson=${LESSONS.at(-2)!.id}$`));
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    "%s: fills in every number, and each link to what to look at shows a view with those numbers",
    async (_, lesson) => {
      const { page, log } = await openPage(ctx.browser, 1400, 900);
      await page.goto(`${ctx.app.url}?lesson=${lesson.id}`);
      await waitForRun(page, 2);
      await page.getByLabel("Speed").selectOption("1000");
      await page.locator("ls-lesson-panel input[type=radio]").first().check();
      await page.getByRole("button", { name: "Run", exact: true }).click();
      const lookAt = page.locator("ls-lesson-panel .look-at");
      await lookAt.waitFor({ timeout: 100_000 });
      const text = (await lookAt.textContent()) ?? "";
      expect(text).toMatch(/\d/);
      // A number the run did not report reads "–" (as a word; "log–log" is the text's own).
      expect(text).not.toMatch(/[{}]|(^|\s)–(?![\w])/);
      const arms = (await runMetrics(page)).map((run) => run.summary);
      for (const look of lesson.look) {
        await page.locator(`ls-lesson-panel .look-links button[data-view="${look.view}"]`).click();
        const tiles = tilesOf(look.view, 2);
        for (const id of tiles) await page.locator(`#${id}.focus`).waitFor();
        await page.waitForTimeout(600); // the smooth scroll ends
        const box = await page.locator(`#${tiles[0]}`).boundingBox();
        expect(box, `${look.view} is on the page`).not.toBeNull();
        expect(box!.y + Math.min(box!.height, 200), `${look.view} is in sight`).toBeLessThanOrEqual(
          900,
        );
        expect(box!.y + box!.height, `${look.view} is in sight`).toBeGreaterThanOrEqual(0);
        const shown = await tileNumbers(page, tiles);
        for (const metric of look.metrics ?? []) {
          for (const [arm, summary] of arms.entries()) {
            const value = summary[metric];
            expect(Number.isFinite(value), `${metric} of arm ${arm}`).toBe(true);
            // The text quotes the number as formatValue writes it; the view shows it too.
            const quoted = [formatValue(value, ""), formatValue(value, "%")];
            expect(
              quoted.some((form) => text.includes(form)),
              `${metric} quoted`,
            ).toBe(true);
            const near = shown.some((n) => Math.abs(n - value) <= 0.005 + 0.005 * Math.abs(value));
            expect(
              near,
              `${look.view} shows ${metric} = ${value} (arm ${"ab"[arm]}): ${shown.join(" ")}`,
            ).toBe(true);
          }
        }
      }
      expect(log.errors).toEqual([]);
      await page.close();
    },
  );
});

/**
 * Every number a set of tiles shows, text and charts' labels alike (shadow roots included);
 * a percentage is read as a share (12.5% → 0.125).
 */
async function tileNumbers(page: Page, ids: string[]): Promise<number[]> {
  const texts = await page.evaluate((tileIds) => {
    const app = document.querySelector("likesim-app")!.shadowRoot!;
    const found: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) found.push(node.textContent ?? "");
      if (node instanceof Element) {
        const label = node.getAttribute("aria-label");
        if (label) found.push(label);
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      for (const child of node.childNodes) walk(child);
    };
    for (const id of tileIds) {
      const tile = app.querySelector(`#${id}`);
      if (tile) walk(tile);
    }
    return found.join(" ");
  }, ids);
  return [...texts.matchAll(/-?\d[\d,]*(\.\d+)?%?/g)].map((m) => {
    const number = Number(m[0].replaceAll(",", "").replace("%", ""));
    return m[0].endsWith("%") ? number / 100 : number;
  });
}
