import { topShare } from "../metrics/index.js";
import { MEASURES, measuresAt } from "./measures.js";
import { declareState } from "./state/layout.js";
import { SERIES_COLUMNS, type SeriesColumn, type TimeSeries } from "./types.js";
import type { World } from "./world.js";

const EVERY = measuresAt("every");
const GRAPH = measuresAt("graphEvery");

/**
 * Per-tick columns, grown by doubling. Counters are noted every tick; the distribution
 * measures (which sort every video) every `metrics.every` ticks, NaN in between (the run's
 * final values are in the summary).
 */
export class SeriesRecorder {
  columns: TimeSeries;
  capacity = 256;
  length = 0;
  /** Reused buffer for this tick's impressions per live video. */
  scratch = new Float64Array(1024);

  static readonly layout = declareState<SeriesRecorder>({
    numbers: ["capacity", "length"],
    scratch: ["scratch"],
    parts: { columns: declareState<TimeSeries>({ arrays: SERIES_COLUMNS, grows: SERIES_COLUMNS }) },
  });

  constructor() {
    this.columns = this.allocate(this.capacity);
  }

  private allocate(capacity: number): TimeSeries {
    const columns = {} as TimeSeries;
    for (const name of SERIES_COLUMNS) columns[name] = new Float64Array(capacity).fill(Number.NaN);
    return columns;
  }

  private set(name: SeriesColumn, value: number): void {
    this.columns[name][this.length] = value;
  }

  record(world: World, activeCreators: number): void {
    if (this.length === this.capacity) {
      const grown = this.allocate(this.capacity * 2);
      for (const name of SERIES_COLUMNS) grown[name].set(this.columns[name]);
      this.columns = grown;
      this.capacity *= 2;
    }
    const c = world.counters;
    this.set("tick", world.tick);
    this.set("impressions", c.impressions);
    this.set("likes", c.likes);
    this.set("likeRate", c.impressions > 0 ? c.likes / c.impressions : Number.NaN);
    this.set("shares", c.shares);
    this.set("posts", c.posts);
    this.set("newFollows", c.newFollows);
    this.set("activeCreators", activeCreators);
    this.set("meanMotivation", world.creators.meanMotivation());
    this.set("presentUsers", world.pop.users - world.awayCount);
    this.set("viralCount", world.viralCount);
    this.set("topShareImpressions", this.topShareOfImpressions(world));
    const { every, graphEvery } = world.scenario.metrics;
    if (world.tick % every === 0) this.measureDistributions(world);
    if (graphEvery > 0 && world.tick % graphEvery === 0) this.measureGraph(world);
    this.length++;
  }

  /** Fills the distribution columns for the latest tick (also called for the last tick of a run). */
  measureDistributions(world: World, row = this.length): void {
    for (const name of EVERY) this.columns[name][row] = MEASURES[name].measure(world);
  }

  /** The follow graph's columns (homophily, modularity): the graph grows as users follow creators. */
  private measureGraph(world: World): void {
    for (const name of GRAPH) {
      this.columns[name][this.length] = MEASURES[name].measure(world);
    }
  }

  /** Share of this tick's impressions that went to the top 1% of eligible videos. */
  private topShareOfImpressions(world: World): number {
    const { videos, liveStart } = world;
    const live = videos.count - liveStart;
    if (live <= 0 || world.counters.impressions === 0) return Number.NaN;
    if (this.scratch.length < live) this.scratch = new Float64Array(live * 2);
    for (let i = 0; i < live; i++) {
      const v = liveStart + i;
      this.scratch[i] = videos.impressions[v] - videos.impressionsBefore[v];
    }
    return topShare(this.scratch.subarray(0, live), 0.01);
  }

  /** Trimmed copies of every column. */
  copy(): TimeSeries {
    const out = {} as TimeSeries;
    for (const name of SERIES_COLUMNS) out[name] = this.columns[name].slice(0, this.length);
    return out;
  }
}
