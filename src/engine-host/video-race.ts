import type { Snapshot } from "../engine/types.js";

/** Videos in the race: few enough to tell apart by colour, in the network too. */
export const RACE_SIZE = 5;

/** One video as the race shows it. */
export interface RaceEntry {
  video: number;
  /** Place by likes, 1 = most liked (ties: the earlier video first). */
  rank: number;
  /**
   * Colour slot 0 … RACE_SIZE − 1, kept while the video stays in the race, so that its bar and
   * the people who liked it keep one colour as places change.
   */
  slot: number;
  likes: number;
  impressions: number;
  /** 0–1. */
  quality: number;
  creator: number;
  topic: number;
  postedAt: number;
  /** Tick it crossed the viral bar, or −1. */
  viralAt: number;
}

export interface RaceFrame {
  tick: number;
  /** The most liked videos, most liked first. */
  entries: RaceEntry[];
  /** The best video posted so far (highest quality), with its place, when it is not in the race. */
  best?: Omit<RaceEntry, "slot">;
  /** Videos posted so far. */
  videos: number;
  /** Likes over all videos, and the share of them the race's videos hold (0–1; 0 with none). */
  likes: number;
  raceShare: number;
}

/** Whether video a places before video b: more likes, or as many and posted earlier. */
function ahead(likes: ArrayLike<number>, a: number, b: number): boolean {
  return likes[a] > likes[b] || (likes[a] === likes[b] && a < b);
}

/** Ids of the `k` most liked videos, most liked first, in one pass. */
export function topByLikes(likes: ArrayLike<number>, count: number, k: number): number[] {
  const top: number[] = [];
  for (let v = 0; v < count; v++) {
    if (likes[v] === 0) continue;
    if (top.length === k && !ahead(likes, v, top[k - 1])) continue;
    let at = Math.min(top.length, k - 1);
    while (at > 0 && ahead(likes, v, top[at - 1])) at--;
    top.splice(at, 0, v);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Place of a video by likes among the first `count` videos (1 = most liked). */
export function placeOf(likes: ArrayLike<number>, count: number, video: number): number {
  let place = 1;
  for (let v = 0; v < count; v++) if (v !== video && ahead(likes, v, video)) place++;
  return place;
}

/** A race as a snapshot keeps it. */
export interface RaceState {
  slots: [number, number][];
  top: number[];
}

/**
 * The race of the most liked videos, tick by tick. Colour slots are handed out as videos
 * enter, from the lowest free one, and freed as they leave: a function of the run's ticks, not
 * of how often the page looks, so the same run always gets the same colours.
 */
export class VideoRace {
  private slots: Map<number, number>;
  private top: number[];

  /** A race from the start, or as a snapshot saved it. */
  constructor(state?: RaceState) {
    this.slots = new Map(state?.slots);
    this.top = [...(state?.top ?? [])];
  }

  /** Who is in the race and their colours, copied: what a snapshot of the run keeps. */
  save(): RaceState {
    return { slots: [...this.slots], top: [...this.top] };
  }

  reset(): void {
    this.slots.clear();
    this.top = [];
  }

  /** Reads a tick's snapshot: who is in the race now, and their colours. */
  observe(snapshot: Snapshot): void {
    const { likes, count } = snapshot.videos;
    this.top = topByLikes(likes, count, RACE_SIZE);
    const staying = new Set(this.top);
    for (const video of [...this.slots.keys()]) if (!staying.has(video)) this.slots.delete(video);
    const taken = new Set(this.slots.values());
    for (const video of this.top) {
      if (this.slots.has(video)) continue;
      let slot = 0;
      while (taken.has(slot)) slot++;
      this.slots.set(video, slot);
      taken.add(slot);
    }
  }

  /** The colour slot of a video in the race, or −1. */
  slotOf(video: number): number {
    return this.slots.get(video) ?? -1;
  }

  frame(snapshot: Snapshot): RaceFrame {
    const { videos } = snapshot;
    const entry = (video: number, rank: number) => ({
      video,
      rank,
      likes: videos.likes[video],
      impressions: videos.impressions[video],
      quality: videos.quality[video],
      creator: videos.creator[video],
      topic: videos.topic[video],
      postedAt: videos.postedAt[video],
      viralAt: videos.viralAt[video],
    });
    const entries = this.top.map((video, i) => ({
      ...entry(video, i + 1),
      slot: this.slotOf(video),
    }));
    let total = 0;
    let best = -1;
    for (let v = 0; v < videos.count; v++) {
      total += videos.likes[v];
      if (best < 0 || videos.quality[v] > videos.quality[best]) best = v;
    }
    let held = 0;
    for (const e of entries) held += e.likes;
    const frame: RaceFrame = {
      tick: snapshot.tick,
      entries,
      videos: videos.count,
      likes: total,
      raceShare: total > 0 ? held / total : 0,
    };
    if (best >= 0 && !this.top.includes(best)) {
      frame.best = entry(best, placeOf(videos.likes, videos.count, best));
    }
    return frame;
  }
}
