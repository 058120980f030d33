import { describe, expect, it } from "vitest";
import { SERIES_COLUMNS, type TimeSeries } from "../../src/engine/types.js";
import { SeriesStore } from "../../src/ui/series-store.js";

function rows(from: number, count: number): TimeSeries {
  const series = {} as TimeSeries;
  SERIES_COLUMNS.forEach((column, c) => {
    series[column] = Float64Array.from({ length: count }, (_, i) => (from + i) * 100 + c);
  });
  return series;
}

describe("the series store", () => {
  it("appends batches of rows in order, growing past its first capacity", () => {
    const store = new SeriesStore();
    for (let from = 0; from < 1000; from += 37) store.append(rows(from, Math.min(37, 1000 - from)));
    expect(store.length).toBe(1000);
    expect(store.column("tick")[999]).toBe(99_900);
    expect(store.column("likes")[500]).toBe(50_000 + SERIES_COLUMNS.indexOf("likes"));
  });

  it("gives a new view object after each append, so that Lit sees a change", () => {
    const store = new SeriesStore();
    store.append(rows(0, 3));
    const first = store.view();
    store.append(rows(3, 2));
    const second = store.view();
    expect(second).not.toBe(first);
    expect(second.tick.length).toBe(5);
  });

  it("starts again from nothing after clear", () => {
    const store = new SeriesStore();
    store.append(rows(0, 10));
    store.clear();
    store.append(rows(0, 1));
    expect(Array.from(store.column("tick"))).toEqual([0]);
  });
});
