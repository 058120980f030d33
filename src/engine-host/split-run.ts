import { createSimulation } from "../engine/simulation.js";
import { joinStates, stateBytes } from "../engine/state/simulation-state.js";
import type { RunMetrics, SimulationOptions } from "../engine/types.js";
import type { Scenario } from "../scenario/schema.js";
import type { InterventionChange } from "../scenario/sections/interventions.js";
import type { AdvanceRequest, Frame, SpotlightPick } from "./engine-api.js";
import { RunSnapshots } from "./run-snapshots.js";
import { pastState, WatchedRun, type WatchedState } from "./watched-run.js";
import { partMeasures, runSummary, type WorldPartApi } from "./world-part.js";

/** A part of a run in a worker of its own: its calls, and a way to end it. */
export interface PartConnection {
  api: WorldPartApi;
  terminate(): void;
}

/** Starts a worker for a part of a run (the browser: a nested Web Worker). */
export type StartPart = () => PartConnection;

/**
 * A run whose worlds are split across workers: this worker steps the first group (world 0,
 * which the views watch) while each part steps its own group at the same time, and every
 * batch of ticks ends with all of them at one tick. Worlds never interact, so every number is
 * the one the run gives in one piece; the summary joins all worlds' measures at the tick it
 * is read. Snapshots for forks are whole states, joined from every part at their ticks.
 */
export class SplitRun {
  private readonly snapshots: RunSnapshots<WatchedState>;
  /** This worker's ms per tick in the last batch, to size the next within its budget. */
  private msPerTick = 0;

  private constructor(
    readonly lead: WatchedRun,
    private readonly parts: PartConnection[],
    private readonly now: () => number,
  ) {
    this.snapshots = new RunSnapshots(lead.simulation.scenario.ticks);
  }

  /** Builds the first group here and each other group in a part started with `startPart`. */
  static async start(
    scenario: Scenario,
    options: SimulationOptions,
    groups: readonly number[][],
    startPart: StartPart,
    now: () => number,
  ): Promise<SplitRun> {
    const lead = createSimulation(scenario, { ...options, worlds: groups[0] });
    const parts = groups.slice(1).map(() => startPart());
    const run = new SplitRun(new WatchedRun(lead, now, undefined, false), parts, now);
    try {
      await run.each((part, i) =>
        part.start({ scenario, seed: lead.seed, worlds: groups[i + 1], network: options.network }),
      );
      await run.keepSnapshot();
    } catch (error) {
      run.close();
      throw error;
    }
    return run;
  }

  private each<T>(call: (part: WorldPartApi, index: number) => Promise<T>): Promise<T[]> {
    return Promise.all(this.parts.map((part, i) => call(part.api, i)));
  }

  /** Every world `ticks` ticks on: the parts' calls go out first, so they step meanwhile. */
  private async step(ticks: number): Promise<void> {
    const stepping = this.each((part) => part.step(ticks));
    const start = this.now();
    this.lead.play(ticks);
    this.msPerTick = (this.now() - start) / ticks;
    await stepping;
  }

  /** The whole run's state: the parts save theirs while this worker saves its own. */
  private async state(): Promise<WatchedState> {
    const parts = this.each((part) => part.save());
    const own = this.lead.simulation.savePart();
    return this.lead.save(joinStates([own, ...(await parts)]));
  }

  private async keepSnapshot(): Promise<void> {
    const tick = this.lead.simulation.tick;
    if (!this.snapshots.due(tick)) return;
    const state = await this.state();
    this.snapshots.keep(tick, stateBytes(state.sim), state);
  }

  /** The ticks the next batch may take: to the next snapshot, and within what is left of the budget. */
  private batch(left: number, budgetMs: number | undefined, spent: number): number {
    const tick = this.lead.simulation.tick;
    let ticks = Math.min(left, this.snapshots.untilNext(tick));
    if (budgetMs !== undefined && this.msPerTick > 0) {
      ticks = Math.min(ticks, Math.max(1, Math.floor((budgetMs - spent) / this.msPerTick)));
    } else if (budgetMs !== undefined) {
      ticks = 1;
    }
    return ticks;
  }

  /** As `WatchedRun.advance`: up to `request.ticks` ticks, fewer once the budget is spent. */
  async advance(request: AdvanceRequest): Promise<Frame> {
    const sim = this.lead.simulation;
    const end = sim.scenario.ticks;
    const start = this.now();
    let left = Math.min(request.ticks, end - sim.tick);
    while (left > 0) {
      const ticks = this.batch(left, request.budgetMs, this.now() - start);
      await this.step(ticks);
      await this.keepSnapshot();
      left -= ticks;
      if (request.budgetMs !== undefined && this.now() - start >= request.budgetMs) break;
    }
    const measure = this.lead.measuresDue(request);
    const costly = sim.tick >= end;
    // The parts measure while this worker measures its own worlds.
    const reading = Promise.all([
      measure ? this.each((part) => part.measure(costly)) : undefined,
      request.charts ? this.each((part) => part.likes()) : undefined,
    ]);
    const own = measure ? partMeasures(sim, costly) : undefined;
    const [measures, likes] = await reading;
    const frame = this.lead.report(request, measure, {
      measures: own && measures ? [own, ...measures] : undefined,
      likes: likes?.flat(),
    });
    frame.snapshots = this.snapshots.figures();
    return frame;
  }

  get tick(): number {
    return this.lead.simulation.tick;
  }

  /** Every world's metrics (series and summaries in world order), as `sim.metrics()` gives them. */
  async metrics(): Promise<RunMetrics> {
    const sim = this.lead.simulation;
    const reading = this.each((part) => part.measure(true, true));
    const own = partMeasures(sim, true, true);
    const parts = await reading;
    const all = [own, ...parts];
    return {
      tick: sim.tick,
      summary: runSummary(all),
      worlds: all.flatMap((part) => part.summaries),
      series: all.flatMap((part) => part.series ?? []),
      reasons: sim.metrics().reasons,
    };
  }

  /** Changes every world now; a change this worker refuses reaches no part. */
  async intervene(changes: InterventionChange[]): Promise<void> {
    this.lead.intervene(changes);
    await this.each((part) => part.intervene(changes));
  }

  async stateAt(tick: number): Promise<WatchedState> {
    const sim = this.lead.simulation;
    const past = pastState(tick, sim.tick, this.lead.changedMidRun, this.snapshots, this.now);
    return past ?? this.state();
  }

  spotlight(pick: { video: number } | { user: number } | null): SpotlightPick {
    return this.lead.spotlight(pick);
  }

  /** Ends the parts' workers (a new scenario, or the page's run ended). */
  close(): void {
    for (const part of this.parts) part.terminate();
  }
}
