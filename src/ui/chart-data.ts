import type { TimeSeries } from "../engine/types.js";
import type { DistributionFrame } from "../engine-host/distributions.js";
import type {
  CcdfCurve,
  LorenzCurve,
  ScatterCloud,
  Trajectory,
  WorldSeries,
} from "./charts/types.js";
import { raceColour, seriesColour } from "./palette.js";

/** What the charts need of one running world. */
export interface RunData {
  label: string;
  series: TimeSeries;
  /** The distribution charts' data the worker built last, if any yet. */
  charts: DistributionFrame | undefined;
}

export function worldSeries(runs: readonly RunData[]): WorldSeries[] {
  return runs.map((run) => ({ label: run.label, series: run.series }));
}

function withCharts(runs: readonly RunData[]): { label: string; charts: DistributionFrame }[] {
  return runs.flatMap((run) => (run.charts ? [{ label: run.label, charts: run.charts }] : []));
}

/** Each world's Lorenz curve of likes over videos. */
export function lorenzCurves(runs: readonly RunData[]): LorenzCurve[] {
  return withCharts(runs).map(({ label, charts }) => ({ label, ...charts.lorenz }));
}

export function ccdfCurves(runs: readonly RunData[]): CcdfCurve[] {
  return withCharts(runs).map(({ label, charts }) => ({ label, ...charts.ccdf }));
}

export function scatterClouds(runs: readonly RunData[]): ScatterCloud[] {
  return withCharts(runs).map(({ label, charts }) => ({ label, ...charts.scatter }));
}

/**
 * The like trajectories of each world's race videos: all of them in their race colours for
 * one world; when worlds are compared, the top three of each in the world's own colour (the
 * leader solid, the others dashed), so that a colour always means a world.
 */
export function raceTrajectories(runs: readonly RunData[]): Trajectory[] {
  const compared = runs.length > 1;
  return runs.flatMap(({ label, charts }, world) =>
    (charts?.trajectories ?? []).slice(0, compared ? 3 : undefined).map((track, place) => ({
      label: `${compared ? `${label}: ` : ""}video ${track.video}`,
      ticks: track.ticks,
      likes: track.likes,
      colour: compared ? seriesColour(world) : raceColour(track.slot),
      dashed: compared && place > 0,
    })),
  );
}
