/** Snapshots a run keeps at most, its start included. */
export const MAX_SNAPSHOTS = 16;
/** Memory the snapshots of one run may take, in bytes (each is a whole `sim.save()`). */
export const SNAPSHOT_BUDGET_BYTES = 256 * 2 ** 20;

/** What the page says of a run's snapshots. */
export interface SnapshotFigures {
  /** Ticks of the snapshots kept, ascending (the run's start first). */
  ticks: number[];
  /** Ticks between new snapshots. */
  every: number;
  /** Their memory, about: the saved typed arrays of each. */
  bytes: number;
}

interface Kept<T> {
  tick: number;
  bytes: number;
  state: T;
}

/**
 * The states a run keeps so that a fork from a tick already played restores the nearest one at
 * or before it and replays only the ticks after. A snapshot is taken every `every` ticks (the
 * run spread over MAX_SNAPSHOTS); when the count or the memory budget is exceeded, older ones
 * are thinned (see `thin`). Recent ticks so stay dense and older ones sparse, and a fork
 * replays at most the gap its tick falls in.
 */
export class RunSnapshots<T> {
  readonly every: number;
  private readonly kept: Kept<T>[] = [];

  constructor(
    runTicks: number,
    private readonly budget = SNAPSHOT_BUDGET_BYTES,
    private readonly most = MAX_SNAPSHOTS,
  ) {
    this.every = Math.max(1, Math.ceil(runTicks / (most - 1)));
  }

  /** Whether a snapshot is due at `tick` (the start always is). */
  due(tick: number): boolean {
    return tick % this.every === 0 && this.kept.at(-1)?.tick !== tick;
  }

  /** Ticks from `tick` to the next tick a snapshot is taken at (1 to `every`). */
  untilNext(tick: number): number {
    return this.every - (tick % this.every);
  }

  keep(tick: number, bytes: number, state: T): void {
    this.kept.push({ tick, bytes, state });
    while (this.kept.length > 2 && (this.kept.length > this.most || this.bytes > this.budget)) {
      this.thin();
    }
  }

  /**
   * Drops the snapshot whose loss leaves the smallest gap for its age: the gap it would open
   * over the time since the snapshot before it. Old snapshots go first and the spacing grows
   * with age; the start and the newest always stay.
   */
  private thin(): void {
    const now = this.kept[this.kept.length - 1].tick;
    let drop = 1;
    let least = Number.POSITIVE_INFINITY;
    for (let i = 1; i < this.kept.length - 1; i++) {
      const previous = this.kept[i - 1].tick;
      const gap = (this.kept[i + 1].tick - previous) / (now - previous);
      if (gap < least) {
        least = gap;
        drop = i;
      }
    }
    this.kept.splice(drop, 1);
  }

  /** The latest snapshot at or before `tick`, if any. */
  nearest(tick: number): { tick: number; state: T } | undefined {
    for (let i = this.kept.length - 1; i >= 0; i--)
      if (this.kept[i].tick <= tick) return this.kept[i];
    return undefined;
  }

  get bytes(): number {
    return this.kept.reduce((sum, kept) => sum + kept.bytes, 0);
  }

  figures(): SnapshotFigures {
    return { ticks: this.kept.map((kept) => kept.tick), every: this.every, bytes: this.bytes };
  }
}
