import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  figureKey,
  parseTargets,
  targetName,
  targetsJsonSchemaText,
} from "../../src/inference/targets.js";

const root = new URL("../..", import.meta.url);

describe("targets files", () => {
  it("have their JSON Schema committed as npm run schema writes it", () => {
    expect(readFileSync(new URL("targets/schema.json", root), "utf8")).toBe(
      targetsJsonSchemaText(),
    );
  });

  it.each(readdirSync(new URL("targets", root)).filter((f) => f !== "schema.json"))(
    "ship %s valid, with a source for every target",
    (name) => {
      const file = parseTargets(
        JSON.parse(readFileSync(new URL(`targets/${name}`, root), "utf8")),
        name,
      );
      expect(file.sources.length).toBeGreaterThan(0);
      for (const target of file.targets) expect(target.source ?? "").not.toBe("");
    },
  );

  it("fill figure defaults and name figures and targets", () => {
    const file = parseTargets({
      name: "t",
      targets: [
        { figure: { kind: "topShare", fraction: 0.1 }, observed: 0.5, scale: 0.1 },
        { metric: "likeRate", observed: 0.1, scale: 0.05 },
        {
          name: "shares",
          figure: { kind: "ratio", numerator: "shares", denominator: "likes" },
          observed: 0.01,
          scale: 0.01,
        },
      ],
    });
    expect(file.targets[0].figure).toEqual({
      kind: "topShare",
      of: "videos",
      measure: "likes",
      minImpressions: 0,
      fraction: 0.1,
    });
    expect(file.targets.map(targetName)).toEqual([
      "topShare(videos.likes, top 0.1)",
      "likeRate",
      "shares",
    ]);
    expect(
      figureKey({
        kind: "quantile",
        of: "videos",
        measure: "likeRate",
        minImpressions: 100,
        q: 0.5,
      }),
    ).toBe("quantile(videos.likeRate, q 0.5, ≥100 impressions)");
  });

  it.each([
    [{ targets: [] }, /\(top level\)|name: got nothing/],
    [{ name: "t", targets: [] }, /targets: got \[\]; allowed: length ≥ 1/],
    [
      { name: "t", targets: [{ metric: "likes", observed: 1, scale: 1, unit: "x" }] },
      /targets\.0: unknown key "unit"/,
    ],
    [
      { name: "t", targets: [{ metric: "likes", observed: 1, scale: -1 }] },
      /targets\.0\.scale: got -1; allowed: > 0/,
    ],
    [
      { name: "t", targets: [{ metric: "likes", observed: "1", scale: 1 }] },
      /targets\.0\.observed: got "1"; allowed: a number/,
    ],
    [
      { name: "t", targets: [{ metric: "likes", condition: "a", observed: 1, scale: 1 }] },
      /targets\.0\.condition: got "a"; allowed: no condition \(the file declares no conditions\)/,
    ],
    [
      { name: "t", conditions: { a: {} }, targets: [{ metric: "likes", observed: 1, scale: 1 }] },
      /targets\.0\.condition: got nothing; allowed: a condition: one of "a"/,
    ],
    [
      { name: "t", targets: [{ figure: { kind: "quantile", q: 2 }, observed: 1, scale: 1 }] },
      /targets\.0\.figure\.q: got 2; allowed: ≤ 1/,
    ],
    [
      { name: "t", targets: [{ figure: { kind: "median" }, observed: 1, scale: 1 }] },
      /targets\.0\.figure\.kind: got "median"; allowed: one of "gini", "topShare", "quantile", "mean", "ratio"/,
    ],
    [
      {
        name: "t",
        targets: [
          { figure: { kind: "gini", of: "creators", minImpressions: 5 }, observed: 1, scale: 1 },
        ],
      },
      /targets\.0\.figure\.minImpressions: got 5; allowed: 0 for creators/,
    ],
    [
      {
        name: "t",
        targets: [
          { metric: "likes", observed: 1, scale: 1 },
          { metric: "likes", observed: 2, scale: 1 },
        ],
      },
      /targets\.1\.name: got nothing; allowed: a name not already used by targets\[0\] \("likes"\)/,
    ],
  ])("refuse %j, naming the field, the value and what is allowed", (input, message) => {
    expect(() => parseTargets(input, "t.json")).toThrow(
      /t\.json is not a valid likesim targets file/,
    );
    expect(() => parseTargets(input, "t.json")).toThrow(message);
  });
});
