import { describe, expect, it } from "vitest";
import { readPageState, withOverride, writePageState } from "../../src/ui/page-state.js";

describe("the page state in the address bar", () => {
  it("reads the scenario, the overrides in order and nothing else", () => {
    const state = readPageState("?scenario=viral&seed=7&population.users=500", "default");
    expect(state).toEqual({
      scenario: "viral",
      overrides: [
        ["seed", "7"],
        ["population.users", "500"],
      ],
    });
  });

  it("falls back to the given scenario when the URL names none", () => {
    expect(readPageState("", "default").scenario).toBe("default");
  });

  it("reads compare mode, with the default values when a or b is missing", () => {
    const state = readPageState("?compare=feed.ranker&a=random", "default");
    expect(state.compare).toEqual({ path: "feed.ranker", a: "random", b: "for-you" });
  });

  it("writes what it reads", () => {
    const state = {
      scenario: "default",
      overrides: [
        ["seed", "42"],
        ["feed.forYou.exploration", "0.3"],
      ] as [string, string][],
      compare: { path: "behaviour.socialProof", a: "0", b: "1" },
      feedUser: "25",
      video: "812",
    };
    expect(readPageState(writePageState(state), "other")).toEqual(state);
  });

  it("escapes values so that text cannot break out of its parameter", () => {
    const state = {
      scenario: "a&b=c",
      overrides: [["name", "x&scenario=evil"]] as [string, string][],
    };
    expect(readPageState(writePageState(state), "default")).toEqual(state);
  });

  it("replaces an override in place and appends a new one", () => {
    const state = readPageState("?seed=1&population.users=500", "default");
    expect(withOverride(state, "seed", "2").overrides).toEqual([
      ["seed", "2"],
      ["population.users", "500"],
    ]);
    expect(withOverride(state, "feed.ranker", "random").overrides.at(-1)).toEqual([
      "feed.ranker",
      "random",
    ]);
  });
  it("reads and writes a fork's tick and change as fork= and do=, never as overrides", () => {
    const state = readPageState("?scenario=default&seed=3&fork=48&do=hideLikeCounts", "x");
    expect(state).toEqual({
      scenario: "default",
      overrides: [["seed", "3"]],
      fork: "48",
      change: "hideLikeCounts",
    });
    expect(writePageState(state)).toBe("?scenario=default&seed=3&fork=48&do=hideLikeCounts");
  });

  it("reads and writes knobs turned mid-run as repeated live=, in order, never as overrides", () => {
    const search =
      "?scenario=default&seed=3&live=12%3Abehaviour.quality%3D2&live=40%3Afeed.ranker%3Drandom";
    const state = readPageState(search, "x");
    expect(state).toEqual({
      scenario: "default",
      overrides: [["seed", "3"]],
      live: ["12:behaviour.quality=2", "40:feed.ranker=random"],
    });
    expect(writePageState(state)).toBe(search);
  });
});
