import { describe, expect, it } from "vitest";
import type { TimeSeries } from "../../src/engine/types.js";
import type { DistributionFrame } from "../../src/engine-host/distributions.js";
import type { RunData } from "../../src/ui/chart-data.js";
import { ChartFeed } from "../../src/ui/chart-feed.js";

/** A run whose series and charts frame are new objects, as after a frame that brought both. */
function fresh(): RunData {
  return {
    label: "A",
    series: {} as TimeSeries,
    charts: { trajectories: [] } as unknown as DistributionFrame,
  };
}

function changedBetween(a: object, b: object): string[] {
  return Object.keys(a).filter((k) => a[k as keyof typeof a] !== b[k as keyof typeof b]);
}

describe("the chart feed", () => {
  it("rebuilds one chart's data per slot while playing, every stale chart in turn", () => {
    let time = 0;
    const feed = new ChartFeed(700, () => time);
    const run = fresh();
    const empty = feed.inputs([], false);
    let before = empty;
    const changed: string[] = [];
    for (let slot = 0; slot < 7; slot++) {
      time += 100;
      const after = feed.inputs([run], true);
      const names = changedBetween(after, before);
      changed.push(...names);
      expect(names.length).toBeLessThanOrEqual(1);
      before = after;
    }
    expect(new Set(changed).size).toBe(7);
  });

  it("rebuilds nothing within a slot while playing", () => {
    let time = 0;
    const feed = new ChartFeed(600, () => time);
    const first = feed.inputs([fresh()], true);
    time += 50;
    expect(feed.inputs([fresh()], true)).toBe(first);
  });

  it("rebuilds no chart whose data did not change, playing or not", () => {
    let time = 0;
    const feed = new ChartFeed(600, () => time);
    const run = fresh();
    const first = feed.inputs([run], false);
    for (let slot = 0; slot < 12; slot++) {
      time += 100;
      expect(feed.inputs([run], slot % 2 === 0)).toBe(first);
    }
    const next = { ...run, series: {} as TimeSeries };
    expect(changedBetween(feed.inputs([next], false), first).sort()).toEqual([
      "creators",
      "engagement",
      "homophily",
    ]);
  });

  it("rebuilds every stale chart at once when nothing plays", () => {
    const feed = new ChartFeed(600, () => 0);
    const first = feed.inputs([fresh()], false);
    const second = feed.inputs([fresh()], false);
    expect(changedBetween(second, first)).toHaveLength(7);
  });
});
