/** The feed view's cards: the traced user's impressions joined with the videos they showed. */
import { REASONS, type Snapshot } from "../engine/types.js";

export interface FeedCard {
  /** Stable across snapshots, so a card keeps its DOM (and its heart does not replay). */
  key: string;
  video: number;
  creator: number;
  topic: number;
  /** The video's likes now, from everyone. */
  likes: number;
  /** 0–1. */
  quality: number;
  /** Why the ranker showed it: a name from the engine's REASONS ("random", "friend", …). */
  reason: string;
  /** Whether the traced user liked it. */
  liked: boolean;
  tick: number;
}

/** The newest `limit` impressions of the trace, newest first. */
export function feedCards(snapshot: Snapshot, limit: number): FeedCard[] {
  const { trace, videos } = snapshot;
  const cards: FeedCard[] = [];
  const seen = new Map<string, number>();
  for (let k = trace.count - 1; k >= 0 && cards.length < limit; k--) {
    const video = trace.video[k];
    const base = `${trace.tick[k]}:${video}`;
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    cards.push({
      key: repeat === 0 ? base : `${base}:${repeat}`,
      video,
      creator: videos.creator[video],
      topic: videos.topic[video],
      likes: videos.likes[video],
      quality: videos.quality[video],
      reason: REASONS[trace.reason[k]] ?? `reason ${trace.reason[k]}`,
      liked: trace.liked[k] !== 0,
      tick: trace.tick[k],
    });
  }
  return cards;
}
