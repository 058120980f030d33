/**
 * Bytes of every ArrayBuffer reachable from `roots` through object fields, array elements and
 * Map/Set entries, each buffer counted once (the population shared by a run's worlds, a
 * subarray and its parent) at its full length: the capacity a growable array has reserved
 * is memory held. Plain JS numbers and strings are left out; in the engine they are a few
 * scalars per object, next to arrays of millions.
 */
export function typedArrayBytes(roots: readonly unknown[]): number {
  const buffers = new Set<ArrayBufferLike>();
  const seen = new Set<object>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    if (ArrayBuffer.isView(value)) buffers.add(value.buffer);
    else if (value instanceof ArrayBuffer) buffers.add(value);
    else if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    else if (value instanceof Set) for (const v of value) stack.push(v);
    else for (const field of Object.values(value)) stack.push(field);
  }
  let bytes = 0;
  for (const buffer of buffers) bytes += buffer.byteLength;
  return bytes;
}
