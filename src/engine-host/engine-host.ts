import { createSimulation } from "../engine/simulation.js";
import type { Simulation, TimeSeries } from "../engine/types.js";
import { SERIES_COLUMNS } from "../engine/types.js";
import { OverrideError, parseOverride, scenarioWith } from "../scenario/overrides.js";
import { ScenarioError } from "../scenario/validate.js";
import type { EngineApi, InitOptions, InitResult, Progress } from "./engine-api.js";
import { fetchServedNetwork } from "./network-loader.js";
import { VideoFollower } from "./video-follower.js";

/** Reads a file the page serves (a network under public/), as text. */
export type ReadText = (path: string) => Promise<string>;

function rowsBetween(series: TimeSeries, from: number, to: number): TimeSeries {
  const rows = {} as TimeSeries;
  for (const column of SERIES_COLUMNS) rows[column] = series[column].slice(from, to);
  return rows;
}

function problemsOf(error: unknown, source: string): InitResult {
  if (error instanceof ScenarioError) return { ok: false, source, problems: error.problems };
  if (error instanceof OverrideError) return { ok: false, source, problems: [error.message] };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, source, problems: [message] };
}

/** No rows; new arrays each time, since a sent message's buffers are transferred away. */
function noRows(): TimeSeries {
  return Object.fromEntries(SERIES_COLUMNS.map((c) => [c, new Float64Array(0)])) as TimeSeries;
}

/** How often a playing run's metrics are read, in ms of the worker's time. */
export const METRICS_EVERY_MS = 200;

/**
 * The engine behind the worker boundary: everything the worker does, as plain calls, so that
 * tests can drive it in Node and the worker file stays a shell around it.
 */
export function createEngineHost(
  readText: ReadText,
  now: () => number = () => performance.now(),
): EngineApi {
  let simulation: Simulation | undefined;
  let reported = 0;
  let measuredAt = Number.NEGATIVE_INFINITY;
  const follower = new VideoFollower();

  /** Steps the run; while a video is followed, one tick at a time to read each tick's likes. */
  function step(sim: Simulation, ticks: number): void {
    if (follower.video === null) {
      if (ticks > 0) sim.step(ticks);
      return;
    }
    for (let i = 0; i < ticks; i++) {
      sim.step(1);
      follower.observe(sim.snapshot().likeEvents);
    }
  }

  function running(): Simulation {
    if (!simulation) throw new Error("the engine has no scenario yet: call init first");
    return simulation;
  }

  return {
    async init(scenarioInput: unknown, options: InitOptions = {}): Promise<InitResult> {
      const source = options.source ?? "scenario";
      try {
        const overrides = (options.overrides ?? []).map((text) => parseOverride(text, "?"));
        const scenario = scenarioWith(scenarioInput, overrides, source);
        const loaded =
          scenario.graph.kind === "file" ? await fetchServedNetwork(scenario, readText) : undefined;
        const created = createSimulation(scenario, {
          seed: options.seed,
          network: loaded?.edges,
          traceUser: options.traceUser,
        });
        simulation = created;
        reported = 0;
        measuredAt = Number.NEGATIVE_INFINITY;
        follower.follow(null);
        return { ok: true, scenario, seed: created.seed, network: loaded?.info };
      } catch (error) {
        return problemsOf(error, source);
      }
    },

    async advance(ticks: number, fresh = false): Promise<Progress> {
      const sim = running();
      step(sim, ticks);
      const fromTick = reported;
      const followed = follower.report();
      const due = now() - measuredAt >= METRICS_EVERY_MS || sim.tick >= sim.scenario.ticks;
      if (!fresh && !due) return { tick: sim.tick, fromTick, rows: noRows(), followed };
      // Louvain and Kendall cost seconds at 10⁵ users: measured once the run is over.
      const metrics = sim.metrics({ costly: sim.tick >= sim.scenario.ticks });
      measuredAt = now();
      reported = metrics.tick;
      return {
        tick: metrics.tick,
        fromTick,
        rows: rowsBetween(metrics.series[0], fromTick, metrics.tick),
        summary: metrics.summary,
        reasons: metrics.reasons.slice(),
        followed,
      };
    },

    async snapshot(options) {
      return running().snapshot(options);
    },

    async metrics() {
      return running().metrics();
    },

    async follow(video: number | null) {
      follower.follow(video);
    },
  };
}
