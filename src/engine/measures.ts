import { stream } from "../deterministic/random.js";
import {
  categoricalAssortativity,
  gini,
  kendall,
  louvainModularity,
  meanNormalizedEntropy,
  spearman,
  topShare,
} from "../metrics/index.js";
import { SERIES_COLUMNS, type SeriesColumn, SUMMARY_NAMES, type SummaryName } from "./types.js";
import type { World } from "./world.js";

/**
 * How often a measure enters the per-tick series: never (the run's summary only; the series
 * has its own per-tick counters under some of these names), every `metrics.every` ticks (they
 * sort every video), or every `metrics.graphEvery` ticks (they read the whole follow graph).
 */
export type SeriesCadence = "summary-only" | "every" | "graphEvery";

/** One named measure of a world: the summary, the series and docs/model.md all read it here. */
export interface Measure {
  series: SeriesCadence;
  /**
   * Seconds or tens of milliseconds at 10⁵ users: left NaN when a view refreshing every frame
   * asks for the cheap measures only.
   */
  costly: boolean;
  measure(world: World): number;
}

function videoLikes(world: World) {
  return world.videos.likes.subarray(0, world.videos.count);
}

/**
 * Every summary metric, by name (docs/model.md defines each). The record's type makes a new
 * name in SUMMARY_NAMES fail to compile until it is measured here.
 */
export const MEASURES: Readonly<Record<SummaryName, Measure>> = {
  impressions: { series: "summary-only", costly: false, measure: (w) => w.totalImpressions },
  likes: { series: "summary-only", costly: false, measure: (w) => w.totalLikes },
  likeRate: {
    series: "summary-only",
    costly: false,
    measure: (w) => (w.totalImpressions > 0 ? w.totalLikes / w.totalImpressions : Number.NaN),
  },
  giniVideos: { series: "every", costly: false, measure: (w) => gini(videoLikes(w)) },
  giniCreators: { series: "every", costly: false, measure: (w) => gini(w.creators.likes) },
  top1Share: { series: "every", costly: false, measure: (w) => topShare(videoLikes(w), 0.01) },
  activeCreators: {
    series: "summary-only",
    costly: false,
    measure: (w) => {
      let active = 0;
      for (let c = 0; c < w.creators.count; c++) active += w.creators.active[c];
      return active;
    },
  },
  qualitySpearman: {
    series: "every",
    costly: false,
    measure: (w) => spearman(w.videos.quality.subarray(0, w.videos.count), videoLikes(w)),
  },
  qualityKendall: {
    series: "summary-only",
    costly: true,
    measure: (w) => kendall(w.videos.quality.subarray(0, w.videos.count), videoLikes(w)),
  },
  feedDiversity: {
    series: "every",
    costly: false,
    measure: (w) => meanNormalizedEntropy(w.topicCounts, w.pop.users, w.pop.topics),
  },
  homophily: {
    series: "graphEvery",
    costly: false,
    measure: (w) => categoricalAssortativity(w.graph.following, w.pop.mainTopic, w.pop.topics),
  },
  modularity: {
    series: "graphEvery",
    costly: true,
    measure: (w) =>
      louvainModularity(w.graph.following, stream(w.seed, "metrics", w.index, w.tick)).modularity,
  },
  viralCount: { series: "summary-only", costly: false, measure: (w) => w.viralCount },
  // Measured across worlds, so one world alone has none (see summarizeRun).
  unpredictability: { series: "summary-only", costly: false, measure: () => Number.NaN },
};

/** A measure that is also a series column. */
export type SeriesMeasure = SummaryName & SeriesColumn;

/** The measures the series takes at a cadence, in SUMMARY_NAMES order. */
export function measuresAt(cadence: Exclude<SeriesCadence, "summary-only">): SeriesMeasure[] {
  const names = SUMMARY_NAMES.filter((name) => MEASURES[name].series === cadence);
  for (const name of names) {
    if (!(SERIES_COLUMNS as readonly string[]).includes(name)) {
      throw new Error(`measure ${name} is taken every ${cadence} ticks but has no series column`);
    }
  }
  return names as SeriesMeasure[];
}
