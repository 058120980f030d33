/** The plain data the charts are given. Charts copy nothing and compute only what they draw. */
import type { SeriesColumn, TimeSeries } from "../../engine/types.js";

/** One world's per-tick columns with the label its lines carry in the legend. */
export interface WorldSeries {
  /** Legend label, e.g. "A: for-you". */
  label: string;
  /** The world's columns as `metrics().series[world]` returns them. */
  series: TimeSeries;
}

/** One stacked panel of a time-series chart. */
export interface SeriesPanel {
  column: SeriesColumn;
  /** Y-axis title with its unit, e.g. "likes per tick". */
  label: string;
}

/** One value per item (likes per video, say) for one world. */
export interface LabelledValues {
  /** Legend label, e.g. "A: for-you". */
  label: string;
  /** One value per item; order does not matter. */
  values: ArrayLike<number>;
}

/** One video's cumulative like count over the ticks the shell has recorded. */
export interface Trajectory {
  /** Legend label, e.g. "video 812 (topic 3)". */
  label: string;
  /** Ticks at which the counts were read, ascending. */
  ticks: readonly number[];
  /** Cumulative likes at each of those ticks (same length as ticks). */
  likes: readonly number[];
}

/** Quality and likes of each video of one world (parallel arrays, indexed by video id). */
export interface QualityLikes {
  /** Legend label, e.g. "A: for-you". */
  label: string;
  /** Quality of each video, 0–1. */
  quality: ArrayLike<number>;
  /** Likes of each video. */
  likes: ArrayLike<number>;
}
