import { describe, expect, it } from "vitest";
import { createSimulation, restoreSimulation } from "../../src/engine/index.js";
import type { Simulation } from "../../src/engine/types.js";
import { RANKERS } from "../../src/scenario/sections/feed.js";
import { openPage, skipBrowser, startDevServer, useApp } from "./harness.js";

/** Two worlds with joiners, churn, bots, follows and judging on: every struct keeps state. */
function scenario(ranker: string) {
  return {
    ticks: 16,
    worlds: 2,
    population: { users: 300, leaveRate: 0.05, returnRate: 0.2 },
    graph: { kind: "barabasi-albert", m: 3 },
    content: { maxAge: 8, catalog: 30 },
    feed: { ranker },
    creators: { joinRate: 0.002, judgeAfter: 3, postRate: 0.1 },
    bots: { count: 20, targetCreators: 2, likesPerVideo: 10 },
    metrics: { every: 3 },
  };
}

/** The run's metrics as plain arrays of numbers (Playwright carries NaN and −0 across exactly). */
function plain(sim: Simulation) {
  const { summary, worlds, series } = sim.metrics();
  return { summary, worlds, series: series.map((s) => Object.values(s).map((c) => Array.from(c))) };
}

describe.skipIf(skipBrowser)("save and restore in Chromium", () => {
  const context = useApp(startDevServer);

  it("a run restored at tick 6 ends as the uninterrupted run, for every ranker, and as in Node", async () => {
    const { page } = await openPage(context.browser);
    await page.goto(context.app.url);
    // The engine's own modules, served by Vite's dev server as the app imports them (a string,
    // so that the test runner does not rewrite the page's import as its own).
    await page.evaluate(
      'import("/src/engine/index.ts").then((engine) => { globalThis.likesimEngine = engine; })',
    );
    const inBrowser = await page.evaluate(
      ({ rankers, scenarios }: { rankers: string[]; scenarios: object[] }) => {
        const engine = (
          globalThis as unknown as { likesimEngine: typeof import("../../src/engine/index.js") }
        ).likesimEngine;
        const plainOf = (sim: ReturnType<typeof engine.createSimulation>) => {
          const { summary, worlds, series } = sim.metrics();
          return {
            summary,
            worlds,
            series: series.map((s) => Object.values(s).map((c) => Array.from(c))),
          };
        };
        return rankers.map((_ranker: string, i: number) => {
          const whole = engine.createSimulation(scenarios[i], { seed: 3 });
          whole.step(16);
          const first = engine.createSimulation(scenarios[i], { seed: 3 });
          first.step(6);
          // As a state sent to or from a worker would be: structured-cloned.
          const restored = engine.restoreSimulation(structuredClone(first.save()));
          restored.step(10);
          return { whole: plainOf(whole), restored: plainOf(restored) };
        });
      },
      { rankers: [...RANKERS], scenarios: RANKERS.map(scenario) },
    );
    RANKERS.forEach((ranker, i) => {
      const node = createSimulation(scenario(ranker), { seed: 3 });
      node.step(6);
      const nodeRestored = restoreSimulation(node.save());
      nodeRestored.step(10);
      // Each world's series: every column, 16 ticks long.
      expect(inBrowser[i].whole.series[1][0], ranker).toHaveLength(16);
      expect(inBrowser[i].restored, ranker).toEqual(inBrowser[i].whole);
      expect(inBrowser[i].restored, `${ranker}: Chromium against Node`).toEqual(
        plain(nodeRestored),
      );
    });
  });
});
