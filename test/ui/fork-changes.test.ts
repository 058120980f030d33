import { describe, expect, it } from "vitest";
import { RANKERS } from "../../src/scenario/sections/feed.js";
import { parseInterventions } from "../../src/scenario/validate.js";
import { FORK_CHANGES, forkCaption, parseFork } from "../../src/ui/fork-changes.js";

describe("the changes a fork offers and fork=T&do=ID in a link", () => {
  it("offers the four kinds the page promises, and every ranker, each a valid intervention", () => {
    const ids = FORK_CHANGES.map((c) => c.id);
    for (const id of ["hideLikeCounts", "deleteTopLikes", "downrankTop", "removeBots"]) {
      expect(ids).toContain(id);
    }
    for (const ranker of RANKERS) expect(ids).toContain(`ranker-${ranker}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const change of FORK_CHANGES) {
      const checked = parseInterventions(
        change.changes.map((c) => ({ ...c, at: 0 })),
        change.id,
      );
      expect(checked).toHaveLength(change.changes.length);
    }
  });

  it("reads a tick from 0 to the scenario's ticks and a known change", () => {
    const read = parseFork("48", "hideLikeCounts", 60);
    expect(read.ok && read.tick).toBe(48);
    expect(read.ok && read.change.id).toBe("hideLikeCounts");
    expect(parseFork("0", "removeBots", 60).ok).toBe(true);
    expect(parseFork("60", "removeBots", 60).ok).toBe(true);
  });

  it("names the parameter, the value and what is allowed for a bad tick or change", () => {
    for (const tick of ["61", "-1", "4.5", "", "x"]) {
      const read = parseFork(tick, "hideLikeCounts", 60);
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.problems).toEqual([
          `fork: got ${JSON.stringify(tick)}; allowed: a tick from 0 to 60`,
        ]);
      }
    }
    const bad = parseFork("10", "hide", 60);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems[0]).toMatch(/^do: got "hide"; allowed: one of "hideLikeCounts", /);
    const missing = parseFork("99", undefined, 60);
    expect(missing.ok || missing.problems).toHaveLength(2);
  });

  it("names the followed video's likes in both futures, or says none was posted", () => {
    const fork = { tick: 48, video: 812, label: "Hide like counts" };
    expect(forkCaption(fork, { original: 1234, changed: 56 })).toBe(
      'Video 812, the most liked at the fork (tick 48): 1,234 likes in the original future, 56 after "hide like counts".',
    );
    expect(forkCaption(fork, { original: undefined, changed: 3 })).toContain(
      "… likes in the original",
    );
    expect(forkCaption({ ...fork, video: -1 }, { original: 0, changed: 0 })).toBe(
      "Forked at tick 48, before any video was posted.",
    );
  });
});
