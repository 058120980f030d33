import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSimulation } from "../../src/engine/index.js";
import { RANKERS } from "../../src/scenario/sections/feed.js";

const scenarioArbitrary = fc.record({
  ranker: fc.constantFrom(...RANKERS),
  users: fc.integer({ min: 30, max: 300 }),
  inboxSize: fc.integer({ min: 1, max: 40 }),
  sessionLength: fc.double({ min: 1, max: 20, noNaN: true }),
  socialProof: fc.double({ min: 0, max: 3, noNaN: true }),
  ticks: fc.integer({ min: 1, max: 25 }),
  seed: fc.integer({ min: 0, max: 1000 }),
  traceUser: fc.nat(),
  proportional: fc.boolean(),
});

describe("properties of any run", () => {
  it("counts agree, stay whole and non-negative, likes never exceed impressions, no video is shown to a user twice", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (a) => {
        const sim = createSimulation(
          {
            ticks: a.ticks,
            population: { users: a.users, sessionLength: a.sessionLength, activity: 0.5 },
            graph: { kind: "barabasi-albert", m: 2 },
            content: { maxAge: 10 },
            feed: {
              ranker: a.ranker,
              inboxSize: a.inboxSize,
              popularity: { mode: a.proportional ? "proportional" : "ranked" },
            },
            behaviour: { socialProof: a.socialProof },
            metrics: { every: 3 },
          },
          { seed: a.seed, traceUser: a.traceUser % a.users },
        );
        sim.step(a.ticks);
        const { videos, trace } = sim.snapshot();
        const metrics = sim.metrics();
        let impressions = 0;
        let likes = 0;
        for (let v = 0; v < videos.count; v++) {
          expect(videos.likes[v]).toBeLessThanOrEqual(videos.impressions[v]);
          expect(videos.socialLikes[v]).toBeLessThanOrEqual(videos.likes[v]);
          impressions += videos.impressions[v];
          likes += videos.likes[v];
        }
        const series = metrics.series[0];
        expect(series.impressions.reduce((x, y) => x + y, 0)).toBe(impressions);
        expect(series.likes.reduce((x, y) => x + y, 0)).toBe(likes);
        expect(metrics.summary.impressions).toBe(impressions);
        expect(metrics.summary.likes).toBe(likes);
        const s = metrics.summary;
        for (const name of ["impressions", "likes", "activeCreators", "viralCount"] as const) {
          expect(Number.isInteger(s[name]) && s[name] >= 0, `${name} = ${s[name]}`).toBe(true);
        }
        if (impressions > 0) expect(s.likeRate).toBeGreaterThanOrEqual(0);
        // A correlation is undefined (NaN) when every video has the same likes; otherwise in [−1, 1].
        for (const name of ["qualitySpearman", "qualityKendall", "homophily"] as const) {
          if (!Number.isNaN(s[name]))
            expect(Math.abs(s[name]), name).toBeLessThanOrEqual(1 + 1e-12);
        }
        const { creators } = sim.snapshot();
        for (let c = 0; c < creators.count; c++) {
          expect(creators.likes[c] >= 0 && Number.isFinite(creators.likes[c])).toBe(true);
          expect(creators.motivation[c] >= 0 && Number.isFinite(creators.motivation[c])).toBe(true);
        }
        // A video is never shown to a user twice (and a retired one never again at all).
        expect(new Set(trace.video).size, `the trace of user ${trace.user}`).toBe(trace.count);
      }),
      { numRuns: 60, seed: 42 },
    );
  });
});
