import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { OverrideError } from "../../src/scenario/overrides.js";
import {
  canonicalJson,
  parseSeeds,
  parseSweepAxis,
  SweepError,
  scenarioHash,
  shortHash,
  sweepGrid,
} from "../../src/scenario/sweep.js";
import { parseScenario } from "../../src/scenario/validate.js";

describe("parseSeeds", () => {
  it("reads a range, a list and a list of ranges", () => {
    expect(parseSeeds("1..5")).toEqual([1, 2, 3, 4, 5]);
    expect(parseSeeds("1,5,9")).toEqual([1, 5, 9]);
    expect(parseSeeds("1..3,20..22")).toEqual([1, 2, 3, 20, 21, 22]);
    expect(parseSeeds("7")).toEqual([7]);
    expect(parseSeeds("4..4")).toEqual([4]);
  });

  it("rejects a range that runs backwards, naming the argument", () => {
    expect(() => parseSeeds("5..1")).toThrow(
      /^--seeds 5\.\.1: the range 5\.\.1 runs backwards; allowed: a\.\.b with a ≤ b/,
    );
  });

  it("rejects words", () => {
    expect(() => parseSeeds("a..b")).toThrow(/--seeds a\.\.b: "a" is not a seed; allowed: whole/);
  });

  it("rejects an empty list and empty pieces", () => {
    expect(() => parseSeeds("")).toThrow(/--seeds : no seeds given/);
    expect(() => parseSeeds("1,,3")).toThrow(/"" is not a seed/);
    expect(() => parseSeeds("1..")).toThrow(/"" is not a seed/);
  });

  it("rejects negative, fractional and too large seeds", () => {
    expect(() => parseSeeds("-1")).toThrow(/"-1" is not a seed/);
    expect(() => parseSeeds("1.5")).toThrow(SweepError);
    expect(() => parseSeeds("4294967296")).toThrow(/too large; allowed: 0\.\.4294967295/);
  });

  it("rejects three-part ranges", () => {
    expect(() => parseSeeds("1..2..3")).toThrow(/"1\.\.2\.\.3" is not a range/);
  });

  it("rejects a seed listed twice", () => {
    expect(() => parseSeeds("1..5,3")).toThrow(/seed 3 is listed twice/);
  });

  it("rejects lists too long to hold", () => {
    expect(() => parseSeeds("0..4000000000")).toThrow(/more than 10000000 seeds/);
  });

  it("names the flag it was given", () => {
    expect(() => parseSeeds("x", "--seed")).toThrow(/^--seed x:/);
  });
});

describe("parseSweepAxis and sweepGrid", () => {
  it("parses each value as --set does", () => {
    const axis = parseSweepAxis("behaviour.socialProof=0,0.5,1");
    expect(axis.path).toEqual(["behaviour", "socialProof"]);
    expect(axis.values.map((v) => v.value)).toEqual([0, 0.5, 1]);
    expect(axis.values[1].label).toBe("--sweep behaviour.socialProof=0.5");
  });

  it("keeps commas inside JSON values", () => {
    const axis = parseSweepAxis('about.references=["a","b"],[],"x,y"');
    expect(axis.values.map((v) => v.value)).toEqual([["a", "b"], [], "x,y"]);
  });

  it("rejects an axis without values, with an empty value, or with a repeated value", () => {
    expect(() => parseSweepAxis("feed.ranker")).toThrow(
      /--sweep feed\.ranker: expected path=v1,v2/,
    );
    expect(() => parseSweepAxis("feed.ranker=")).toThrow(/an empty value/);
    expect(() => parseSweepAxis("feed.ranker=random,,popularity")).toThrow(/an empty value/);
    expect(() => parseSweepAxis("feed.ranker=random,random")).toThrow(/random is listed twice/);
    expect(() => parseSweepAxis("a..b=1")).toThrow(OverrideError);
  });

  it("builds the cartesian product with the first axis slowest", () => {
    const grid = sweepGrid([
      parseSweepAxis("feed.ranker=random,popularity"),
      parseSweepAxis("ticks=1,2,3"),
    ]);
    expect(grid.map((point) => point.map((o) => o.value))).toEqual([
      ["random", 1],
      ["random", 2],
      ["random", 3],
      ["popularity", 1],
      ["popularity", 2],
      ["popularity", 3],
    ]);
  });

  it("has one empty point when there are no axes", () => {
    expect(sweepGrid([])).toEqual([[]]);
  });
});

describe("canonicalJson and scenarioHash", () => {
  it("sorts keys at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 2 } })).toBe(
      '{"a":{"c":2,"d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it("hashes with SHA-256, as node:crypto does", async () => {
    const text = "likesim";
    const expected = createHash("sha256").update(text).digest("hex").slice(0, 16);
    expect(await shortHash(text)).toBe(expected);
  });

  it("gives a scenario the same hash whether defaults are written out or not", async () => {
    const implicit = parseScenario({ name: "a" });
    const explicit = parseScenario({ name: "a", ticks: implicit.ticks, feed: implicit.feed });
    expect(await scenarioHash(implicit)).toBe(await scenarioHash(explicit));
    expect(await scenarioHash(parseScenario({ name: "a", $schema: "./schema.json" }))).toBe(
      await scenarioHash(implicit),
    );
  });

  it("changes with any field and with the extra content", async () => {
    const base = await scenarioHash(parseScenario({}));
    expect(await scenarioHash(parseScenario({ feed: { ranker: "random" } }))).not.toBe(base);
    expect(await scenarioHash(parseScenario({}), "network digest")).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
  });
});
