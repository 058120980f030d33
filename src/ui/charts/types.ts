/** The plain data the charts are given. Charts copy nothing and compute only what they draw. */
import type { SeriesColumn, TimeSeries } from "../../engine/types.js";
import type { CcdfData, LorenzData, ScatterData } from "../../engine-host/distributions.js";

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

/** One world's Lorenz curve of likes over videos, as the worker built it. */
export interface LorenzCurve extends LorenzData {
  /** Legend label, e.g. "A: for-you". */
  label: string;
}

/** One world's CCDF of likes per video, thinned on its log axis. */
export interface CcdfCurve extends CcdfData {
  label: string;
}

/** One world's videos as dots of quality against likes (one in every `stride`). */
export interface ScatterCloud extends ScatterData {
  label: string;
}

/** One video's cumulative like count over the run's sampled ticks. */
export interface Trajectory {
  /** Legend label, e.g. "video 812 (topic 3)". */
  label: string;
  /** Ticks at which the counts were read, ascending. */
  ticks: readonly number[];
  /** Cumulative likes at each of those ticks (same length as ticks). */
  likes: readonly number[];
  /** Line colour (default: the series palette by position). */
  colour?: string;
  dashed?: boolean;
}
