import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createSimulation } from "../../src/engine/simulation.js";
import { parseOverride, scenarioWith } from "../../src/scenario/overrides.js";
import { findScenario } from "../../src/ui/scenario-catalog.js";
import {
  foreignRequests,
  openPage,
  openSettings,
  playToEnd,
  runMetrics,
  runStates,
  skipBrowser,
  startBuiltApp,
  useApp,
  waitForRun,
} from "./harness.js";
import { expectSameRun } from "./same-run.js";

/** The same scenario run in Node, directly through the engine: the numbers the page must match. */
function nodeRun(overrides: string[]) {
  const input = findScenario("default")!.input;
  const scenario = scenarioWith(
    input,
    overrides.map((text) => parseOverride(text)),
  );
  const simulation = createSimulation(scenario);
  simulation.step(scenario.ticks);
  return simulation.metrics();
}

const SMALL = ["population.users=400", "ticks=60", "seed=11"];
const search = (overrides: string[], extra = "") =>
  `?scenario=default&${overrides.join("&")}${extra}`;

describe.skipIf(skipBrowser)(
  "the built app's numbers, links and files (npm run build, vite preview)",
  () => {
    const ctx = useApp(startBuiltApp);

    async function open(
      query: string,
    ): Promise<{ page: Page; log: Awaited<ReturnType<typeof openPage>>["log"] }> {
      const opened = await openPage(ctx.browser);
      await opened.page.goto(ctx.app.url + query);
      await waitForRun(opened.page, query.includes("compare=") ? 2 : 1);
      return opened;
    }

    it("gives exactly the numbers the engine gives in Node for the same scenario and seed", async () => {
      const { page, log } = await open(search(SMALL));
      await playToEnd(page);
      const [metrics] = await runMetrics(page);
      expectSameRun(metrics, nodeRun(SMALL));
      expect(log.violations).toEqual([]);
      expect(log.errors).toEqual([]);
      expect(foreignRequests(log, ctx.app)).toEqual([]);
      await page.close();
    });

    it("reproduces a run from its shared link, after settings were changed on the page", async () => {
      const { page } = await open(search(SMALL));
      await page.locator("#seed").fill("77");
      await page.locator("#seed").press("Enter");
      await page.waitForURL(/seed=77/);
      await openSettings(page, "Advanced: every setting");
      await page.locator("#p-feed-ranker").selectOption("popularity");
      await page.waitForURL(/feed\.ranker=popularity/);
      await waitForRun(page);
      await playToEnd(page);
      await openSettings(page, "Share and export");
      const link = await page.locator("#share").inputValue();
      const [first] = await runMetrics(page);
      await page.close();

      const again = await openPage(ctx.browser);
      await again.page.goto(link);
      await waitForRun(again.page);
      await playToEnd(again.page);
      const [second] = await runMetrics(again.page);
      expect(second.summary).toEqual(first.summary);
      expect(second.series).toEqual(first.series);
      expectSameRun(
        second,
        nodeRun(["population.users=400", "ticks=60", "seed=77", "feed.ranker=popularity"]),
      );
      await again.page.close();
    });

    it("runs two worlds in compare mode, each equal to its own Node run", async () => {
      const compare = "&compare=feed.ranker&a=chronological&b=for-you";
      const { page, log } = await open(search(SMALL, compare));
      expect((await runStates(page)).map((run) => run.label)).toEqual([
        "A: chronological",
        "B: for-you",
      ]);
      await playToEnd(page);
      const [a, b] = await runMetrics(page);
      expectSameRun(a, nodeRun([...SMALL, "feed.ranker=chronological"]));
      expectSameRun(b, nodeRun([...SMALL, "feed.ranker=for-you"]));
      expect(a.summary.likes).not.toBe(b.summary.likes);
      const legend = await page.locator("#chart-engagement svg").textContent();
      expect(legend).toContain("A: chronological");
      expect(legend).toContain("B: for-you");
      expect(log.violations).toEqual([]);
      await page.close();
    });

    it("steps MusicLab's eight worlds in Web Workers of their own, with the numbers of the run in Node", async () => {
      const { page, log } = await openPage(ctx.browser);
      // Four cores: the engine worker keeps two worlds and starts three world workers.
      await page.addInitScript(() =>
        Object.defineProperty(navigator, "hardwareConcurrency", { get: () => 4 }),
      );
      const started: string[] = [];
      page.on("worker", (worker) => started.push(worker.url()));
      await page.goto(`${ctx.app.url}?scenario=musiclab&seed=3`);
      await waitForRun(page);
      await playToEnd(page);
      const [metrics] = await runMetrics(page);
      const node = createSimulation(findScenario("musiclab")!.input, { seed: 3 });
      node.step(node.scenario.ticks);
      expectSameRun(metrics, node.metrics());
      expect(metrics.series).toHaveLength(8);
      expect(started.filter((url) => url.includes("world.worker"))).toHaveLength(3);
      expect(await page.locator("ls-world-grid ol[aria-label=worlds] > li").count()).toBe(8);
      expect((await page.locator("ls-world-grid p").allTextContents()).join(" ")).toContain(
        "stepped side by side in 4 workers",
      );
      expect(log.errors).toEqual([]);
      expect(log.violations).toEqual([]);
      await page.close();
    });

    it("exports the time series as CSV, the scenario as JSON and a chart as SVG and PNG", async () => {
      const { page, log } = await open(search(["population.users=300", "ticks=15", "seed=5"]));
      await playToEnd(page);
      await openSettings(page, "Share and export");
      const download = async (name: string | RegExp) => {
        const [file] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name }).click(),
        ]);
        const stream = await file.createReadStream();
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
      };
      const csv = await download("Time series (CSV)");
      expect(csv.name).toBe("default-series.csv");
      const lines = csv.bytes.toString("utf8").trimEnd().split("\n");
      expect(lines[0].startsWith("run,world,tick,impressions,likes")).toBe(true);
      expect(lines).toHaveLength(1 + 15);

      const scenario = await download("Scenario (JSON)");
      const parsed = JSON.parse(scenario.bytes.toString("utf8"));
      expect(parsed).toMatchObject({ seed: 5, ticks: 15, population: { users: 300 } });

      const svg = await download("Impressions and likes over time as SVG");
      expect(svg.name).toBe("default-engagement.svg");
      expect(svg.bytes.toString("utf8")).toMatch(
        /^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
      );

      const png = await download("Quality vs likes as PNG");
      expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
      expect(png.bytes.length).toBeGreaterThan(2000);
      expect(log.violations).toEqual([]);
      expect(log.errors).toEqual([]);
      await page.close();
    });

    it("reads a network file from the app's own public/ folder and says when it sampled it", async () => {
      const network = ["graph.kind=file", "graph.path=networks/karate_club.edgelist", "ticks=10"];
      const { page, log } = await open(search([...network, "population.users=20"]));
      await expect(page.locator(".note").first().textContent()).resolves.toMatch(
        /Network read from networks\/karate_club\.edgelist \(34 people, 78 ties; the scenario's 20 users are a breadth-first sample/,
      );
      await playToEnd(page);
      expect(
        log.requests.filter((url) =>
          new URL(url).pathname.endsWith("/networks/karate_club.edgelist"),
        ),
      ).toHaveLength(1);
      expect(foreignRequests(log, ctx.app)).toEqual([]);
      await page.close();
    });
  },
);
