import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/engine/types.js";
import { run, smallScenario } from "./helpers.js";

/** The qualities of each creator's videos in posting order. */
function qualitiesByCreator(s: Snapshot): number[][] {
  const out: number[][] = Array.from({ length: s.creators.count }, () => []);
  for (let v = 0; v < s.videos.count; v++) out[s.videos.creator[v]].push(s.videos.quality[v]);
  return out;
}

function expectSameVideos(a: Snapshot, b: Snapshot): void {
  const qa = qualitiesByCreator(a);
  const qb = qualitiesByCreator(b);
  let compared = 0;
  for (let c = 0; c < qa.length; c++) {
    const n = Math.min(qa[c].length, qb[c].length);
    expect(qb[c].slice(0, n)).toEqual(qa[c].slice(0, n));
    compared += n;
  }
  expect(compared).toBeGreaterThan(30);
}

describe("common random numbers", () => {
  const base = smallScenario({ creators: { postRate: 0.2 } });
  const variants = [
    ["the ranker", smallScenario({ creators: { postRate: 0.2 }, feed: { ranker: "popularity" } })],
    [
      "a behaviour weight",
      smallScenario({ creators: { postRate: 0.2 }, behaviour: { socialProof: 0, quality: 5 } }),
    ],
    [
      "the creators' expectations",
      smallScenario({ creators: { postRate: 0.2, expectedLikes: 10 } }),
    ],
  ] as const;

  it.each(variants)(
    "changing %s keeps the population, the graph and the videos' qualities",
    (_, variant) => {
      const a = run(base, 0, { seed: 11 }).snapshot({ graph: true });
      const b = run(variant, 0, { seed: 11 }).snapshot({ graph: true });
      expect(b.users).toEqual(a.users);
      expect(b.creators.skill).toEqual(a.creators.skill);
      expect(b.graph).toEqual(a.graph);
      const after = [
        run(base, 30, { seed: 11 }).snapshot(),
        run(variant, 30, { seed: 11 }).snapshot(),
      ];
      expectSameVideos(after[0], after[1]);
    },
  );

  it("a video's quality does not depend on how many videos others posted", () => {
    const calm = run(smallScenario({ creators: { postRate: 0.1 } }), 60, { seed: 4 }).snapshot();
    const busy = run(smallScenario({ creators: { postRate: 0.4 } }), 60, { seed: 4 }).snapshot();
    expectSameVideos(calm, busy);
  });
});
