import type { Snapshot, TimeSeries } from "../engine/types.js";
import type { LabelledValues, QualityLikes, Trajectory, WorldSeries } from "./charts/types.js";
import { type LikeHistory, topVideos } from "./like-history.js";

/** What the charts need of one running world. */
export interface RunData {
  label: string;
  series: TimeSeries;
  snapshot: Snapshot | undefined;
  history: LikeHistory;
}

export function worldSeries(runs: readonly RunData[]): WorldSeries[] {
  return runs.map((run) => ({ label: run.label, series: run.series }));
}

function videosOf(snapshot: Snapshot) {
  const { videos } = snapshot;
  return {
    likes: videos.likes.subarray(0, videos.count),
    quality: videos.quality.subarray(0, videos.count),
  };
}

/** Likes of each video posted so far, per world (Lorenz curve, CCDF). */
export function likesPerVideo(runs: readonly RunData[]): LabelledValues[] {
  return runs.flatMap((run) =>
    run.snapshot ? [{ label: run.label, values: videosOf(run.snapshot).likes }] : [],
  );
}

export function qualityAndLikes(runs: readonly RunData[]): QualityLikes[] {
  return runs.flatMap((run) =>
    run.snapshot ? [{ label: run.label, ...videosOf(run.snapshot) }] : [],
  );
}

/** The like trajectories of each world's most liked videos so far (five, or three per world). */
export function topTrajectories(runs: readonly RunData[]): Trajectory[] {
  const perRun = runs.length > 1 ? 3 : 5;
  return runs.flatMap((run) => {
    if (!run.snapshot) return [];
    const { likes } = videosOf(run.snapshot);
    const prefix = runs.length > 1 ? `${run.label}: ` : "";
    return topVideos(likes, perRun)
      .filter((video) => likes[video] > 0)
      .map((video) => ({
        label: `${prefix}video ${video} (topic ${run.snapshot!.videos.topic[video]})`,
        ticks: run.history.sampledTicks,
        likes: run.history.likesOf(video),
      }));
  });
}
