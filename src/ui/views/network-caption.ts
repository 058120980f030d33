/** What the network view says about its picture, in words, and its legend. */
import { RACE_SIZE } from "../../engine-host/video-race.js";
import {
  LIKED_NOTHING_COLOUR,
  LIKED_OTHER_COLOUR,
  raceColour,
  SPOTLIGHT_COLOUR,
  topicColour,
} from "../palette.js";
import type { ColourBy } from "./network-scene.js";
import type { NetworkFacts } from "./network-view.js";

const count = (n: number) => n.toLocaleString("en-US");
const percent = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((100 * part) / whole)}%` : "none";

/** "The 2,000 most followed of 10,000 users. …" with what the colours show now. */
export function networkCaption(facts: NetworkFacts, colourBy: ColourBy): string {
  const who =
    facts.drawn === facts.total
      ? `All ${count(facts.total)} users.`
      : `The ${count(facts.drawn)} most followed of ${count(facts.total)} users.`;
  if (facts.spotlighting) {
    return `${who} Black: the ${count(facts.spotlightLikers)} of them who liked the video in the spotlight.`;
  }
  if (colourBy === "interest") return `${who} Colour: each person's main interest.`;
  const reach =
    facts.likers > 0
      ? `The most liked video has reached ${percent(facts.leaderLikers, facts.drawn)} of these people, the top ${RACE_SIZE} together ${percent(facts.raceLikers, facts.drawn)}.`
      : "Nobody has liked anything yet.";
  return `${reach} ${who} Colour: the best-placed video of the race each person has liked, in its bar's colour.`;
}

export interface LegendEntry {
  label: string;
  colour: string;
}

export function networkLegend(colourBy: ColourBy, spotlighting: boolean): LegendEntry[] {
  if (spotlighting) {
    return [
      { label: "liked the spotlight video", colour: SPOTLIGHT_COLOUR },
      { label: "did not (yet)", colour: LIKED_NOTHING_COLOUR },
    ];
  }
  if (colourBy === "interest") {
    return Array.from({ length: 8 }, (_, t) => ({
      label: `topic ${t + 1}`,
      colour: topicColour(t),
    }));
  }
  return [
    { label: `liked a top-${RACE_SIZE} video (its colour)`, colour: raceColour(0) },
    { label: "only other videos", colour: LIKED_OTHER_COLOUR },
    { label: "no like yet", colour: LIKED_NOTHING_COLOUR },
  ];
}
