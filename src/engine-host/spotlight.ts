import type { Snapshot } from "../engine/types.js";
import type { VideoHistory, VideoTrack } from "./video-history.js";
import { placeOf } from "./video-race.js";

/** The video in the spotlight: what it is, where it stands now, and how it got there. */
export interface SpotlightFrame {
  video: number;
  /** False until the video is posted (a spotlight on an id the run has not reached yet). */
  posted: boolean;
  quality: number;
  creator: number;
  topic: number;
  postedAt: number;
  viralAt: number;
  likes: number;
  impressions: number;
  /** Its place by likes now (1 = most liked). */
  place: number;
  /** Its likes, impressions and place on the run's grid of sampled ticks. */
  track: VideoTrack;
}

/**
 * The spotlight's figures. Its history comes from the run's fixed grid of samples, so the
 * curves are the same however fast the run plays and whenever the video was picked.
 */
export function spotlightFrame(
  video: number,
  snapshot: Snapshot,
  history: VideoHistory,
): SpotlightFrame {
  const { videos } = snapshot;
  const posted = video < videos.count;
  return {
    video,
    posted,
    quality: posted ? videos.quality[video] : Number.NaN,
    creator: posted ? videos.creator[video] : -1,
    topic: posted ? videos.topic[video] : -1,
    postedAt: posted ? videos.postedAt[video] : -1,
    viralAt: posted ? videos.viralAt[video] : -1,
    likes: posted ? videos.likes[video] : 0,
    impressions: posted ? videos.impressions[video] : 0,
    place: posted ? placeOf(videos.likes, videos.count, video) : Number.NaN,
    track: history.track(video),
  };
}
