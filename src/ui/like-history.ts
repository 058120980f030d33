/**
 * Like counts of every video at some of the ticks the page has seen, for the trajectories of
 * the top videos. Memory is bounded: when more than `maxSamples` are held, every other one is
 * dropped and the page samples half as often from then on, so a long run keeps an even,
 * coarser record (at most maxSamples × videos × 4 bytes).
 */
export class LikeHistory {
  private ticks: number[] = [];
  private likes: Uint32Array[] = [];
  private every = 1;

  constructor(private readonly maxSamples = 120) {}

  clear(): void {
    this.ticks = [];
    this.likes = [];
    this.every = 1;
  }

  /** Keeps a copy of the likes per video at `tick` when it falls on the sampling grid. */
  record(tick: number, likes: Uint32Array): void {
    const last = this.ticks.at(-1);
    if (last !== undefined && tick - last < this.every) return;
    this.ticks.push(tick);
    this.likes.push(likes.slice());
    if (this.ticks.length > this.maxSamples) {
      this.ticks = this.ticks.filter((_, i) => i % 2 === 1);
      this.likes = this.likes.filter((_, i) => i % 2 === 1);
      this.every *= 2;
    }
  }

  get sampledTicks(): readonly number[] {
    return this.ticks;
  }

  /** A video's likes at each sampled tick (0 before it was posted). */
  likesOf(video: number): number[] {
    return this.likes.map((sample) => (video < sample.length ? sample[video] : 0));
  }
}

/** Ids of the `count` most liked videos, most liked first (ties: lower id first). */
export function topVideos(likes: ArrayLike<number>, count: number): number[] {
  const ids = Array.from({ length: likes.length }, (_, i) => i);
  ids.sort((a, b) => likes[b] - likes[a] || a - b);
  return ids.slice(0, count);
}
