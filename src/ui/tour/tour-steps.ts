/**
 * The guided first visit: six stops of about ten seconds while the run plays, each pointing at
 * one view with what to notice there. About a minute in all; Next, Back and Skip at any time.
 */
export interface TourStep {
  /** The tile to highlight (a view id the page knows). */
  view: "world" | "race" | "loop" | "lorenz" | "knobs" | "spotlight";
  title: string;
  text: string;
}

/** Seconds each stop stays before the tour moves on by itself. */
export const STEP_SECONDS = 10;

export const TOUR: readonly TourStep[] = [
  {
    view: "world",
    title: "The people",
    text: "Each dot is a person; the bigger, the more followers; lines are follows. When a person likes one of the five most liked videos, their dot takes that video's colour: watch how far the top videos reach.",
  },
  {
    view: "race",
    title: "The race",
    text: "The five most liked videos, changing places as likes arrive. q is each video's quality: an early leader often stays ahead of better videos that came later.",
  },
  {
    view: "loop",
    title: "The loop",
    text: "Likes count as engagement, the ranker turns engagement into visibility, visibility brings views, views bring likes. Each arrow is as wide as its flow; the dots move one step a tick.",
  },
  {
    view: "lorenz",
    title: "Who gets the likes",
    text: "The further the curve sags below the diagonal, the more the likes pile onto a few videos. The Gini sums it up: 0 is equal, 1 is one video with everything.",
  },
  {
    view: "knobs",
    title: "Change the world",
    text: "Switch the feed to random, or make people copy each other more, and watch the race and the curve change. The run starts again with the same luck.",
  },
  {
    view: "spotlight",
    title: "Follow one video",
    text: "Click a bar in the race, a card in the feed or a person in the network: the spotlight shows that video's views, likes and place over time, and who liked it. Then try a lesson.",
  },
];
