import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createSimulation } from "../../src/engine/simulation.js";
import { readPageState } from "../../src/ui/page-state.js";
import { planPageRuns } from "../../src/ui/run-plan.js";
import { catalog } from "../../src/ui/scenario-catalog.js";
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

const SMALL = "?scenario=default&population.users=400&ticks=60&seed=3";

/** Lets go of a slider at `value`, as a learner's drag ends. */
async function turn(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label).evaluate((input, to) => {
    (input as HTMLInputElement).value = to;
    input.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
  }, value);
}

/** The run a link describes, played in Node from tick 0. */
function nodeRunOf(url: string) {
  const plan = planPageRuns(readPageState(new URL(url).search, "default"), catalog);
  if (!plan.ok) throw new Error(plan.problems.join("\n"));
  const sim = createSimulation(plan.runs[0].scenario);
  sim.step(plan.runs[0].scenario.ticks);
  return sim.metrics();
}

describe.skipIf(skipBrowser)("knobs turned mid-run (npm run build, vite preview)", () => {
  const ctx = useApp(startBuiltApp);

  it("branch the run at the tick they are turned: it goes on from there, the link replays it, Node agrees", async () => {
    const { page, log } = await openPage(ctx.browser);
    await page.goto(ctx.app.url + SMALL);
    await waitForRun(page);
    await page.getByRole("button", { name: "Play" }).click();
    await ticksReach(page, 10);
    const [paused] = await pause(page);
    await turn(page, "How much people copy others", "6");
    const notice = page.getByRole("status").filter({ hasText: `From tick ${paused.tick} on:` });
    await notice.waitFor();
    expect(await notice.textContent()).toContain("how much people copy others is now 6");
    await page.waitForURL(new RegExp(`live=${paused.tick}%3Abehaviour.socialProof%3D6`));
    const [after] = await runStates(page);
    expect([after.tick, after.status]).toEqual([paused.tick, "paused"]);
    expect(await page.getByLabel("How much people copy others").inputValue()).toBe("6");

    await page.getByRole("button", { name: "Play" }).click();
    await ticksReach(page, paused.tick + 8);
    await turn(page, "Friends' influence", "0");
    await page.getByRole("status").filter({ hasText: "friends' influence is now 0" }).waitFor();
    await page.waitForURL(/live=\d+%3Abehaviour.friendLiked%3D0/);
    await pause(page);
    await playToEnd(page);
    const [ran] = await runMetrics(page);
    const url = page.url();
    expectSameRun(ran, nodeRunOf(url));
    const unchanged = nodeRunOf(ctx.app.url + SMALL);
    expect(ran.summary.likes).not.toBe(unchanged.summary.likes);
    expect(await page.locator("svg text").filter({ hasText: "copying 6" }).count()).toBeGreaterThan(
      0,
    );
    expect(log.errors).toEqual([]);

    // Reset replays the run with both changes at their ticks.
    await page.getByRole("button", { name: "Reset" }).click();
    await waitForRun(page);
    expect((await runStates(page))[0]).toMatchObject({ tick: 0, status: "paused" });
    await playToEnd(page);
    expectSameRun((await runMetrics(page))[0], nodeRunOf(url));
    await page.close();
  });

  it("refuses a live edit the scenario does not allow, from a link, naming it", async () => {
    const { page } = await openPage(ctx.browser);
    await page.goto(`${ctx.app.url}${SMALL}&live=12%3Abehaviour.socialProof%3D5000`);
    await waitForRun(page);
    const alert = page.getByRole("alert").filter({ hasText: "5000" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      "From tick 12 on, How much people copy others: 5000 is not allowed; it must be at most 1000.",
    );
    await page.close();
  });
});
