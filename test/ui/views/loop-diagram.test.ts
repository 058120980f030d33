// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import "../../../src/ui/views/loop-diagram.js";
import type { LsLoopDiagram } from "../../../src/ui/views/loop-diagram.js";
import { drawLoopDiagram, updateLoopValues } from "../../../src/ui/views/loop-drawing.js";
import { LOOP_WINDOW, LoopMeter } from "../../../src/ui/views/loop-rates.js";
import { fixtureSeries } from "../fixtures/chart-fixtures.js";
import { detachedSvg, normaliseSvg } from "../fixtures/svg-snapshot.js";

const series = fixtureSeries(50, 1.4, 5);

function sum(values: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += values[i];
  return total;
}

describe("the loop's rates", () => {
  it("are the means of the last few ticks, the like rate their likes over their views", () => {
    const rates = new LoopMeter().update(series)!;
    const from = 50 - LOOP_WINDOW;
    expect(rates.tick).toBe(50);
    expect(rates.ticks).toBe(LOOP_WINDOW);
    expect(rates.impressionsPerTick).toBeCloseTo(
      sum(series.impressions, from, 50) / LOOP_WINDOW,
      9,
    );
    expect(rates.likesPerTick).toBeCloseTo(sum(series.likes, from, 50) / LOOP_WINDOW, 9);
    expect(rates.likeRate).toBeCloseTo(
      sum(series.likes, from, 50) / sum(series.impressions, from, 50),
      12,
    );
  });

  it("are the same read all at once or a few rows at a time, the widths included", () => {
    const once = new LoopMeter().update(series);
    const meter = new LoopMeter();
    for (const rows of [3, 10, 11, 30, 50]) meter.update(fixtureSeries(rows, 1.4, 5));
    expect(meter.update(series)).toEqual(once);
  });

  it("are never NaN: with nothing shown, the like rate is undefined and the flows are 0", () => {
    const empty = fixtureSeries(3, 1, 1);
    empty.impressions.fill(0);
    empty.likes.fill(0);
    empty.likeRate.fill(Number.NaN);
    empty.topShareImpressions.fill(Number.NaN);
    const rates = new LoopMeter().update(empty)!;
    expect(rates.likeRate).toBeUndefined();
    expect(rates.topShareImpressions).toBeUndefined();
    expect(Object.values(rates.flow)).toEqual([0, 0, 0, 0]);
    expect(new LoopMeter().update(fixtureSeries(0, 1, 1))).toBeUndefined();
  });

  it("give each flow as a share of its largest value so far", () => {
    const rates = new LoopMeter().update(series)!;
    for (const share of Object.values(rates.flow)) {
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThanOrEqual(1);
    }
  });
});

describe("the loop diagram", () => {
  const data = { rates: new LoopMeter().update(series), ranker: "for-you", tick: 50, motion: true };

  it("shows each stage's smoothed value and matches its snapshot", async () => {
    const svg = detachedSvg();
    drawLoopDiagram(svg, data, 640);
    const text = svg.textContent ?? "";
    for (const stage of ["engagement", "ranking score", "visibility", "views", "likes"]) {
      expect(text).toContain(stage);
    }
    expect(text).toContain(
      `${Math.round(data.rates!.likesPerTick).toLocaleString("en-US")} a tick`,
    );
    expect(text).toContain(`${(100 * data.rates!.likeRate!).toFixed(1)}% of views liked`);
    expect(text).toContain(`mean of the last ${LOOP_WINDOW} ticks`);
    expect(text).toContain("tick 50");
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("__snapshots__/loop-diagram.svg");
  });

  it("never reads NaN, before the first tick or with nothing shown", () => {
    const svg = detachedSvg();
    drawLoopDiagram(svg, { ...data, rates: undefined, tick: 0 }, 640);
    expect(svg.textContent).not.toContain("NaN");
    expect(svg.textContent).toContain("press Play");
    expect(svg.getAttribute("aria-label")).not.toContain("NaN");
  });

  it("draws each arrow as wide as its flow", () => {
    const svg = detachedSvg();
    drawLoopDiagram(svg, data, 640);
    const width = (i: number) =>
      Number(svg.querySelector(`.arrow-${i}`)?.getAttribute("stroke-width"));
    const thin = { ...data.rates!, flow: { likes: 0, rate: 0, focus: 0, impressions: 0 } };
    const wide = { ...data.rates!, flow: { likes: 1, rate: 1, focus: 1, impressions: 1 } };
    updateLoopValues(svg, { ...data, rates: thin });
    const narrow = [0, 1, 2, 3, 4].map(width);
    updateLoopValues(svg, { ...data, rates: wide });
    for (const [i, w] of [0, 1, 2, 3, 4].map(width).entries())
      expect(w).toBeGreaterThan(narrow[i] + 5);
  });
  it("depends on the tick's data alone, not on the riders shown in earlier frames", () => {
    const busy = { ...data.rates!, flow: { ...data.rates!.flow, likes: 1 } };
    const calm = { ...data.rates!, flow: { ...data.rates!.flow, likes: 0.3 } };
    const replayed = detachedSvg();
    drawLoopDiagram(replayed, { ...data, rates: busy, tick: 49 }, 640);
    updateLoopValues(replayed, { ...data, rates: calm });
    const direct = detachedSvg();
    drawLoopDiagram(direct, { ...data, rates: calm }, 640);
    expect(replayed.querySelectorAll('.rider[opacity="0"]').length).toBeGreaterThan(0);
    expect(normaliseSvg(replayed)).toBe(normaliseSvg(direct));
  });
});

describe("the <ls-loop-diagram> element", () => {
  it("says the run's own tick and redraws in place as the run goes", async () => {
    const element = document.createElement("ls-loop-diagram") as LsLoopDiagram;
    document.body.append(element);
    element.series = fixtureSeries(10, 1, 1);
    element.tick = 10;
    element.ranker = "popularity";
    await element.updateComplete;
    const svg = element.shadowRoot!.querySelector("svg")!;
    const arrow = svg.querySelector(".arrow-0");
    expect(svg.textContent).toContain("tick 10");
    expect(svg.textContent).toContain("popularity");
    element.series = fixtureSeries(11, 1, 1);
    element.tick = 11;
    await element.updateComplete;
    expect(svg.textContent).toContain("tick 11");
    expect(svg.querySelector(".arrow-0")).toBe(arrow);
    expect(element.toSvgString()).toContain("tick 11");
    element.remove();
  });
});
