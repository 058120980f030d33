import { describe, expect, it } from "vitest";
import { SERIES_COLUMNS, type TimeSeries } from "../../src/engine/types.js";
import { csvField, csvText } from "../../src/formats/csv.js";
import { jsonText } from "../../src/formats/json-text.js";
import { seriesRows } from "../../src/formats/series-csv.js";

describe("csvField, the one quoting rule of the app's and the CLI's CSV", () => {
  it("leaves plain text and numbers bare", () => {
    expect(["abc", 1.5, 0, -2, "été 東京 🎉"].map(csvField)).toEqual([
      "abc",
      "1.5",
      "0",
      "-2",
      "été 東京 🎉",
    ]);
  });

  it("quotes text with a comma, a quote, a line feed or a carriage return (RFC 4180)", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });

  it("writes NaN, infinities, null and missing values as empty cells", () => {
    expect([Number.NaN, Number.POSITIVE_INFINITY, null, undefined].map(csvField)).toEqual([
      "",
      "",
      "",
      "",
    ]);
  });

  it("writes other values as JSON, quoted when the JSON needs it", () => {
    expect(csvField(true)).toBe("true");
    expect(csvField([1, 2])).toBe('"[1,2]"');
  });

  it("joins a header and rows, each line ending in a newline", () => {
    expect(csvText(["a", "b"], [[1, "x,y"]])).toBe('a,b\n1,"x,y"\n');
  });
});

describe("jsonText", () => {
  it("indents, ends with a newline and writes non-finite numbers as null", () => {
    expect(jsonText({ a: Number.NaN, b: [Number.NEGATIVE_INFINITY, 2] })).toBe(
      '{\n  "a": null,\n  "b": [\n    null,\n    2\n  ]\n}\n',
    );
  });
});

describe("seriesRows", () => {
  it("gives one row per world and tick: the world, then every series column in order", () => {
    const world = (likes: number[]) => {
      const series = {} as TimeSeries;
      for (const column of SERIES_COLUMNS)
        series[column] = new Float64Array(likes.length).fill(Number.NaN);
      series.tick = Float64Array.from(likes, (_, i) => i);
      series.likes = Float64Array.from(likes);
      return series;
    };
    const rows = seriesRows([world([3, 4]), world([9])]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(SERIES_COLUMNS.length + 1);
    const likes = 1 + SERIES_COLUMNS.indexOf("likes");
    expect(rows.map((row) => [row[0], row[1], row[likes]])).toEqual([
      [0, 0, 3],
      [0, 1, 4],
      [1, 0, 9],
    ]);
  });
});
