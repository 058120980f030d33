import { describe, expect, it } from "vitest";
import { createEngineHost } from "../../src/engine-host/engine-host.js";
import { parseScenario } from "../../src/scenario/validate.js";
import { KNOBS } from "../../src/ui/knob-specs.js";
import {
  inEffect,
  knobIntervention,
  liveMark,
  liveNotice,
  liveText,
  parseLiveEdit,
  withLiveEdits,
} from "../../src/ui/live-change.js";

const noFiles = (path: string) => Promise.reject(new Error(`no file ${path}`));

describe("knobs turned mid-run", () => {
  it("every knob but the population is an intervention the schema accepts at either end of its range", () => {
    for (const knob of KNOBS) {
      const values =
        knob.path === "feed.ranker" ? ["random", "for-you"] : (knob.values ?? [knob.min, knob.max]);
      for (const value of values) {
        const change = knobIntervention(knob.path, String(value));
        if (knob.path === "population.users") {
          expect(change).toBeUndefined();
          continue;
        }
        expect(change, knob.path).toBeDefined();
        expect(() => parseScenario({ interventions: [{ at: 5, ...change }] })).not.toThrow();
      }
    }
  });

  it("reads and writes the link's form, naming the parameter, value and what is allowed", () => {
    const edit = { tick: 48, path: "behaviour.socialProof", value: "2" };
    expect(parseLiveEdit(liveText(edit), 240)).toEqual({ ok: true, edit });
    expect(parseLiveEdit("48-socialProof", 240)).toEqual({
      ok: false,
      problem:
        'live: got "48-socialProof"; allowed: TICK:PATH=VALUE, e.g. 48:behaviour.socialProof=2',
    });
    expect(parseLiveEdit("0:behaviour.quality=1", 240)).toMatchObject({
      ok: false,
      problem: expect.stringContaining("allowed: a tick from 1 to 240"),
    });
    expect(parseLiveEdit("9:population.users=50", 240)).toMatchObject({
      ok: false,
      problem: expect.stringContaining("feed.ranker, a number of behaviour"),
    });
  });

  it("schedules edits in tick order, before the scenario's own interventions at the same tick", () => {
    const input = {
      interventions: [
        { at: 10, do: "hideLikeCounts" },
        { at: 30, do: "removeBots" },
      ],
    };
    const scheduled = withLiveEdits(input, [
      { tick: 30, path: "feed.ranker", value: "random" },
      { tick: 10, path: "behaviour.quality", value: "3" },
      { tick: 10, path: "feed.forYou.exploration", value: "0.4" },
    ]) as { interventions: { at: number; do: string }[] };
    expect(scheduled.interventions.map((i) => `${i.at} ${i.do}`)).toEqual([
      "10 setBehaviour",
      "10 setForYouMix",
      "10 hideLikeCounts",
      "30 switchRanker",
      "30 removeBots",
    ]);
    expect(input.interventions).toHaveLength(2);
    expect(() => parseScenario(scheduled)).not.toThrow();
  });

  it("shows each knob at the value in force at the tick shown", () => {
    const scenario = parseScenario({ behaviour: { socialProof: 1 } });
    const edits = [
      { tick: 10, path: "behaviour.socialProof", value: "3" },
      { tick: 20, path: "behaviour.socialProof", value: "5" },
    ];
    expect(inEffect(scenario, edits, 5).behaviour.socialProof).toBe(1);
    expect(inEffect(scenario, edits, 12).behaviour.socialProof).toBe(3);
    expect(inEffect(scenario, edits, 20).behaviour.socialProof).toBe(5);
    expect(scenario.behaviour.socialProof).toBe(1);
  });

  it("says what happened in plain words, and marks the charts", () => {
    const change = {
      path: "behaviour.socialProof",
      value: "2",
      label: "How much people copy others",
    };
    expect(liveNotice(change, { kind: "branched", fromTick: 48 }, "2")).toBe(
      "From tick 48 on: how much people copy others is now 2. The run goes on from here; Reset replays it with the change at tick 48.",
    );
    expect(liveNotice(change, { kind: "restarted", why: "two worlds" }, "2")).toBe(
      "Started again from tick 0 with how much people copy others at 2, on the same seed: with two worlds on the page, a change starts both again.",
    );
    expect(liveNotice(change, { kind: "refused", problems: ["x"] }, "2")).toBe("");
    expect(liveMark({ tick: 48, path: "feed.ranker", value: "random" })).toEqual({
      tick: 48,
      text: "feed videos at random",
      world: 0,
    });
  });

  it("a run changed mid-run by the engine host equals its replay with the change scheduled", async () => {
    const input = { population: { users: 300 }, ticks: 30, seed: 4, feed: { ranker: "for-you" } };
    const live = [
      { tick: 9, path: "behaviour.socialProof", value: "4.5" },
      { tick: 17, path: "feed.forYou.exploration", value: "0.6" },
      { tick: 17, path: "feed.ranker", value: "popularity" },
    ];
    const played = createEngineHost(noFiles);
    await played.init(input);
    for (const edit of live) {
      await played.advance({ ticks: edit.tick - (await played.advance({ ticks: 0 })).tick });
      const change = knobIntervention(edit.path, edit.value);
      expect(await played.intervene(change ? [change] : [])).toEqual({ ok: true, tick: edit.tick });
    }
    await played.advance({ ticks: 30 });
    const replayed = createEngineHost(noFiles);
    await replayed.init(withLiveEdits(input, live));
    await replayed.advance({ ticks: 30 });
    const [a, b] = [await played.metrics(), await replayed.metrics()];
    expect(a.tick).toBe(30);
    expect(a).toEqual(b);
    const unchanged = createEngineHost(noFiles);
    await unchanged.init(input);
    await unchanged.advance({ ticks: 30 });
    expect((await unchanged.metrics()).summary).not.toEqual(a.summary);
  });

  it("refuses a change the engine cannot make, and the run goes on untouched", async () => {
    const host = createEngineHost(noFiles);
    await host.init({ population: { users: 200 }, ticks: 20, seed: 2 });
    await host.advance({ ticks: 5 });
    const refused = await host.intervene([{ do: "setBehaviour", weight: "shareRate", value: 2 }]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]).toMatch(/value.*2.*behaviour\.shareRate/);
    expect((await host.advance({ ticks: 1 })).tick).toBe(6);
  });
});
