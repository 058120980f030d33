import { SERIES_COLUMNS, type TimeSeries } from "../engine/types.js";

/**
 * Per-tick series as table rows, `[world, ...SERIES_COLUMNS]` per world and tick, for the
 * CLI's --timeseries files and the app's CSV export. Costly metrics are NaN between
 * measurements; csvText writes them as empty cells.
 */
export function seriesRows(worlds: readonly TimeSeries[]): number[][] {
  const rows: number[][] = [];
  worlds.forEach((series, world) => {
    for (let t = 0; t < series.tick.length; t++) {
      rows.push([world, ...SERIES_COLUMNS.map((column) => series[column][t])]);
    }
  });
  return rows;
}
