import {
  likesPerVideo,
  qualityAndLikes,
  type RunData,
  topTrajectories,
  worldSeries,
} from "./chart-data.js";
import type { LabelledValues, QualityLikes, Trajectory, WorldSeries } from "./charts/types.js";

export interface ChartInputs {
  series: WorldSeries[];
  likes: LabelledValues[];
  scatter: QualityLikes[];
  trajectories: Trajectory[];
}

/**
 * The charts' data, rebuilt at most every `interval` ms while a run plays. Charts redraw their
 * SVG whole whenever their data changes; at the display's frame rate that would cost more than
 * a frame for thousands of videos, and the eye cannot follow six charts at 60 Hz anyway. When
 * nothing plays (a step, a reset, the end), the data is rebuilt at once.
 */
export class ChartFeed {
  private built: ChartInputs = { series: [], likes: [], scatter: [], trajectories: [] };
  private builtAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly interval = 250,
    private readonly now: () => number = () => performance.now(),
  ) {}

  inputs(runs: readonly RunData[], playing: boolean): ChartInputs {
    const time = this.now();
    if (playing && time - this.builtAt < this.interval) return this.built;
    this.builtAt = time;
    this.built = {
      series: worldSeries(runs),
      likes: likesPerVideo(runs),
      scatter: qualityAndLikes(runs),
      trajectories: topTrajectories(runs),
    };
    return this.built;
  }
}
