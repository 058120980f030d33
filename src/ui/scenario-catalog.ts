/**
 * Every scenario file under scenarios/, read at build time so the picker always lists what is
 * there (schema.json is the editors' JSON Schema, not a scenario).
 */
const files = import.meta.glob<unknown>(
  ["../../scenarios/*.json", "!../../scenarios/schema.json"],
  {
    eager: true,
    import: "default",
  },
);

export interface CatalogEntry {
  /** The file's name without .json: what the URL and the picker use. */
  id: string;
  /** Where it came from, for messages: "scenarios/default.json". */
  file: string;
  description: string;
  /** The file's contents, unvalidated: the schema judges them when the run starts. */
  input: unknown;
}

function describe(input: unknown): string {
  if (input !== null && typeof input === "object" && "description" in input) {
    const { description } = input as { description: unknown };
    if (typeof description === "string") return description;
  }
  return "";
}

function entryOf(path: string, input: unknown): CatalogEntry {
  const file = path.replace(/^(\.\.\/)+/, "");
  const id = file.replace(/^scenarios\//, "").replace(/\.json$/, "");
  return { id, file, description: describe(input), input };
}

/** The scenarios, "default" first, the rest by name. */
export const catalog: readonly CatalogEntry[] = Object.entries(files)
  .map(([path, input]) => entryOf(path, input))
  .sort(
    (a, b) => Number(b.id === "default") - Number(a.id === "default") || a.id.localeCompare(b.id),
  );

export function findScenario(id: string): CatalogEntry | undefined {
  return catalog.find((entry) => entry.id === id);
}

/** Seconds a run should take at its default speed: long enough to watch, short enough to wait. */
const WATCH_SECONDS = 15;
/**
 * Speeds a scenario asks for by name, where the rule of thumb does not fit: a cascade is over
 * in a few ticks, so going viral plays slowly enough to see it spread.
 */
const SPEED_OF: Readonly<Record<string, number>> = { "going-viral": 5 };

/**
 * The playback speed a scenario opens with (ticks a second, one of `speeds`): its own if it
 * has one here, else the one that plays its run in about WATCH_SECONDS. A UI setting, not a
 * scenario field: the run's numbers do not depend on it.
 */
export function defaultSpeed(id: string, ticks: number, speeds: readonly number[]): number {
  const wanted = SPEED_OF[id] ?? ticks / WATCH_SECONDS;
  return speeds.reduce((best, speed) =>
    Math.abs(Math.log(speed / wanted)) < Math.abs(Math.log(best / wanted)) ? speed : best,
  );
}
