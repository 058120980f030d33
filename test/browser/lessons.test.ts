import { describe, expect, it } from "vitest";
import { LESSONS } from "../../src/lessons/catalog.js";
import { formatValue } from "../../src/lessons/lesson-text.js";
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
    await page.getByText("Your prediction matched what the model showed").waitFor();
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

  it("steps through every lesson with Next, each opening its own link and filling in its numbers", async () => {
    const { page, log } = await openPage(ctx.browser, 1280, 900);
    await page.goto(`${ctx.app.url}?lesson=${LESSONS[0].id}`);
    await page.getByLabel("Speed").selectOption("1000");
    for (const [i, lesson] of LESSONS.entries()) {
      if (i > 0) await page.getByRole("button", { name: /^Next lesson/ }).click();
      await page.waitForURL(
        new RegExp(`scenario=${lesson.scenario.replace(".json", "")}&lesson=${lesson.id}$`),
      );
      await waitForRun(page, 2);
      await page.locator("ls-lesson-panel input[type=radio]").first().check();
      await page.getByRole("button", { name: "Run", exact: true }).click();
      const lookAt = page.locator("ls-lesson-panel .look-at");
      await lookAt.waitFor({ timeout: 60_000 });
      const text = (await lookAt.textContent()) ?? "";
      expect(text, lesson.id).toMatch(/\d/);
      // A number the run did not report reads "–" (as a word; "log–log" is the text's own).
      expect(text, lesson.id).not.toMatch(/[{}]|(^|\s)–(?![\w])/);
    }
    expect(await page.getByRole("button", { name: /^Next/ }).isDisabled()).toBe(true);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
