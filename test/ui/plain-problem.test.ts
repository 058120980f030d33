import { describe, expect, it } from "vitest";
import { plain } from "../../src/ui/page-runs.js";
import { plainProblem } from "../../src/ui/plain-problem.js";

describe("a refused value in plain words", () => {
  it("names the field by its label and says what is allowed, keeping the engine's words as the detail", () => {
    expect(plain("population.users: got -3; allowed: ≥ 2")).toEqual({
      text: "People on the platform: -3 is not allowed; it must be at least 2.",
      detail: "population.users: got -3; allowed: ≥ 2",
    });
    expect(plain('seed: got "abc"; allowed: an integer from 0 to 4294967295').text).toBe(
      "Seed: “abc” is not allowed; it must be a whole number from 0 to 4294967295.",
    );
  });

  it("falls back to the last part of a path without a label, and to the message as it is", () => {
    expect(plainProblem("feed.candidates: got 0; allowed: ≥ 1", () => undefined).text).toBe(
      "candidates: 0 is not allowed; it must be at least 1.",
    );
    expect(plain("the engine worker failed")).toEqual({
      text: "the engine worker failed",
      detail: "the engine worker failed",
    });
  });

  it("says the tick of a knob turned mid-run that a link asks for", () => {
    expect(plain("live 12: behaviour.socialProof: got 5000; allowed: ≤ 1000").text).toBe(
      "From tick 12 on, How much people copy others: 5000 is not allowed; it must be at most 1000.",
    );
  });
});
