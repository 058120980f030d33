import { resumeStream, STREAM_FIELDS, type Stream } from "../../deterministic/random.js";
import { type Column, fieldsOf, isColumn, type Layout, partLayout } from "./layout.js";

/** One struct's saved state: copies of its arrays, its numbers, its streams' states, its parts'. */
export interface SavedStruct {
  arrays: Record<string, Column>;
  numbers: Record<string, number>;
  /** Four numbers per stream (STREAM_FIELDS); NaN for a stream of an array not yet made. */
  streams: Record<string, Float64Array>;
  parts: Record<string, SavedStruct | SavedStruct[]>;
}

/** A saved state that cannot be restored: the message names the field, what it is and what was expected. */
export class StateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StateError";
  }
}

function streamStates(value: unknown): Float64Array {
  const list = Array.isArray(value) ? value : [value];
  const out = new Float64Array(list.length * STREAM_FIELDS.length).fill(Number.NaN);
  list.forEach((random: Stream | undefined, i) => {
    if (random === undefined) return;
    const state = random.state();
    STREAM_FIELDS.forEach((name, k) => {
      out[i * STREAM_FIELDS.length + k] = state[name];
    });
  });
  return out;
}

/** Copies a struct's state as its layout declares it; the copy shares nothing with the struct. */
export function saveStruct(struct: object, layout: Layout): SavedStruct {
  const fields = fieldsOf(struct);
  const saved: SavedStruct = { arrays: {}, numbers: {}, streams: {}, parts: {} };
  for (const name of layout.arrays ?? []) saved.arrays[name] = (fields[name] as Column).slice();
  for (const name of layout.numbers ?? []) saved.numbers[name] = fields[name] as number;
  for (const name of layout.streams ?? []) saved.streams[name] = streamStates(fields[name]);
  for (const [name, declared] of Object.entries(layout.parts ?? {})) {
    const value = fields[name];
    if (declared === undefined) continue;
    saved.parts[name] = Array.isArray(value)
      ? value.map((part: object) => saveStruct(part, partLayout(part, declared)))
      : saveStruct(value as object, partLayout(value, declared));
  }
  return saved;
}

function describe(value: unknown): string {
  if (isColumn(value)) return `a ${value.constructor.name} of ${value.length}`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value) || isColumn(value)) {
    throw new StateError(`${path} is ${describe(value)}; expected an object`);
  }
  return value as Record<string, unknown>;
}

function restoreStreams(saved: unknown, current: unknown, path: string): unknown {
  const width = STREAM_FIELDS.length;
  const many = Array.isArray(current);
  const wanted = many ? current.length : 1;
  if (!(saved instanceof Float64Array) || saved.length !== wanted * width) {
    throw new StateError(
      `${path} is ${describe(saved)}; expected a Float64Array of ${wanted * width} (the states of ${wanted} random streams)`,
    );
  }
  const streams: (Stream | undefined)[] = [];
  for (let i = 0; i < wanted; i++) {
    const at = i * width;
    if (Number.isNaN(saved[at])) {
      if (!many) throw new StateError(`${path} holds no stream state; expected one`);
      streams.push(undefined);
      continue;
    }
    const [c, s0, s1, s2] = saved.subarray(at, at + width);
    streams.push(resumeStream({ c, s0, s1, s2 }));
  }
  return many ? streams : streams[0];
}

/**
 * Writes a saved state into a struct built for the same scenario: every declared array,
 * number, stream and part, after checking that each is there and of the struct's type and
 * (unless it grows) length. With `copy`, the struct gets copies, so the saved state can be
 * restored again; without, it takes the saved arrays over.
 */
export function restoreStruct(
  struct: object,
  layout: Layout,
  input: unknown,
  path: string,
  copy: boolean,
): void {
  const saved = record(input, path);
  const fields = fieldsOf(struct);
  const arrays = record(saved.arrays, `${path}.arrays`);
  const grows = new Set(layout.grows ?? []);
  for (const name of layout.arrays ?? []) {
    const current = fields[name] as Column;
    const value = arrays[name];
    const fits =
      isColumn(value) &&
      value.constructor === current.constructor &&
      (grows.has(name) || value.length === current.length);
    if (!fits) {
      const length = grows.has(name) ? "any length" : `${current.length}`;
      throw new StateError(
        `${path}.${name} is ${describe(value)}; expected a ${current.constructor.name} of ${length}`,
      );
    }
    fields[name] = copy ? (value as Column).slice() : value;
  }
  const numbers = record(saved.numbers, `${path}.numbers`);
  for (const name of layout.numbers ?? []) {
    const value = numbers[name];
    if (typeof value !== "number" || Number.isNaN(value)) {
      throw new StateError(`${path}.${name} is ${describe(value)}; expected a number`);
    }
    fields[name] = value;
  }
  const streams = record(saved.streams, `${path}.streams`);
  for (const name of layout.streams ?? []) {
    fields[name] = restoreStreams(streams[name], fields[name], `${path}.${name}`);
  }
  const parts = record(saved.parts, `${path}.parts`);
  for (const [name, declared] of Object.entries(layout.parts ?? {})) {
    if (declared === undefined) continue;
    const value = fields[name];
    const part = parts[name];
    if (!Array.isArray(value)) {
      restoreStruct(value as object, partLayout(value, declared), part, `${path}.${name}`, copy);
      continue;
    }
    if (!Array.isArray(part) || part.length !== value.length) {
      throw new StateError(
        `${path}.${name} is ${describe(part)}; expected an array of ${value.length}`,
      );
    }
    value.forEach((item: object, i) => {
      restoreStruct(item, partLayout(item, declared), part[i], `${path}.${name}[${i}]`, copy);
    });
  }
}

/** Bytes of every typed array a struct holds, saved or scratch, its parts' included. */
export function structBytes(struct: object, layout: Layout): number {
  const fields = fieldsOf(struct);
  let bytes = 0;
  for (const name of [...(layout.arrays ?? []), ...(layout.scratch ?? [])]) {
    bytes += (fields[name] as Column).byteLength;
  }
  for (const [name, declared] of Object.entries(layout.parts ?? {})) {
    if (declared === undefined) continue;
    const value = fields[name];
    const parts: object[] = Array.isArray(value) ? value : [value as object];
    for (const part of parts) bytes += structBytes(part, partLayout(part, declared));
  }
  return bytes;
}

/** Bytes of a saved struct's arrays and stream states. */
export function savedBytes(saved: SavedStruct): number {
  let bytes = 0;
  for (const array of Object.values(saved.arrays)) bytes += array.byteLength;
  for (const array of Object.values(saved.streams)) bytes += array.byteLength;
  for (const part of Object.values(saved.parts)) {
    for (const item of Array.isArray(part) ? part : [part]) bytes += savedBytes(item);
  }
  return bytes;
}

/** The buffers of a saved struct, to transfer it to another thread instead of copying it. */
export function savedBuffers(saved: SavedStruct, out: ArrayBuffer[] = []): ArrayBuffer[] {
  for (const array of [...Object.values(saved.arrays), ...Object.values(saved.streams)]) {
    out.push(array.buffer as ArrayBuffer);
  }
  for (const part of Object.values(saved.parts)) {
    for (const item of Array.isArray(part) ? part : [part]) savedBuffers(item, out);
  }
  return out;
}
