import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { STEP_SECONDS, TOUR } from "../../src/ui/tour/tour-steps.js";
import {
  openPage,
  pause,
  runStates,
  skipBrowser,
  startBuiltApp,
  ticksReach,
  useApp,
  waitForRun,
} from "./harness.js";

const SMALL = "?scenario=default&population.users=400&ticks=60&seed=3";

/** Every chart's SVG and the loop's, as the page would export them. */
function chartSvgs(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const root = document.querySelector("likesim-app")!.shadowRoot!;
    const out: Record<string, string> = {};
    for (const chart of root.querySelectorAll("[id^=chart-], ls-loop-diagram")) {
      const svg = (chart as unknown as { toSvgString(): string }).toSvgString();
      out[chart.id || chart.localName] = svg;
    }
    return out;
  });
}

/** The loop's riders: where each is drawn. */
function riders(page: Page): Promise<string[]> {
  return page
    .locator("ls-loop-diagram circle.rider")
    .evaluateAll((circles) =>
      circles.map(
        (c) => `${c.getAttribute("cx")},${c.getAttribute("cy")},${c.getAttribute("opacity")}`,
      ),
    );
}

/** Waits until the loop diagram has drawn `tick`. */
async function loopShows(page: Page, tick: number): Promise<void> {
  await page.waitForFunction(
    (at) =>
      document
        .querySelector("likesim-app")
        ?.shadowRoot?.querySelector("ls-loop-diagram")
        ?.shadowRoot?.querySelector("svg")
        ?.getAttribute("aria-label")
        ?.includes(`tick ${at},`),
    tick,
  );
}

describe.skipIf(skipBrowser)("the app as a teaching instrument (built app)", () => {
  const ctx = useApp(startBuiltApp);

  async function open(search: string, width = 1400) {
    const opened = await openPage(ctx.browser, width, 900);
    await opened.page.goto(ctx.app.url + search);
    await waitForRun(
      opened.page,
      search.includes("lesson=") || search.includes("compare=") ? 2 : 1,
    );
    return opened;
  }

  async function finish(page: Page, speed: string) {
    await page.getByLabel("Speed").selectOption(speed);
    await page.getByRole("button", { name: "Play" }).click();
    await page.waitForFunction(
      () =>
        (document.querySelector("likesim-app") as unknown as { group: { status: string } }).group
          .status === "finished",
      undefined,
      { timeout: 90_000 },
    );
    await page.waitForTimeout(800); // the last frame's charts are drawn
  }

  it("draws the same charts for the same run at 20 and at 1,000 ticks a second", async () => {
    const slow = await open(SMALL);
    await finish(slow.page, "20");
    const fast = await open(SMALL);
    await finish(fast.page, "1000");
    const [a, b] = [await chartSvgs(slow.page), await chartSvgs(fast.page)];
    expect(Object.keys(a).sort()).toEqual(
      [
        "chart-ccdf",
        "chart-creators",
        "chart-engagement",
        "chart-homophily",
        "chart-lorenz",
        "chart-scatter",
        "chart-trajectories",
        "ls-loop-diagram",
      ].sort(),
    );
    for (const id of Object.keys(a)) {
      expect(a[id].length, id).toBeGreaterThan(500);
      expect(b[id], id).toBe(a[id]);
    }
    // The trajectories are sampled on the run's grid of ticks: every tick of this 60-tick run.
    expect(a["chart-trajectories"]).toContain("video");
    await slow.page.close();
    await fast.page.close();
  });

  it("draws the world at tick 0 before Play, with a first action, and the loop waits still", async () => {
    const { page, log } = await open(SMALL);
    await page.locator("ls-network-view").getByText("All 400 users.").waitFor();
    const start = page.getByRole("group", { name: "Start here" });
    expect(await start.getByRole("button", { name: "▶ Start" }).isVisible()).toBe(true);
    const loop = page.locator("ls-loop-diagram svg");
    expect(await loop.getAttribute("aria-label")).toContain("tick 0");
    const before = await riders(page);
    await page.waitForTimeout(1000);
    expect(await riders(page)).toEqual(before);
    await start.getByRole("button", { name: "▶ Start" }).click();
    await ticksReach(page, 5);
    expect(await start.count()).toBe(0);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it("turns the loop a step per tick: still while paused, moved by a step", async () => {
    const { page } = await open(SMALL);
    await page.getByRole("button", { name: "Play" }).click();
    await ticksReach(page, 12);
    const tick = (await pause(page))[0].tick;
    const loop = page.locator("ls-loop-diagram svg");
    await loopShows(page, tick);
    const paused = await riders(page);
    expect(paused.filter((r) => r.endsWith(",1")).length).toBeGreaterThan(0);
    await page.waitForTimeout(800);
    expect(await riders(page)).toEqual(paused);
    await page.getByRole("button", { name: "Step" }).click();
    await ticksReach(page, tick + 1);
    await loopShows(page, tick + 1);
    expect(await riders(page)).not.toEqual(paused);
    expect(await loop.getAttribute("aria-label")).toContain(`tick ${tick + 1},`);
    await page.close();
  });

  it("never reads NaN in the loop, even while a going-viral run shows nothing liked", async () => {
    const { page } = await open("?scenario=going-viral&population.users=500");
    await page.getByLabel("Speed").selectOption("60");
    await page.getByRole("button", { name: "Play" }).click();
    const labels: string[] = [];
    for (let i = 0; i < 12; i++) {
      labels.push((await page.locator("ls-loop-diagram svg").getAttribute("aria-label")) ?? "");
      await page.waitForTimeout(150);
    }
    expect(labels.join(" ")).not.toContain("NaN");
    expect(await page.locator("ls-loop-diagram svg").textContent()).not.toContain("NaN");
    await page.close();
  });

  it("says the run's own last tick in the loop when the run ends", async () => {
    const { page } = await open(SMALL);
    await finish(page, "1000");
    await loopShows(page, 60);
    expect((await runStates(page))[0].tick).toBe(60);
    await page.close();
  });

  it("plays and pauses with the space bar, unless a control has the keyboard", async () => {
    const { page } = await open(SMALL);
    await page.locator("h1").click();
    await page.keyboard.press(" ");
    await page.waitForFunction(() => location.search.length > 0);
    expect((await runStates(page))[0].status).toBe("playing");
    await page.keyboard.press(" ");
    expect((await runStates(page))[0].status).toBe("paused");
    await page.getByLabel("Seed").focus();
    await page.keyboard.press(" ");
    expect((await runStates(page))[0].status).toBe("paused");
    await page.close();
  });

  it("puts the running seed back in the box after an invalid one, and says why", async () => {
    const { page } = await open(SMALL);
    const seed = page.getByLabel("Seed");
    await seed.fill("-4");
    await seed.press("Enter");
    await page.getByRole("alert").filter({ hasText: "Seed: -4 is not allowed" }).waitFor();
    expect(await seed.inputValue()).toBe("3");
    expect((await runStates(page))[0].status).toBe("paused");
    await page.close();
  });

  it("replays the world with the next seed on New seed, and keeps it in the link", async () => {
    const { page } = await open(SMALL);
    await page.getByRole("button", { name: "New seed" }).click();
    await page.waitForURL(/seed=4/);
    await waitForRun(page);
    expect(await page.getByLabel("Seed").inputValue()).toBe("4");
    await page.close();
  });

  it("applies a knob by restarting the run with it, says so, keeps playing, and redraws the network", async () => {
    const { page } = await open(SMALL);
    await page.getByRole("button", { name: "Play" }).click();
    await ticksReach(page, 5);
    await page.getByLabel("People on the platform").selectOption("1000");
    await page
      .getByRole("status")
      .filter({ hasText: "Started again from tick 0 with people on the platform at 1,000" })
      .waitFor();
    await page
      .locator("ls-network-view")
      .getByText(/of 1,000 users|All 1,000 users/)
      .waitFor();
    const [run] = await runStates(page);
    expect([run.users, run.status]).toEqual([1000, "playing"]);
    expect(page.url()).toContain("population.users=1000");
    await page.close();
  });

  it("follows a video from a feed card", async () => {
    const { page } = await open(SMALL);
    await page.getByRole("button", { name: "Step" }).click();
    await ticksReach(page, 1);
    const follow = page
      .locator("ls-feed-view")
      .getByRole("button", { name: /^Follow video \d+$/ })
      .first();
    const video = (await follow.getAttribute("aria-label"))?.match(/\d+/)?.[0];
    await follow.click();
    await page
      .locator("ls-spotlight h3")
      .getByText(new RegExp(`video ${video}$`, "i"))
      .waitFor();
    await page.close();
  });

  it("takes a newcomer round the views in the 60-second tour, highlighting each", async () => {
    const { page } = await open(SMALL);
    await page.getByRole("button", { name: "Tour", exact: true }).click();
    const card = page.locator("ls-tour");
    // Left alone, it moves on by itself after STEP_SECONDS; Back returns, and from then on
    // the learner keeps the pace.
    await card
      .getByText(TOUR[1].title, { exact: true })
      .waitFor({ timeout: (STEP_SECONDS + 20) * 1000 });
    await card.getByRole("button", { name: "Back" }).click();
    for (const [i, stop] of TOUR.entries()) {
      await card.getByText(stop.title, { exact: true }).waitFor();
      await page
        .locator(
          `#tile-${stop.view}${stop.view === "world" || stop.view === "race" || stop.view === "loop" ? "-0" : ""}.focus`,
        )
        .waitFor();
      await card.getByRole("button", { name: i === TOUR.length - 1 ? "Done" : "Next" }).click();
    }
    expect(await card.count()).toBe(0);
    // The tour started the run; on a slow machine it may already have reached its end.
    const [run] = await runStates(page);
    expect(["playing", "finished"]).toContain(run.status);
    expect(run.tick).toBeGreaterThan(0);
    await page.close();
  });

  it("colours each world alone in the comparison's charts", async () => {
    const { page } = await open(`${SMALL}&compare=feed.ranker&a=random&b=popularity`);
    await finish(page, "1000");
    const strokes = await page
      .locator("#chart-trajectories svg path[stroke-width='1.75']")
      .evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute("stroke")))]);
    expect(strokes.sort()).toEqual(["#0072B2", "#D55E00"].sort());
    await page.close();
  });
});
