import {
  ccdfCurves,
  lorenzCurves,
  type RunData,
  raceTrajectories,
  scatterClouds,
  worldSeries,
} from "./chart-data.js";
import type {
  CcdfCurve,
  LorenzCurve,
  ScatterCloud,
  Trajectory,
  WorldSeries,
} from "./charts/types.js";

/** The data of each chart on the page, by chart. */
export interface ChartInputs {
  engagement: WorldSeries[];
  creators: WorldSeries[];
  homophily: WorldSeries[];
  lorenz: LorenzCurve[];
  ccdf: CcdfCurve[];
  trajectories: Trajectory[];
  scatter: ScatterCloud[];
}

type ChartName = keyof ChartInputs;

const BUILDERS: { [K in ChartName]: (runs: readonly RunData[]) => ChartInputs[K] } = {
  engagement: worldSeries,
  creators: worldSeries,
  homophily: worldSeries,
  lorenz: lorenzCurves,
  ccdf: ccdfCurves,
  trajectories: raceTrajectories,
  scatter: scatterClouds,
};

const NAMES = Object.keys(BUILDERS) as ChartName[];

/** What a chart's data is made from: a new series or a new charts frame makes it stale. */
function sourcesOf(name: ChartName, runs: readonly RunData[]): unknown[] {
  const series = name === "engagement" || name === "creators" || name === "homophily";
  return runs.flatMap((run) => [run.label, series ? run.series : run.charts]);
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * The charts' data. A chart redraws its SVG whole when its data changes, so it gets new data
 * only when what it is made from changed, and while a run plays at most one chart a slot
 * (`cycle` ms over the charts), in turn: each chart at most every `cycle` ms, and no frame
 * redraws two. When nothing plays (a step, a pause, the end), every stale chart at once.
 */
export class ChartFeed {
  private built: ChartInputs = {
    engagement: [],
    creators: [],
    homophily: [],
    lorenz: [],
    ccdf: [],
    trajectories: [],
    scatter: [],
  };
  private readonly builtFrom = new Map<ChartName, unknown[]>();
  private builtAt = Number.NEGATIVE_INFINITY;
  private next = 0;

  constructor(
    private readonly cycle = 600,
    private readonly now: () => number = () => performance.now(),
  ) {}

  inputs(runs: readonly RunData[], playing: boolean): ChartInputs {
    const stale = NAMES.filter(
      (name) => !same(this.builtFrom.get(name) ?? [], sourcesOf(name, runs)),
    );
    if (!playing) {
      for (const name of stale) this.build(name, runs);
      return this.built;
    }
    const time = this.now();
    if (stale.length === 0 || time - this.builtAt < this.cycle / NAMES.length) return this.built;
    // The next stale chart at or after the one whose turn it is.
    for (let k = 0; k < NAMES.length; k++) {
      const name = NAMES[(this.next + k) % NAMES.length];
      if (!stale.includes(name)) continue;
      this.build(name, runs);
      this.next = (NAMES.indexOf(name) + 1) % NAMES.length;
      this.builtAt = time;
      break;
    }
    return this.built;
  }

  private build<K extends ChartName>(name: K, runs: readonly RunData[]): void {
    this.built = { ...this.built, [name]: BUILDERS[name](runs) };
    this.builtFrom.set(name, sourcesOf(name, runs));
  }
}
