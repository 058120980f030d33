import { describe, expect, it } from "vitest";
import type { TimeSeries } from "../../src/engine/types.js";
import type { RunData } from "../../src/ui/chart-data.js";
import { ChartFeed } from "../../src/ui/chart-feed.js";
import { LikeHistory } from "../../src/ui/like-history.js";

const run: RunData = {
  label: "A",
  series: {} as TimeSeries,
  snapshot: undefined,
  history: new LikeHistory(),
};

describe("the chart feed", () => {
  it("rebuilds one chart's data per slot while playing, every chart in turn", () => {
    let time = 0;
    const feed = new ChartFeed(600, () => time);
    let before = feed.inputs([run], true);
    const changed: string[] = [];
    for (let slot = 0; slot < 6; slot++) {
      time += 100;
      const after = feed.inputs([run], true);
      const names = (Object.keys(after) as (keyof typeof after)[]).filter(
        (k) => after[k] !== before[k],
      );
      changed.push(...names);
      expect(names.length).toBeLessThanOrEqual(1);
      before = after;
    }
    expect(new Set(changed).size).toBe(6);
  });

  it("rebuilds nothing within a slot while playing", () => {
    let time = 0;
    const feed = new ChartFeed(600, () => time);
    const first = feed.inputs([run], true);
    time += 50;
    expect(feed.inputs([run], true)).toBe(first);
  });

  it("lets a chart wait for a frame without a new snapshot, two slots at most", () => {
    let time = 0;
    const feed = new ChartFeed(600, () => time);
    const first = feed.inputs([run], true);
    time += 100;
    expect(feed.inputs([run], true, true)).toBe(first);
    time += 100;
    expect(feed.inputs([run], true, true)).not.toBe(first);
  });

  it("rebuilds every chart at once when nothing plays", () => {
    const feed = new ChartFeed(600, () => 0);
    const first = feed.inputs([run], false);
    const second = feed.inputs([run], false);
    for (const key of Object.keys(first) as (keyof typeof first)[]) {
      expect(second[key]).not.toBe(first[key]);
    }
  });
});
