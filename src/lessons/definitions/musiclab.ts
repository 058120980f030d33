import type { Lesson } from "../lesson.js";

export const musiclab: Lesson = {
  id: "musiclab",
  title: "Run the world again (MusicLab)",
  scenario: "musiclab.json",
  question:
    "If you could run the same music market again with the same songs and the same people, would the same songs become hits?",
  prediction: {
    prompt:
      "In worlds where people see a list ranked by download counts, compared with worlds where they do not, the hits will be…",
    choices: [
      "the same songs, only bigger",
      "more unequal and less predictable: different songs win in different worlds",
      "more equal: the counts help everyone find the good songs",
    ],
    supported: 1,
  },
  arms: {
    a: {
      label: "independent worlds (random order, counts hidden)",
      set: { "feed.ranker": "random", "behaviour.socialProof": 0 },
    },
    b: {
      label: "social-influence worlds (ranked by downloads)",
      set: { "feed.ranker": "popularity" },
    },
  },
  metrics: ["giniVideos", "unpredictability", "qualitySpearman", "likes"],
  lookAt:
    "The Gini of downloads, averaged over the eight worlds, was {giniVideos.a} in the independent condition and {giniVideos.b} with social influence. Unpredictability U was {unpredictability.a} in the independent condition (the noise of 700 arrivals alone) and {unpredictability.b} with social influence. Step through the worlds and follow one song: its share swings more from world to world with social influence (that is what U measures). Even the independent worlds seldom agree on the single top song: 700 arrivals are few.",
  look: [
    { view: "summary", label: "the summary", metrics: ["giniVideos", "unpredictability"] },
    { view: "worlds", label: "the worlds side by side" },
  ],
  why: "Each arrival sees the list ranked by downloads and listens mostly near the top, and a visible count makes a download more likely. The first few downloads, largely chance, push a song up the list, where it is heard and downloaded more: each world locks in its own early luck. Without the ranking and the counts, every world samples the same appeals independently, so they differ only by sampling noise.",
  evidence:
    "test/lessons/musiclab.test.ts: on 16 seeds, each run as eight social worlds and as eight independent worlds with the same songs and people, the social worlds have the higher mean Gini and the higher U in at least 15 of 16 seeds (two-sided sign test p < 0.001), the direction Salganik, Dodds and Watts (2006) found. On the scenario fitted to MusicLab's experiment 2 (docs/calibration.md), over seeds 1..20: Gini 0.20 against 0.55, U 0.0048 against 0.0139, 20 of 20 seeds each.",
};
