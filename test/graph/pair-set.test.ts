import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PairSet } from "../../src/engine/graph/pair-set.js";

describe("PairSet", () => {
  it("answers like a Set of pairs through any mix of adds and deletes (growth and tombstones)", () => {
    const operation = fc.tuple(fc.boolean(), fc.nat(39), fc.nat(39));
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 400 }), (operations) => {
        const pairs = new PairSet(40, 4);
        const reference = new Set<number>();
        for (const [adding, u, v] of operations) {
          const key = u * 40 + v;
          const answer = adding ? pairs.add(u, v) : pairs.delete(u, v);
          if (answer !== (adding ? !reference.has(key) : reference.has(key))) return false;
          if (adding) reference.add(key);
          else reference.delete(key);
          if (pairs.size !== reference.size) return false;
        }
        for (let key = 0; key < 1_600; key++) {
          if (pairs.has(Math.floor(key / 40), key % 40) !== reference.has(key)) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it("keeps pairs of nodes numbered in the tens of millions apart", () => {
    const n = 50_000_000;
    const pairs = new PairSet(n, 2);
    pairs.add(n - 1, n - 2);
    expect(pairs.has(n - 1, n - 2)).toBe(true);
    expect(pairs.has(n - 2, n - 1)).toBe(false);
    expect(pairs.has(n - 1, n - 3)).toBe(false);
  });
});
