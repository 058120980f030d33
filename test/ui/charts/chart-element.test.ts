// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import "../../../src/ui/charts/lorenz-chart.js";
import "../../../src/ui/charts/series-chart.js";
import type { LsLorenzChart } from "../../../src/ui/charts/lorenz-chart.js";
import type { LsEngagementChart } from "../../../src/ui/charts/series-chart.js";
import { fixtureWorldSeries, fixtureWorldVideos } from "../fixtures/chart-fixtures.js";

async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
): Promise<T> {
  const element = document.createElement(tag) as T;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

describe("a chart element", () => {
  it("draws an empty frame before it has data", async () => {
    const chart = await mount<LsLorenzChart>("ls-lorenz-chart");
    expect(chart.svgElement?.textContent).toContain("no videos yet");
    chart.remove();
  });

  it("redraws when its data property is set", async () => {
    const chart = await mount<LsLorenzChart>("ls-lorenz-chart");
    chart.data = fixtureWorldVideos(200).map((w) => w.lorenz);
    await chart.updateComplete;
    expect(chart.svgElement?.textContent).toContain("B: for-you — Gini");
    chart.remove();
  });

  it("exports a standalone SVG document that carries its own styling", async () => {
    const chart = await mount<LsEngagementChart>("ls-engagement-chart");
    chart.data = fixtureWorldSeries(30);
    await chart.updateComplete;
    const text = chart.toSvgString();
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).toContain('font-family="system-ui');
    expect(text).toContain("Impressions and likes over time");
    const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
    expect(parsed.documentElement.getAttribute("role")).toBe("img");
    chart.remove();
  });
});
