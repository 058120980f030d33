/**
 * A set of node pairs (u, v) with 0 ≤ u, v < nodeCount, kept as keys u·nodeCount + v in an
 * open-addressing Float64Array (exact below 2^53, i.e. for up to 94 million nodes). The
 * generators and the importer test ties for existence millions of times; a JS Set of
 * strings would allocate per tie.
 */
const EMPTY = -1;
const DELETED = -2;

export class PairSet {
  private keys: Float64Array;
  private mask: number;
  private used = 0;
  size = 0;

  constructor(
    private readonly nodeCount: number,
    expectedPairs: number,
  ) {
    let capacity = 16;
    while (capacity < expectedPairs * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  has(u: number, v: number): boolean {
    const key = u * this.nodeCount + v;
    const keys = this.keys;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const found = keys[slot];
      if (found === key) return true;
      if (found === EMPTY) return false;
    }
  }

  /** Adds the pair; returns false when it was already there. */
  add(u: number, v: number): boolean {
    const key = u * this.nodeCount + v;
    const keys = this.keys;
    let free = -1;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const found = keys[slot];
      if (found === key) return false;
      if (found === DELETED && free < 0) free = slot;
      if (found === EMPTY) {
        if (free < 0) {
          free = slot;
          this.used++;
        }
        break;
      }
    }
    keys[free] = key;
    this.size++;
    // Tombstones count as used; a table that is mostly tombstones is rebuilt at its size.
    if (this.used * 2 > keys.length)
      this.rehash(this.size * 4 > keys.length ? keys.length * 2 : keys.length);
    return true;
  }

  /** Removes the pair; returns false when it was not there. */
  delete(u: number, v: number): boolean {
    const key = u * this.nodeCount + v;
    const keys = this.keys;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const found = keys[slot];
      if (found === EMPTY) return false;
      if (found === key) {
        keys[slot] = DELETED;
        this.size--;
        return true;
      }
    }
  }

  /** Murmur3's finaliser over both 32-bit halves, so that nearby pairs spread over the table. */
  private slotOf(key: number): number {
    let h = (key >>> 0) ^ Math.imul((key / 4294967296) >>> 0, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) & this.mask;
  }

  private rehash(capacity: number): void {
    const old = this.keys;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    this.used = this.size;
    for (let i = 0; i < old.length; i++) {
      const key = old[i];
      if (key < 0) continue;
      let slot = this.slotOf(key);
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
    }
  }
}
