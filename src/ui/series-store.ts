import { SERIES_COLUMNS, type SeriesColumn, type TimeSeries } from "../engine/types.js";

/**
 * The time series of one run as it arrives from the worker, a batch of rows at a time, in
 * columns that grow by doubling so that appending a frame's rows allocates rarely.
 */
export class SeriesStore {
  private columns = SeriesStore.allocate(256);
  private count = 0;

  private static allocate(capacity: number): TimeSeries {
    const columns = {} as TimeSeries;
    for (const column of SERIES_COLUMNS) columns[column] = new Float64Array(capacity);
    return columns;
  }

  /** Number of ticks held. */
  get length(): number {
    return this.count;
  }

  /** Appends `rows` (all columns the same length) as the ticks after the ones held. */
  append(rows: TimeSeries): void {
    const added = rows.tick.length;
    const needed = this.count + added;
    const capacity = this.columns.tick.length;
    if (needed > capacity) {
      const grown = SeriesStore.allocate(Math.max(needed, capacity * 2));
      for (const column of SERIES_COLUMNS) grown[column].set(this.columns[column]);
      this.columns = grown;
    }
    for (const column of SERIES_COLUMNS) this.columns[column].set(rows[column], this.count);
    this.count = needed;
  }

  clear(): void {
    this.count = 0;
  }

  /** One column's values so far (a view, valid until the next append). */
  column(name: SeriesColumn): Float64Array {
    return this.columns[name].subarray(0, this.count);
  }

  /** Every column so far, as a new object each call so that Lit sees a change. */
  view(): TimeSeries {
    const view = {} as TimeSeries;
    for (const column of SERIES_COLUMNS) view[column] = this.column(column);
    return view;
  }
}
