/**
 * The live knobs: a handful of plain-language controls for the settings that change what the
 * loop does, each over a range where it matters. Meaning and validity still come from the
 * scenario schema (a unit test checks every path); this only says how a learner sees it.
 */
export interface KnobSpec {
  path: string;
  /** A question or phrase a newcomer understands. */
  label: string;
  /** One or two words for a mark on the time charts where the knob was turned mid-run. */
  short: string;
  /** One sentence on what it does in the model. */
  hint: string;
  /** A slider's range and step (a choice knob has none). */
  min?: number;
  max?: number;
  step?: number;
  /** Words at the slider's two ends. */
  ends?: [string, string];
  /** Choices offered for a number, instead of a slider (sizes that span decades). */
  values?: number[];
  /** Only shown while another setting has one of these values. */
  when?: { path: string; values: string[] };
}

export const KNOBS: readonly KnobSpec[] = [
  {
    path: "feed.ranker",
    short: "feed",
    label: "What the feed shows",
    hint: "The algorithm that picks each person's videos.",
  },
  {
    path: "behaviour.socialProof",
    short: "copying",
    label: "How much people copy others",
    hint: "A big like count makes a like likelier (0: people judge alone).",
    min: 0,
    max: 8,
    step: 0.5,
    ends: ["not at all", "strongly"],
  },
  {
    path: "behaviour.quality",
    short: "quality",
    label: "How much quality matters",
    hint: "A better video makes a like likelier.",
    min: 0,
    max: 6,
    step: 0.5,
    ends: ["not at all", "a lot"],
  },
  {
    path: "behaviour.friendLiked",
    short: "friends",
    label: "Friends' influence",
    hint: "A like is likelier when someone you follow liked it.",
    min: 0,
    max: 4,
    step: 0.25,
    ends: ["none", "strong"],
  },
  {
    path: "feed.forYou.exploration",
    short: "exploring",
    label: "How often the feed tries something new",
    hint: "Random new videos in the for-you mix.",
    min: 0,
    max: 1,
    step: 0.05,
    ends: ["never", "often"],
    when: { path: "feed.ranker", values: ["for-you"] },
  },
  {
    path: "population.users",
    short: "people",
    label: "People on the platform",
    hint: "More people: more likes to go round, a slower run.",
    values: [500, 1000, 3000, 10_000, 30_000, 100_000],
  },
];

/** Plain names of the rankers; one the engine adds later reads as its own name. */
const RANKER_WORDS: Readonly<Record<string, string>> = {
  random: "videos at random",
  chronological: "newest from people you follow",
  popularity: "most liked first",
  "engagement-rate": "best like rate first",
  "weighted-engagement": "most engaging first",
  "for-you": "a personal mix (for you)",
  "staged-exposure": "a test audience first",
};

export function rankerWords(ranker: string): string {
  return RANKER_WORDS[ranker] ?? ranker.replaceAll("-", " ");
}

/** A value on a knob's step: 0.30000000000000004 reads 0.3. */
export function onStep(value: number, step: number): string {
  const decimals = (String(step).split(".")[1] ?? "").length;
  return String(Number((Math.round(value / step) * step).toFixed(decimals)));
}

/** The knob's value in words: the ranker's plain name, a count with separators, a stepped number. */
export function knobText(knob: KnobSpec, value: unknown): string {
  if (knob.path === "feed.ranker") return rankerWords(String(value));
  if (typeof value !== "number") return String(value ?? "");
  if (knob.values) return value.toLocaleString("en-US");
  return onStep(value, knob.step ?? 0.01);
}
