// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import "../../../src/ui/views/loop-diagram.js";
import type { LsLoopDiagram } from "../../../src/ui/views/loop-diagram.js";
import { drawLoopDiagram, updateLoopValues } from "../../../src/ui/views/loop-drawing.js";
import { latestRates } from "../../../src/ui/views/loop-rates.js";
import { fixtureSeries } from "../fixtures/chart-fixtures.js";
import { detachedSvg, normaliseSvg } from "../fixtures/svg-snapshot.js";

const series = fixtureSeries(50, 1.4, 5);

describe("the loop's rates", () => {
  it("are the last row of the series", () => {
    expect(latestRates(series)).toEqual({
      tick: 50,
      impressionsPerTick: series.impressions[49],
      likesPerTick: series.likes[49],
      likeRate: series.likeRate[49],
      topShareImpressions: series.topShareImpressions[49],
    });
  });

  it("are undefined before the first tick", () => {
    expect(latestRates(fixtureSeries(0, 1, 1))).toBeUndefined();
  });
});

describe("the loop diagram", () => {
  const data = { rates: latestRates(series), ranker: "for-you" };

  it("shows each stage's live value and matches its snapshot", async () => {
    const svg = detachedSvg();
    drawLoopDiagram(svg, data, 640, true);
    const text = svg.textContent ?? "";
    for (const stage of ["engagement", "ranking score", "visibility", "impressions", "likes"]) {
      expect(text).toContain(stage);
    }
    expect(text).toContain(`${series.likes[49].toLocaleString("en-US")} per tick`);
    expect(text).toContain(`${(100 * series.likeRate[49]).toFixed(1)}% like rate`);
    expect(text).toContain(`top 1% get ${Math.round(100 * series.topShareImpressions[49])}%`);
    expect(text).toContain("for-you");
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("__snapshots__/loop-diagram.svg");
  });

  it("turns with moving riders, and holds still when motion is reduced", () => {
    const moving = detachedSvg();
    drawLoopDiagram(moving, data, 640, true);
    expect(moving.querySelectorAll("animateMotion").length).toBeGreaterThan(0);
    const still = detachedSvg();
    drawLoopDiagram(still, data, 640, false);
    expect(still.querySelectorAll("animateMotion")).toHaveLength(0);
  });

  it("updates its numbers in place, leaving the riders' elements alone", () => {
    const svg = detachedSvg();
    drawLoopDiagram(svg, data, 640, true);
    const rider = svg.querySelector("animateMotion");
    const later = { ...data, rates: { ...data.rates!, tick: 51, likesPerTick: 12345 } };
    updateLoopValues(svg, later);
    expect(svg.querySelector("animateMotion")).toBe(rider);
    expect(svg.textContent).toContain("12,345 per tick");
    expect(svg.getAttribute("aria-label")).toContain("at tick 51");
  });
});

describe("the <ls-loop-diagram> element", () => {
  it("shows the last tick of its series and keeps its riders moving across ticks", async () => {
    const element = document.createElement("ls-loop-diagram") as LsLoopDiagram;
    document.body.append(element);
    element.series = fixtureSeries(10, 1, 1);
    element.ranker = "popularity";
    await element.updateComplete;
    const svg = element.shadowRoot!.querySelector("svg")!;
    const rider = svg.querySelector("animateMotion");
    expect(svg.textContent).toContain("tick 10");
    expect(svg.textContent).toContain("popularity");
    element.series = fixtureSeries(11, 1, 1);
    await element.updateComplete;
    expect(svg.textContent).toContain("tick 11");
    expect(svg.querySelector("animateMotion")).toBe(rider);
    expect(element.toSvgString()).toContain("tick 11");
    element.remove();
  });
});
