import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimate } from "../../../src/ui/charts/decimate.js";

describe("thinning a long series for drawing", () => {
  it("keeps every finite point of a short series, in order", () => {
    expect(decimate([3, Number.NaN, 1, 2], 10)).toEqual([0, 2, 3]);
  });

  it("keeps at most maxPoints points, in order, with every run's lowest and highest", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: 1,
          maxLength: 3000,
        }),
        fc.integer({ min: 2, max: 400 }),
        (ys, maxPoints) => {
          const kept = decimate(ys, maxPoints);
          expect(kept.length).toBeLessThanOrEqual(Math.max(maxPoints, 2));
          for (let k = 1; k < kept.length; k++) expect(kept[k]).toBeGreaterThan(kept[k - 1]);
          const values = kept.map((i) => ys[i]);
          expect(Math.min(...values)).toBe(Math.min(...ys));
          expect(Math.max(...values)).toBe(Math.max(...ys));
        },
      ),
    );
  });

  it("gives the same points for the same series", () => {
    const ys = Array.from({ length: 10_000 }, (_, i) => Math.sin(i / 50) * i);
    expect(decimate(ys, 600)).toEqual(decimate(Float64Array.from(ys), 600));
  });
});
