/**
 * The README's screenshots: the first screen, a lesson half-way and the spotlight, at
 * 1400×900 and on a 375-px phone, from the built app. Not a test: a person (or an agent)
 * looks at them. Usage: npx tsx test/browser/shoot-docs.ts [outDir]
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { launchChromium, openPage, startBuiltApp, ticksReach, waitForRun } from "./harness.js";

const outDir = process.argv[2] ?? "docs/img";
mkdirSync(outDir, { recursive: true });
const app = await startBuiltApp();
const browser = await launchChromium();

async function pauseAt(page: Page, tick: number): Promise<void> {
  await ticksReach(page, tick);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.waitForTimeout(2500); // the last frame's charts and the network settle
}

/** Scrolls the tile to the top of a phone's screen. */
async function scrollTo(page: Page, id: string): Promise<void> {
  await page.evaluate((tile) => {
    const root = document.querySelector("likesim-app")!.shadowRoot!;
    root.querySelector(`#${tile}`)?.scrollIntoView({ block: "start" });
  }, id);
  await page.waitForTimeout(400);
}

try {
  for (const [width, name] of [
    [1400, "desktop"],
    [375, "phone"],
  ] as const) {
    const shot = async (page: Page, what: string) =>
      page.screenshot({ path: `${outDir}/${what}-${name}.png` });

    const first = await openPage(browser, width, 900);
    await first.page.goto(`${app.url}?scenario=default`);
    await waitForRun(first.page);
    await first.page.waitForTimeout(4000); // the layout settles on screen
    await shot(first.page, "first-screen");
    await first.page.close();

    const lesson = await openPage(browser, width, 900);
    await lesson.page.goto(`${app.url}?lesson=rich-get-richer`);
    await waitForRun(lesson.page, 2);
    await lesson.page
      .getByLabel("clearly higher: many more videos are left with few likes")
      .check();
    await lesson.page.getByLabel("Speed").selectOption("20");
    await lesson.page.getByRole("button", { name: "Run", exact: true }).click();
    await pauseAt(lesson.page, 60);
    if (width < 600) await scrollTo(lesson.page, "tile-world-0");
    await shot(lesson.page, "lesson-mid-run");
    await lesson.page.close();

    const spot = await openPage(browser, width, 900);
    await spot.page.goto(`${app.url}?scenario=rich-get-richer`);
    await waitForRun(spot.page);
    await spot.page.getByLabel("Speed").selectOption("20");
    await spot.page.getByRole("button", { name: "Play" }).click();
    await pauseAt(spot.page, 50);
    await spot.page.locator("ls-video-race li button").first().click();
    await spot.page.mouse.move(1, 1);
    await spot.page.waitForTimeout(2500);
    if (width < 600) await scrollTo(spot.page, "tile-race-0");
    await shot(spot.page, "spotlight");
    await spot.page.close();
    console.log(`${width} px done`);
  }
} finally {
  await browser.close();
  await app.close();
}
