import {
  likesPerVideo,
  qualityAndLikes,
  type RunData,
  topTrajectories,
  worldSeries,
} from "./chart-data.js";
import type { LabelledValues, QualityLikes, Trajectory, WorldSeries } from "./charts/types.js";

/** The data of each chart on the page, by chart. */
export interface ChartInputs {
  engagement: WorldSeries[];
  creators: WorldSeries[];
  lorenz: LabelledValues[];
  ccdf: LabelledValues[];
  trajectories: Trajectory[];
  scatter: QualityLikes[];
}

type ChartName = keyof ChartInputs;

const BUILDERS: { [K in ChartName]: (runs: readonly RunData[]) => ChartInputs[K] } = {
  engagement: worldSeries,
  creators: worldSeries,
  lorenz: likesPerVideo,
  ccdf: likesPerVideo,
  trajectories: topTrajectories,
  scatter: qualityAndLikes,
};

const NAMES = Object.keys(BUILDERS) as ChartName[];

/**
 * The charts' data while a run plays: one chart at a time, in turn, each at most every
 * `cycle` ms. A chart redraws its SVG whole when its data changes; six of them in one frame
 * would cost more than a frame for thousands of videos (and the eye cannot follow six
 * charts at 60 Hz anyway), so no frame redraws more than one, and preferably not one that
 * also redraws the network. When nothing plays (a step, a reset, the end), every chart gets
 * its data at once.
 */
export class ChartFeed {
  private built: ChartInputs = {
    engagement: [],
    creators: [],
    lorenz: [],
    ccdf: [],
    trajectories: [],
    scatter: [],
  };
  private builtAt = Number.NEGATIVE_INFINITY;
  private next = 0;

  constructor(
    private readonly cycle = 600,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * The charts' data for this frame. `busy` says the frame already carries other heavy work
   * (a new snapshot for the network and feed views): the chart waits for a quieter frame,
   * unless it has waited two slots already.
   */
  inputs(runs: readonly RunData[], playing: boolean, busy = false): ChartInputs {
    if (!playing) {
      for (const name of NAMES) this.build(name, runs);
      this.builtAt = Number.NEGATIVE_INFINITY;
      return this.built;
    }
    const time = this.now();
    const slot = this.cycle / NAMES.length;
    if (time - this.builtAt >= (busy ? 2 * slot : slot)) {
      this.build(NAMES[this.next], runs);
      this.next = (this.next + 1) % NAMES.length;
      this.builtAt = time;
    }
    return this.built;
  }

  private build<K extends ChartName>(name: K, runs: readonly RunData[]): void {
    this.built = { ...this.built, [name]: BUILDERS[name](runs) };
  }
}
