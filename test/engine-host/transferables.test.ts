import { describe, expect, it } from "vitest";
import { buffersOf } from "../../src/engine-host/transferables.js";

describe("the buffers a worker message transfers", () => {
  it("finds every typed array's buffer, however deep, each once", () => {
    const shared = new Float64Array(4);
    const message = {
      a: new Int32Array(2),
      nested: { b: shared, c: shared.subarray(1), list: [new Uint8Array(1)] },
      n: 3,
      s: "text",
    };
    const buffers = buffersOf(message);
    expect(buffers).toHaveLength(3);
    expect(buffers).toContain(shared.buffer);
  });

  it("finds nothing in plain data", () => {
    expect(buffersOf({ a: 1, b: [2, "3"], c: null })).toEqual([]);
  });
});
