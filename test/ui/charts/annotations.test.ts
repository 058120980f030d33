import { describe, expect, it } from "vitest";
import { annotate } from "../../../src/ui/charts/annotations.js";
import { fixtureSeries } from "../fixtures/chart-fixtures.js";

function series(active: number[], viral: number[]) {
  const s = fixtureSeries(active.length, 1, 1);
  s.activeCreators.set(active);
  s.viralCount.set(viral);
  return s;
}

describe("moments marked on the time charts", () => {
  it("mark the first viral video and the largest falls in active creators, from the series alone", () => {
    const s = series([100, 100, 99, 80, 60, 60, 60, 58, 58, 58], [0, 0, 0, 1, 1, 2, 2, 2, 2, 2]);
    expect(annotate(s, 1)).toEqual([
      { tick: 4, text: "first video goes viral", world: 1 },
      { tick: 5, text: "40 creators quit", world: 1 },
    ]);
  });

  it("leave out small falls (under a tenth of the creators) and runs with neither", () => {
    const s = series([100, 99, 98, 97, 96, 95], [0, 0, 0, 0, 0, 0]);
    expect(annotate(s)).toEqual([]);
  });

  it("keep the two largest falls when there are more", () => {
    const s = series([100, 80, 80, 50, 50, 40, 40, 10], [0, 0, 0, 0, 0, 0, 0, 0]);
    expect(annotate(s).map((note) => note.text)).toEqual(["30 creators quit", "30 creators quit"]);
  });
});
