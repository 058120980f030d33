// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { MAX_DOTS } from "../../../src/engine-host/distributions.js";
import { gini } from "../../../src/metrics/index.js";
import { drawCcdfChart } from "../../../src/ui/charts/ccdf-chart.js";
import { drawLorenzChart } from "../../../src/ui/charts/lorenz-chart.js";
import { drawQualityScatter } from "../../../src/ui/charts/quality-scatter.js";
import {
  CREATOR_PANELS,
  drawSeriesChart,
  ENGAGEMENT_PANELS,
} from "../../../src/ui/charts/series-chart.js";
import { drawTrajectoriesChart } from "../../../src/ui/charts/trajectories-chart.js";
import {
  fixtureTrajectories,
  fixtureVideos,
  fixtureWorldSeries,
  fixtureWorldVideos,
} from "../fixtures/chart-fixtures.js";
import { detachedSvg, normaliseSvg } from "../fixtures/svg-snapshot.js";

const WIDTH = 640;

function draw(paint: (svg: SVGSVGElement) => void): SVGSVGElement {
  const svg = detachedSvg();
  paint(svg);
  return svg;
}

describe("the engagement chart", () => {
  const svg = draw((s) =>
    drawSeriesChart(
      s,
      { title: "Impressions and likes", panels: ENGAGEMENT_PANELS, worlds: fixtureWorldSeries() },
      WIDTH,
    ),
  );

  it("draws one line per world in each panel, labels both axes and matches its snapshot", async () => {
    expect(svg.querySelectorAll("path[stroke-width='1.75']")).toHaveLength(4);
    expect(svg.textContent).toContain("impressions per tick");
    expect(svg.textContent).toContain("likes per tick");
    expect(svg.textContent).toContain("time (ticks)");
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("__snapshots__/engagement.svg");
  });

  it("is an image whose label reports the latest value of each world", () => {
    expect(svg.getAttribute("role")).toBe("img");
    const label = svg.getAttribute("aria-label") ?? "";
    const [a, b] = fixtureWorldSeries();
    expect(label).toContain(`at tick 120`);
    expect(label).toContain(`${a.label} ${a.series.likes[119].toLocaleString("en-US")}`);
    expect(label).toContain(`${b.label} ${b.series.likes[119].toLocaleString("en-US")}`);
  });

  it("joins the measurements of a column measured every few ticks rather than drawing zeros", () => {
    const worlds = fixtureWorldSeries().slice(0, 1);
    const gappy = draw((s) =>
      drawSeriesChart(
        s,
        { title: "Gini", panels: [{ column: "giniVideos", label: "Gini" }], worlds },
        WIDTH,
      ),
    );
    const d = gappy.querySelector("path[stroke-width='1.75']")?.getAttribute("d") ?? "";
    // Measured every 10th tick only: one line through the 12 measurements.
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.match(/L/g)).toHaveLength(11);
  });

  it("says there is nothing to show before the first tick", () => {
    const empty = draw((s) =>
      drawSeriesChart(s, { title: "Creators", panels: CREATOR_PANELS, worlds: [] }, WIDTH),
    );
    expect(empty.textContent).toContain("no ticks yet");
  });
});

describe("the Lorenz chart", () => {
  const worlds = fixtureWorldVideos();
  const svg = draw((s) =>
    drawLorenzChart(
      s,
      worlds.map((w) => w.lorenz),
      WIDTH,
    ),
  );

  it("puts each world's Gini in the legend and matches its snapshot", async () => {
    for (const world of worlds) {
      expect(svg.textContent).toContain(`${world.label} — Gini ${gini(world.likes).toFixed(2)}`);
    }
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("__snapshots__/lorenz.svg");
  });

  it("draws curves that start at (0, 0) and end at (1, 1) of the plot", () => {
    const curves = [...svg.querySelectorAll("path[stroke-width='2']")].map(
      (p) => p.getAttribute("d") ?? "",
    );
    expect(curves).toHaveLength(2);
    const line = svg.querySelector("line.equality");
    for (const d of curves) {
      const numbers = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      expect(numbers.slice(0, 2)).toEqual([
        Number(line?.getAttribute("x1")),
        Number(line?.getAttribute("y1")),
      ]);
      expect(numbers.slice(-2)).toEqual([
        Number(line?.getAttribute("x2")),
        Number(line?.getAttribute("y2")),
      ]);
    }
  });
});

describe("the CCDF chart", () => {
  it("plots only videos with likes on log axes, notes the rest, and matches its snapshot", async () => {
    const worlds = fixtureWorldVideos();
    const svg = draw((s) =>
      drawCcdfChart(
        s,
        worlds.map((w) => w.ccdf),
        WIDTH,
      ),
    );
    const zeros = worlds.map((w) => Array.from(w.likes).filter((v) => v === 0).length);
    expect(zeros[0]).toBeGreaterThan(0);
    expect(svg.textContent).toContain(
      `not shown: videos with no likes (${worlds[0].label} ${zeros[0].toLocaleString("en-US")}`,
    );
    expect(svg.textContent).toContain("likes x (log scale)");
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("__snapshots__/ccdf.svg");
  });
});

describe("the trajectories chart", () => {
  it("draws one line per video with its label in the legend and matches its snapshot", async () => {
    const trajectories = fixtureTrajectories();
    const svg = draw((s) => drawTrajectoriesChart(s, trajectories, WIDTH));
    expect(svg.querySelectorAll("path[stroke-width='1.75']")).toHaveLength(trajectories.length);
    for (const t of trajectories) expect(svg.textContent).toContain(t.label);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("__snapshots__/trajectories.svg");
  });
});

describe("the quality scatter", () => {
  it("draws a dot per video on a log likes axis and matches its snapshot", async () => {
    const worlds = fixtureWorldVideos(400);
    const svg = draw((s) =>
      drawQualityScatter(
        s,
        worlds.map((w) => w.scatter),
        WIDTH,
      ),
    );
    const dots = [...svg.querySelectorAll("path[fill-opacity]")].map(
      (p) => (p.getAttribute("d") ?? "").split("M").length - 1,
    );
    expect(dots).toEqual([400, 400]);
    expect(svg.textContent).toContain("likes + 1 (log scale)");
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("__snapshots__/quality-scatter.svg");
  });

  it("draws a large world thinned to at most MAX_DOTS dots and says how, in plain words", () => {
    const big = fixtureVideos(MAX_DOTS * 4 + 1, 2, 9);
    const svg = draw((s) => drawQualityScatter(s, [big.scatter], WIDTH));
    const dots =
      (svg.querySelector("path[fill-opacity]")?.getAttribute("d") ?? "").split("M").length - 1;
    expect(dots).toBeLessThanOrEqual(MAX_DOTS);
    expect(svg.textContent).toContain(
      `showing 1 in every 5 videos of ${(MAX_DOTS * 4 + 1).toLocaleString("en-US")}`,
    );
    const every2 = fixtureVideos(MAX_DOTS + 1, 2, 9);
    const two = draw((s) => drawQualityScatter(s, [every2.scatter], WIDTH));
    expect(two.textContent).toContain("showing 1 in every 2 videos");
    expect(two.textContent).not.toMatch(/\dth video/);
  });
});

describe("a chart at phone width", () => {
  it("wraps its legend onto more rows and keeps the whole chart inside its width", () => {
    const worlds = fixtureWorldVideos(200);
    const plotTop = (width: number) => {
      const svg = draw((s) =>
        drawLorenzChart(
          s,
          worlds.map((w) => w.lorenz),
          width,
        ),
      );
      expect(svg.getAttribute("viewBox")).toBe(`0 0 ${width} ${svg.getAttribute("height")}`);
      const translate = svg.querySelector(":scope > g[transform]")?.getAttribute("transform") ?? "";
      return Number(translate.match(/translate\([\d.]+,([\d.]+)\)/)?.[1]);
    };
    expect(plotTop(320)).toBeGreaterThan(plotTop(1280));
  });
});
