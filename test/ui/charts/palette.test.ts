import { describe, expect, it } from "vitest";
import { RACE_SIZE } from "../../../src/engine-host/video-race.js";
import {
  LIKE_COLOUR,
  LIKED_OTHER_COLOUR,
  OKABE_ITO,
  raceColour,
  SPOTLIGHT_COLOUR,
  seriesColour,
  topicColour,
} from "../../../src/ui/palette.js";

describe("the shared palette", () => {
  const topics = Array.from({ length: 8 }, (_, t) => topicColour(t));

  it("gives eight topics eight different colours, then repeats", () => {
    expect(new Set(topics).size).toBe(8);
    expect(topicColour(8)).toBe(topicColour(0));
  });

  it("keeps the like colour for likes: no topic wears it", () => {
    expect(topics).not.toContain(LIKE_COLOUR);
  });

  it("draws the first two worlds in Okabe–Ito blue and vermillion, and no series in yellow", () => {
    expect([seriesColour(0), seriesColour(1)]).toEqual([OKABE_ITO.blue, OKABE_ITO.vermillion]);
    const series = Array.from({ length: 7 }, (_, i) => seriesColour(i));
    expect(new Set(series).size).toBe(7);
    expect(series).not.toContain(OKABE_ITO.yellow);
  });
});

describe("the colours of the race, the spotlight and a like", () => {
  it("never share a colour: the spotlight's likers cannot be mistaken for a like or a race video", () => {
    const race = Array.from({ length: RACE_SIZE }, (_, slot) => raceColour(slot));
    expect(new Set(race).size).toBe(RACE_SIZE);
    expect(race).not.toContain(SPOTLIGHT_COLOUR);
    expect(race).not.toContain(LIKE_COLOUR);
    expect(SPOTLIGHT_COLOUR).not.toBe(LIKE_COLOUR);
    expect(race).not.toContain(LIKED_OTHER_COLOUR);
  });
});
