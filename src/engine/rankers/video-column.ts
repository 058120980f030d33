import { declareState } from "../state/layout.js";

type Column = Float32Array | Float64Array | Uint32Array | Uint8Array;

/**
 * One number per video that a ranker keeps for itself (trend, stage, …), indexed by video
 * id and grown by doubling as videos are posted. Videos are posted only between ticks, so
 * `fit` in `prepare` is the only place it grows: never inside a session.
 */
export class VideoColumn<T extends Column> {
  values: T;

  static readonly layout = declareState<VideoColumn<Column>>({
    arrays: ["values"],
    grows: ["values"],
  });

  constructor(
    private readonly make: new (length: number) => T,
    capacity = 1024,
  ) {
    this.values = new make(capacity);
  }

  /** Makes room for `count` videos (new ones start at 0) and returns the array. */
  fit(count: number): T {
    if (count > this.values.length) {
      let capacity = this.values.length;
      while (capacity < count) capacity *= 2;
      const grown = new this.make(capacity);
      grown.set(this.values);
      this.values = grown;
    }
    return this.values;
  }
}
