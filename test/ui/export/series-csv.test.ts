import { describe, expect, it } from "vitest";
import { SERIES_COLUMNS, type TimeSeries } from "../../../src/engine/types.js";
import { fileStem } from "../../../src/ui/export/download.js";
import { seriesCsv } from "../../../src/ui/export/series-csv.js";

function series(ticks: number, likes: number[]): TimeSeries {
  const out = {} as TimeSeries;
  for (const column of SERIES_COLUMNS) out[column] = new Float64Array(ticks).fill(Number.NaN);
  out.tick = Float64Array.from({ length: ticks }, (_, i) => i);
  out.likes = Float64Array.from(likes);
  return out;
}

describe("the time-series CSV", () => {
  it("has a header naming run, world and every series column", () => {
    const [header] = seriesCsv([]).split("\n");
    expect(header).toBe(["run", "world", ...SERIES_COLUMNS].join(","));
  });

  it("writes a row per run, world and tick, with unmeasured values as empty cells", () => {
    const csv = seriesCsv([
      { label: "A: chronological", worlds: [series(2, [3, 4.5])] },
      { label: "B", worlds: [series(1, [7]), series(1, [8])] },
    ]);
    const lines = csv.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    const likes = SERIES_COLUMNS.indexOf("likes") + 2;
    expect(lines.slice(1).map((line) => line.split(",")[likes])).toEqual(["3", "4.5", "7", "8"]);
    expect(lines[1].split(",")[SERIES_COLUMNS.indexOf("giniVideos") + 2]).toBe("");
    expect(lines[4].split(",").slice(0, 3)).toEqual(["B", "1", "0"]);
  });

  it("quotes labels that hold commas or quotes", () => {
    const csv = seriesCsv([{ label: 'a, "b"', worlds: [series(1, [1])] }]);
    expect(csv.split("\n")[1].startsWith('"a, ""b""",0,')).toBe(true);
  });

  it("names files with letters, digits and dashes only", () => {
    expect(fileStem("default/../x y")).toBe("default-x-y");
    expect(fileStem("???")).toBe("likesim");
  });
});
