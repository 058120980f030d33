/**
 * The colours every view shares: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
 * Design"), whose eight colours stay distinct under the common colour-vision deficiencies.
 * Views never pick colours of their own: they call these accessors.
 */

/** The eight Okabe–Ito colours by name. */
export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  black: "#000000",
} as const;

/**
 * Topic (interest group) colours, in order. Vermillion is left out: it is the colour of a like
 * (hearts, pulses), which must not be mistaken for a topic; a neutral grey takes the eighth
 * place. Yellow, black and grey come last: yellow is faint on white and black reads as text,
 * so the first five topics get the clearest colours.
 */
const TOPIC_COLOURS = [
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.blue,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.yellow,
  OKABE_ITO.black,
  "#8C8C8C",
] as const;

/**
 * Series colours for overlaid lines (compare mode: world A, world B, …). Blue and vermillion
 * first: the pair that stays most distinct in every form of colour blindness. No yellow: a thin
 * yellow line on white is hard to see.
 */
const SERIES_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
] as const;

/**
 * Colour of a topic. Past eight topics the colours repeat (no palette has more than about
 * eight colours that colour-blind readers can tell apart); views that need to tell more topics
 * apart must say so in words.
 */
export function topicColour(topic: number): string {
  return TOPIC_COLOURS[topic % TOPIC_COLOURS.length];
}

/** Colour of the i-th overlaid series (0 = the first world). */
export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

/** Neutral tones for axes, grid lines, edges and muted marks. */
export const NEUTRAL = {
  ink: "#1a1a1a",
  muted: "#595959",
  grid: "#e3e3e3",
  edge: "#9a9a9a",
  background: "#ffffff",
} as const;

/** The colour of a like (hearts, flashes, pulses): vermillion, which no topic uses. */
export const LIKE_COLOUR = OKABE_ITO.vermillion;

/**
 * Colours of the race's videos, by colour slot: the bar of a video and the people in the
 * network who liked it last share one. Vermillion (likes) and black (the spotlight) are left
 * out; yellow too, which is faint on white.
 */
const RACE_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
] as const;

/** Colour of the race video in colour slot `slot` (0 … 4). */
export function raceColour(slot: number): string {
  return RACE_COLOURS[slot % RACE_COLOURS.length];
}

/** The video in the spotlight, and the people who liked it. */
export const SPOTLIGHT_COLOUR = OKABE_ITO.black;

/** People in the network whose last like went to a video outside the race, and those with none. */
export const LIKED_OTHER_COLOUR = "#b3b3b3";
export const LIKED_NOTHING_COLOUR = "#e4e4e4";
