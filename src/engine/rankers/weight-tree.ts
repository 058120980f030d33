import { declareState } from "../state/layout.js";

/**
 * Non-negative weights over slots 0..n−1 that change one at a time, with a slot drawn in
 * proportion to its weight: a Fenwick (binary indexed) tree, O(log n) per change and per
 * draw, so a weight can change between two draws of the same tick.
 */
export class WeightTree {
  tree = new Float64Array(1);
  /** Reset at every `prepare`: nothing to save. */
  static readonly layout = declareState<WeightTree>({ scratch: ["tree"] });
  private size = 0;
  /** Largest power of two ≤ size, where a draw's descent starts. */
  private top = 0;

  /** Sets n slots with the given weights (slot i: weights[i]); O(n). */
  reset(weights: Float64Array, n: number): void {
    if (this.tree.length < n + 1) this.tree = new Float64Array(2 * (n + 1));
    const tree = this.tree;
    tree.fill(0, 0, n + 1);
    for (let i = 1; i <= n; i++) {
      tree[i] += weights[i - 1];
      const parent = i + (i & -i);
      if (parent <= n) tree[parent] += tree[i];
    }
    this.size = n;
    this.top = 1;
    while (this.top * 2 <= n) this.top *= 2;
  }

  /** Adds `delta` to slot i's weight. */
  add(i: number, delta: number): void {
    for (let k = i + 1; k <= this.size; k += k & -k) this.tree[k] += delta;
  }

  total(): number {
    let sum = 0;
    for (let k = this.size; k > 0; k -= k & -k) sum += this.tree[k];
    return sum;
  }

  /** The slot whose cumulative weight range holds `target` ∈ [0, total). */
  find(target: number): number {
    let position = 0;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = position + step;
      if (next <= this.size && this.tree[next] <= target) {
        position = next;
        target -= this.tree[next];
      }
    }
    return Math.min(position, this.size - 1);
  }
}
