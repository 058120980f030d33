import { describe, expect, it } from "vitest";
import { checkPriorFields } from "../../src/inference/prior-fields.js";
import {
  checkDistinct,
  coordinateOf,
  coordinateRange,
  describePrior,
  PriorError,
  parsePrior,
  simulatedValue,
  valueAt,
  valueAtFraction,
} from "../../src/inference/priors.js";

describe("priors", () => {
  it("read uniform and log-uniform ranges, with negative and exponent bounds", () => {
    expect(parsePrior("behaviour.socialProof=0..3")).toMatchObject({
      path: "behaviour.socialProof",
      scale: "uniform",
      low: 0,
      high: 3,
    });
    expect(parsePrior("behaviour.baseline=-5..-1")).toMatchObject({ low: -5, high: -1 });
    expect(parsePrior("creators.postRate=log:1e-2..0.2")).toMatchObject({
      scale: "log-uniform",
      low: 0.01,
      high: 0.2,
    });
    expect(describePrior(parsePrior("creators.postRate=log:0.01..0.2"))).toBe(
      "creators.postRate=log:0.01..0.2",
    );
  });

  it.each([
    ["behaviour.socialProof", /expected path=low\.\.high/],
    ["=0..1", /the path "" is not a dotted field name/],
    ["a..b=0..1", /the path "a\.\.b" is not a dotted field name/],
    ["x=0-1", /expected a range low\.\.high/],
    ["x=0..one", /"one" is not a number/],
    ["x=1..1", /the range 1\.\.1 is empty/],
    ["x=log:-1..2", /a log-uniform range must be positive/],
  ])("refuse %s, naming what is wrong", (text, message) => {
    expect(() => parsePrior(text)).toThrow(PriorError);
    expect(() => parsePrior(text)).toThrow(message);
  });

  it("refuse a path given twice", () => {
    expect(() => checkDistinct([parsePrior("a.b=0..1"), parsePrior("a.b=1..2")])).toThrow(
      /--param a\.b=1\.\.2: a\.b is already given by --param a\.b=0\.\.1/,
    );
  });

  it("map a log-uniform range through its logarithm and back, within the bounds", () => {
    const prior = parsePrior("x=log:0.01..100");
    const [low, high] = coordinateRange(prior);
    expect(low).toBeCloseTo(Math.log(0.01), 14);
    expect(high).toBeCloseTo(Math.log(100), 14);
    expect(valueAtFraction(prior, 0.5)).toBeCloseTo(1, 12);
    expect(valueAt(prior, coordinateOf(prior, 3))).toBeCloseTo(3, 12);
    expect(valueAt(prior, high + 1e-9)).toBe(100);
    expect(valueAt(prior, low - 1e-9)).toBe(0.01);
  });

  it("are checked against the scenario schema: number fields, within their bounds, whole numbers rounded", () => {
    const [checked] = checkPriorFields([parsePrior("population.sessionLength=1..20")], {});
    expect(checked.whole).toBe(false);
    const [whole] = checkPriorFields([parsePrior("creators.churnAfter=10..100")], {});
    expect(whole.whole).toBe(true);
    expect(simulatedValue(whole, 17.6)).toBe(18);
    expect(() => checkPriorFields([parsePrior("behaviour.shareRate=0..2")], {})).toThrow(
      /leaves what behaviour\.shareRate allows; allowed: within 0\.\.1/,
    );
    expect(() => checkPriorFields([parsePrior("feed.ranker=0..1")], {})).toThrow(
      /not a number field/,
    );
    expect(() =>
      checkPriorFields([parsePrior("graph.m=1..5")], { graph: { kind: "erdos-renyi" } }),
    ).toThrow(/unknown field graph\.m; graph \(kind "erdos-renyi"\) has/);
    expect(() => checkPriorFields([parsePrior("creators.churnAfter=10.2..10.4")], {})).toThrow(
      /takes whole numbers and the range holds only one/,
    );
  });
});
