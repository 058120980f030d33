import { declareState } from "../state/layout.js";
import { type FeedContext, type Pick, TRIES } from "./feed-context.js";
import type { PositionBias } from "./position-bias.js";
import { unseen } from "./sources.js";

/**
 * The top `capacity` videos by a score, rebuilt each tick with a bounded min-heap
 * (O(live · log capacity)), read best first. The capacity is set at each rebuild, as a share
 * of the videos the list ranks; the arrays grow (by doubling, outside the sessions) when it
 * outgrows them.
 */
export class RankedList {
  ids = new Int32Array(16);
  heapIds = new Int32Array(16);
  heapScores = new Float64Array(16);

  /** Rebuilt at every `prepare`: nothing to save. */
  static readonly layout = declareState<RankedList>({ scratch: ["ids", "heapIds", "heapScores"] });
  capacity = 1;
  count = 0;

  /** Empties the list and sets how many videos it keeps. */
  clear(capacity: number): void {
    this.count = 0;
    this.capacity = Math.max(1, capacity);
    if (this.heapIds.length < this.capacity) {
      const length = Math.max(this.capacity, 2 * this.heapIds.length);
      this.ids = new Int32Array(length);
      this.heapIds = new Int32Array(length);
      this.heapScores = new Float64Array(length);
    }
  }

  /** Offers a video; ties keep the newer video (higher id), so the order is deterministic. */
  offer(video: number, score: number): void {
    const ids = this.heapIds;
    const scores = this.heapScores;
    if (this.count < this.capacity) {
      let i = this.count++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.less(score, video, scores[parent], ids[parent])) break;
        ids[i] = ids[parent];
        scores[i] = scores[parent];
        i = parent;
      }
      ids[i] = video;
      scores[i] = score;
      return;
    }
    if (!this.less(scores[0], ids[0], score, video)) return;
    this.siftDown(video, score, this.count);
  }

  private less(scoreA: number, idA: number, scoreB: number, idB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && idA < idB);
  }

  private siftDown(video: number, score: number, size: number): void {
    const ids = this.heapIds;
    const scores = this.heapScores;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (
        child + 1 < size &&
        this.less(scores[child + 1], ids[child + 1], scores[child], ids[child])
      )
        child++;
      if (!this.less(scores[child], ids[child], score, video)) break;
      ids[i] = ids[child];
      scores[i] = scores[child];
      i = child;
    }
    ids[i] = video;
    scores[i] = score;
  }

  /** Empties the heap into `ids`, best first. */
  finish(): void {
    let size = this.count;
    while (size > 0) {
      this.ids[size - 1] = this.heapIds[0];
      size--;
      if (size > 0) this.siftDown(this.heapIds[size], this.heapScores[size], size);
    }
  }

  /** Fills `out` with a video drawn by position bias that the user has not seen, or none. */
  pick(ctx: FeedContext, user: number, bias: PositionBias, reason: number, out: Pick): void {
    for (let i = 0; this.count > 0 && i < TRIES; i++) {
      const video = this.ids[bias.rank(ctx.ranking(), this.count)];
      if (unseen(ctx, user, video)) {
        out.set(video, reason);
        return;
      }
    }
    out.video = -1;
  }
}
