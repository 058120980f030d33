/** The typed arrays the engine keeps its state in. */
export type Column =
  | Int8Array
  | Uint8Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

type Key<T> = keyof T & string;

/**
 * The state of one struct of the engine, declared once, beside the struct: the typed arrays
 * and numbers that make it up, the random streams it draws from, the structs it holds, and
 * the typed arrays it only keeps as scratch (rebuilt before they are read again). Saving,
 * restoring and counting the simulation's bytes all walk these declarations, so a field added
 * to a struct and to its layout is saved, restored and counted without another line.
 */
export interface StateLayout<T> {
  /** Typed arrays saved and restored. */
  readonly arrays?: readonly Key<T>[];
  /** Of `arrays`, those that grow during a run (their length may differ from a new struct's). */
  readonly grows?: readonly Key<T>[];
  /** Numbers saved and restored. */
  readonly numbers?: readonly Key<T>[];
  /** Streams (or arrays of streams, some not yet made) saved as their generators' states. */
  readonly streams?: readonly Key<T>[];
  /** Typed arrays rebuilt before they are read (per tick or per call): counted, not saved. */
  readonly scratch?: readonly Key<T>[];
  /** Structs held, each with its own layout: a field may hold one struct or an array of them. */
  readonly parts?: { readonly [K in Key<T>]?: Layout };
}

/** A layout with its field names checked against no type: what the walkers read. */
export interface Layout {
  readonly arrays?: readonly string[];
  readonly grows?: readonly string[];
  readonly numbers?: readonly string[];
  readonly streams?: readonly string[];
  readonly scratch?: readonly string[];
  readonly parts?: { readonly [name: string]: Layout | undefined };
}

/** Declares a struct's layout, with every field name checked against the struct's type. */
export function declareState<T>(declared: StateLayout<T>): Layout {
  return declared;
}

/** The layout of a struct with no state of its own. */
export const NO_STATE: Layout = {};

/** A layout chosen by the instance (a ranker's depends on which ranker it is). */
export interface HasLayout {
  readonly layout: Layout;
}

/** What a struct's fields are, as a record the walkers can index by name. */
export type Fields = Record<string, unknown>;

export function fieldsOf(struct: object): Fields {
  return struct as Fields;
}

/** The layout a part uses: its own, if it declares one, or the one its holder declared. */
export function partLayout(value: unknown, declared: Layout): Layout {
  const own = (value as Partial<HasLayout>).layout;
  return own ?? declared;
}

export function isColumn(value: unknown): value is Column {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}
