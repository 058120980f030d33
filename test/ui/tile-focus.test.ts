// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { defaultSpeed } from "../../src/ui/scenario-catalog.js";
import { TileFocus, tilesOf } from "../../src/ui/tile-focus.js";

describe("pointing at a view", () => {
  it("finds one tile per world for the world, race and loop, one for the rest", () => {
    expect(tilesOf("race", 2)).toEqual(["tile-race-0", "tile-race-1"]);
    expect(tilesOf("worlds", 1)).toEqual(["tile-world-0"]);
    expect(tilesOf("lorenz", 2)).toEqual(["tile-lorenz"]);
  });

  it("highlights the tiles for a while and moves the highlight when asked again", () => {
    document.body.innerHTML = '<div id="tile-a"></div><div id="tile-b"></div>';
    const focus = new TileFocus(() => document);
    focus.show(["tile-a"]);
    expect(document.querySelector("#tile-a")?.classList.contains("focus")).toBe(true);
    focus.show(["tile-b"]);
    expect(document.querySelector("#tile-a")?.classList.contains("focus")).toBe(false);
    expect(document.querySelector("#tile-b")?.classList.contains("focus")).toBe(true);
    focus.clear();
    expect(document.querySelectorAll(".focus")).toHaveLength(0);
  });
});

describe("a scenario's playback speed", () => {
  const speeds = [1, 5, 10, 20, 60, 240, 1000];

  it("plays a run in about fifteen seconds", () => {
    expect(defaultSpeed("default", 240, speeds)).toBe(20);
    expect(defaultSpeed("x", 120, speeds)).toBe(10);
    expect(defaultSpeed("x", 10_000, speeds)).toBe(1000);
  });

  it("plays going viral slowly enough to watch a cascade", () => {
    expect(defaultSpeed("going-viral", 60, speeds)).toBe(5);
  });
});
