import type { EdgeList } from "./csr.js";

/**
 * Collects edges into two growing Int32Arrays, for generators and importers that do not
 * know their edge count in advance. Doubling keeps appends amortised O(1).
 */
export class EdgeListBuilder {
  private src: Int32Array;
  private dst: Int32Array;
  count = 0;

  constructor(expectedEdges: number) {
    const capacity = Math.max(16, Math.ceil(expectedEdges));
    this.src = new Int32Array(capacity);
    this.dst = new Int32Array(capacity);
  }

  add(u: number, v: number): void {
    if (this.count === this.src.length) this.grow();
    this.src[this.count] = u;
    this.dst[this.count] = v;
    this.count++;
  }

  private grow(): void {
    const src = new Int32Array(this.src.length * 2);
    const dst = new Int32Array(this.dst.length * 2);
    src.set(this.src);
    dst.set(this.dst);
    this.src = src;
    this.dst = dst;
  }

  /** The edges so far, trimmed to their count (the builder should not be used afterwards). */
  finish(nodeCount: number, directed: boolean): EdgeList {
    return {
      nodeCount,
      src: this.src.slice(0, this.count),
      dst: this.dst.slice(0, this.count),
      count: this.count,
      directed,
    };
  }
}
