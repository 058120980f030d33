import type { Snapshot } from "../engine/types.js";
import { topByLikes } from "./video-race.js";

/** Samples kept over a whole run: the charts' resolution in time, whatever the run's length. */
export const HISTORY_SAMPLES = 240;
/** Places kept per sample: a video further down reads "below 100th". */
export const HISTORY_PLACES = 100;

/** One video's likes, impressions and place at each sampled tick. */
export interface VideoTrack {
  video: number;
  ticks: number[];
  likes: number[];
  impressions: number[];
  /** 1 = most liked; NaN while it has no likes or is below the places kept. */
  place: number[];
}

/** Index of `value` in the ascending `ids`, or −1. */
function find(ids: Int32Array, value: number): number {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (ids[mid] === value) return mid;
    if (ids[mid] < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** A history as a snapshot keeps it. */
export interface HistoryState {
  ticks: number[];
  changed: Int32Array[];
  likes: Uint32Array[];
  impressions: Uint32Array[];
  leaders: Int32Array[];
  lastLikes: Uint32Array;
  lastImpressions: Uint32Array;
}

/**
 * Every video's likes and impressions at fixed ticks (every `every`-th tick, where `every`
 * spreads HISTORY_SAMPLES over the run, and the run's last), so that a trajectory is the
 * same whatever the playback speed. A sample stores only the videos whose counts changed
 * since the one before, so memory follows the live videos, not the whole catalogue per tick.
 */
export class VideoHistory {
  readonly every: number;
  private ticks: number[];
  private changed: Int32Array[];
  private likes: Uint32Array[];
  private impressions: Uint32Array[];
  private leaders: Int32Array[];
  private lastLikes: Uint32Array;
  private lastImpressions: Uint32Array;

  /** A history from the start of a run of `runTicks` ticks, or as a snapshot saved it. */
  constructor(
    private readonly runTicks: number,
    state?: HistoryState,
  ) {
    this.every = Math.max(1, Math.ceil(runTicks / HISTORY_SAMPLES));
    this.ticks = [...(state?.ticks ?? [])];
    this.changed = [...(state?.changed ?? [])];
    this.likes = [...(state?.likes ?? [])];
    this.impressions = [...(state?.impressions ?? [])];
    this.leaders = [...(state?.leaders ?? [])];
    this.lastLikes = state ? state.lastLikes.slice() : new Uint32Array(0);
    this.lastImpressions = state ? state.lastImpressions.slice() : new Uint32Array(0);
  }

  /**
   * The samples so far, for a snapshot of the run. A sample's arrays never change once taken,
   * so they are shared; the running totals are copied.
   */
  save(): HistoryState {
    return {
      ticks: [...this.ticks],
      changed: [...this.changed],
      likes: [...this.likes],
      impressions: [...this.impressions],
      leaders: [...this.leaders],
      lastLikes: this.lastLikes.slice(),
      lastImpressions: this.lastImpressions.slice(),
    };
  }

  /** Records the snapshot's tick if it falls on the grid (or is the run's last). */
  observe(snapshot: Snapshot): void {
    const { tick, videos } = snapshot;
    if (tick % this.every !== 0 && tick !== this.runTicks) return;
    if (this.ticks.at(-1) === tick) return;
    const n = videos.count;
    if (this.lastLikes.length < n) {
      const grow = (old: Uint32Array) => {
        const grown = new Uint32Array(Math.max(n, 2 * old.length));
        grown.set(old);
        return grown;
      };
      this.lastLikes = grow(this.lastLikes);
      this.lastImpressions = grow(this.lastImpressions);
    }
    const ids: number[] = [];
    for (let v = 0; v < n; v++) {
      if (
        videos.likes[v] !== this.lastLikes[v] ||
        videos.impressions[v] !== this.lastImpressions[v]
      )
        ids.push(v);
    }
    const changed = Int32Array.from(ids);
    const likes = new Uint32Array(changed.length);
    const impressions = new Uint32Array(changed.length);
    changed.forEach((v, i) => {
      likes[i] = this.lastLikes[v] = videos.likes[v];
      impressions[i] = this.lastImpressions[v] = videos.impressions[v];
    });
    this.ticks.push(tick);
    this.changed.push(changed);
    this.likes.push(likes);
    this.impressions.push(impressions);
    this.leaders.push(Int32Array.from(topByLikes(videos.likes, n, HISTORY_PLACES)));
  }

  /** The tick of the latest sample, or −1 before the first. */
  get lastTick(): number {
    return this.ticks.at(-1) ?? -1;
  }

  /** A video's counts at every sample so far (0 before it was posted). */
  track(video: number): VideoTrack {
    const track: VideoTrack = { video, ticks: [], likes: [], impressions: [], place: [] };
    let likes = 0;
    let impressions = 0;
    this.ticks.forEach((tick, s) => {
      const at = find(this.changed[s], video);
      if (at >= 0) {
        likes = this.likes[s][at];
        impressions = this.impressions[s][at];
      }
      const place = this.leaders[s].indexOf(video);
      track.ticks.push(tick);
      track.likes.push(likes);
      track.impressions.push(impressions);
      track.place.push(place >= 0 ? place + 1 : Number.NaN);
    });
    return track;
  }
}
