import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createSimulation,
  joinStates,
  restoreSimulation,
  StateError,
  stateBuffers,
  stateBytes,
} from "../../src/engine/index.js";
import { RANKERS } from "../../src/scenario/sections/feed.js";
import { run, smallScenario } from "./helpers.js";

/** A world with every mechanism that keeps state on: joiners, churn, bots, follows, negatives. */
function busyScenario(ranker: string) {
  return smallScenario({
    worlds: 2,
    feed: { ranker, forYou: { interests: "learned" } },
    population: { users: 300, leaveRate: 0.05, returnRate: 0.2 },
    creators: { joinRate: 0.002, churnBelow: 0.5, churnAfter: 3, gracePosts: 1, judgeAfter: 4 },
    bots: { count: 20, targetCreators: 2, likesPerVideo: 10 },
    behaviour: { followAfterLikes: 2, negativeRate: 0.1 },
    metrics: { every: 3, graphEvery: 7 },
  });
}

const musiclab = JSON.parse(
  readFileSync(new URL("../../scenarios/musiclab.json", import.meta.url), "utf8"),
);

describe("save and restore", () => {
  it.each(RANKERS)(
    "run to t, save, restore, run to T gives exactly the uninterrupted run to T (%s, two worlds)",
    (ranker) => {
      const scenario = busyScenario(ranker);
      const whole = run(scenario, 30, { seed: 4 });
      const first = run(scenario, 12, { seed: 4 });
      const restored = restoreSimulation(first.save());
      expect(restored.tick).toBe(12);
      restored.step(18);
      expect(restored.metrics()).toEqual(whole.metrics());
      for (const world of [0, 1]) {
        expect(restored.snapshot({ world, graph: true })).toEqual(
          whole.snapshot({ world, graph: true }),
        );
      }
      // Every saved field, streams' states included, is the same at T.
      expect(restored.save()).toEqual(whole.save());
    },
  );

  it("continues the eight MusicLab worlds exactly", () => {
    const whole = run(musiclab, 30, { seed: 2 });
    const first = run(musiclab, 15, { seed: 2 });
    const restored = restoreSimulation(first.save());
    restored.step(15);
    expect(restored.worldCount).toBe(8);
    expect(restored.metrics()).toEqual(whole.metrics());
    expect(restored.save()).toEqual(whole.save());
  });

  it("joins the states of a run split into parts into the whole run's, which continues exactly", () => {
    const whole = run(musiclab, 30, { seed: 2 });
    const parts = [[0, 1, 2], [3], [4, 5, 6, 7]].map((worlds) =>
      run(musiclab, 15, { seed: 2, worlds }).savePart(),
    );
    expect(parts.map((part) => part.worlds.length)).toEqual([3, 1, 4]);
    expect(() => restoreSimulation(parts[0])).toThrow(/state\.worlds has 3 entries; expected 8/);
    const restored = restoreSimulation(joinStates(parts));
    restored.step(15);
    expect(restored.save()).toEqual(whole.save());
    expect(restored.metrics()).toEqual(whole.metrics());
  });

  it("refuses to join parts of another run", () => {
    const mine = run(musiclab, 5, { seed: 2, worlds: [0] }).savePart();
    const theirs = run(musiclab, 5, { seed: 3, worlds: [1] }).savePart();
    expect(() => joinStates([mine, theirs])).toThrow(
      /parts\[1\] is a state of another run \(seed 3\); expected parts of one scenario and seed 2/,
    );
    expect(() => joinStates([])).toThrow(StateError);
  });

  it("leaves the saved run untouched, and the state can be restored twice", () => {
    const scenario = busyScenario("for-you");
    const sim = run(scenario, 10, { seed: 8 });
    const state = sim.save();
    const a = restoreSimulation(state);
    a.step(10);
    const b = restoreSimulation(state);
    b.step(10);
    sim.step(10);
    expect(b.metrics()).toEqual(a.metrics());
    expect(sim.metrics()).toEqual(a.metrics());
  });

  it("saves at tick 0, before any step", () => {
    const scenario = busyScenario("staged-exposure");
    const restored = restoreSimulation(createSimulation(scenario, { seed: 3 }).save());
    restored.step(15);
    expect(restored.save()).toEqual(run(scenario, 15, { seed: 3 }).save());
  });
});

describe("fork", () => {
  it("gives two runs that share nothing that changes", () => {
    const sim = run(busyScenario("for-you"), 10, { seed: 6 });
    const fork = sim.fork();
    fork.step(5);
    expect(sim.tick).toBe(10);
    const alone = sim.fork();
    sim.step(5);
    expect(sim.metrics()).toEqual(fork.metrics());
    expect(alone.tick).toBe(10);
    alone.step(5);
    expect(alone.save()).toEqual(sim.save());
  });
});

describe("the saved state", () => {
  it("is typed arrays that can be transferred, counted in bytes", () => {
    const sim = run(busyScenario("popularity"), 5, { seed: 1 });
    const state = sim.save();
    const buffers = stateBuffers(state);
    expect(buffers.length).toBeGreaterThan(40);
    expect(buffers.every((buffer) => buffer instanceof ArrayBuffer)).toBe(true);
    expect(new Set(buffers).size).toBe(buffers.length);
    const bytes = stateBytes(state);
    expect(bytes).toBe(buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0));
    // The state holds every saved array; scratch (lists, urns, tables) is left out.
    expect(bytes).toBeLessThanOrEqual(sim.memoryBytes());
    expect(bytes).toBeGreaterThan(0.5 * sim.memoryBytes());
  });

  it("survives structured cloning (as a message to a worker does)", () => {
    const sim = run(busyScenario("for-you"), 8, { seed: 2 });
    const restored = restoreSimulation(structuredClone(sim.save()));
    restored.step(4);
    sim.step(4);
    expect(restored.save()).toEqual(sim.save());
  });
});

describe("memoryBytes", () => {
  it("counts the arrays of every world and grows as videos are posted", () => {
    const one = createSimulation(smallScenario(), { seed: 1 });
    const two = createSimulation(smallScenario({ worlds: 2 }), { seed: 1 });
    const before = one.memoryBytes();
    expect(two.memoryBytes()).toBeGreaterThan(1.5 * before);
    one.step(30);
    expect(one.memoryBytes()).toBeGreaterThan(before);
  });
});

describe("a malformed state is refused with the field named", () => {
  const state = () => run(smallScenario({ worlds: 2 }), 3, { seed: 1 }).save();
  const refuse = (change: (s: Record<string, unknown>) => void, message: RegExp) => {
    const s = state() as unknown as Record<string, unknown>;
    change(s);
    expect(() => restoreSimulation(s)).toThrow(StateError);
    expect(() => restoreSimulation(s)).toThrow(message);
  };
  /** A saved state read as nested records, to break one field of it. */
  interface Tree {
    [key: string]: Tree & unknown;
  }
  type Any = Tree;

  it("refuses what is not a state", () => {
    expect(() => restoreSimulation(null)).toThrow(/state is null; expected an object/);
    expect(() => restoreSimulation({ format: "x" })).toThrow(
      /state.format is "x"; expected "likesim-state"/,
    );
  });

  it("refuses another version", () => {
    refuse((s) => {
      s.version = 99;
    }, /state.version is 99; expected 1/);
  });

  it("refuses a bad scenario, naming its field", () => {
    refuse((s) => {
      (s.scenario as Record<string, unknown>).ticks = -1;
    }, /state.scenario: [\s\S]*ticks: got -1/);
  });

  it("refuses a population of another size", () => {
    refuse((s) => {
      (s.scenario as Record<string, Record<string, unknown>>).population.users = 401;
    }, /state.population.users is 400; expected 401/);
  });

  it("refuses a missing or mistyped array", () => {
    refuse((s) => {
      const worlds = s.worlds as Any[];
      worlds[1].state.parts.videos.arrays.likes = new Float64Array(4) as unknown as Tree;
    }, /state.worlds\[1\].state.videos.likes is a Float64Array of 4; expected a Uint32Array/);
    refuse((s) => {
      const worlds = s.worlds as Any[];
      delete worlds[0].state.arrays.away;
    }, /state.worlds\[0\].state.away is undefined undefined; expected a Uint8Array of 400/);
  });

  it("refuses an array of the wrong length and a broken stream", () => {
    refuse((s) => {
      const worlds = s.worlds as Any[];
      worlds[0].state.arrays.likesGiven = new Uint32Array(3) as unknown as Tree;
    }, /likesGiven is a Uint32Array of 3; expected a Uint32Array of 400/);
    refuse((s) => {
      const worlds = s.worlds as Any[];
      worlds[0].state.streams.ranking = new Float64Array(2) as unknown as Tree;
    }, /state.worlds\[0\].state.ranking is a Float64Array of 2; expected a Float64Array of 4/);
  });

  it("refuses a missing number and the wrong count of worlds", () => {
    refuse((s) => {
      const worlds = s.worlds as Any[];
      worlds[0].state.numbers.tick = "3" as unknown as Tree;
    }, /state.worlds\[0\].state.tick is string 3; expected a number/);
    refuse((s) => {
      (s.worlds as unknown[]).pop();
    }, /state.worlds has 1 entries; expected 2/);
  });
});
