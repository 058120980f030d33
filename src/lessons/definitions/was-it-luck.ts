import type { Lesson } from "../lesson.js";

/** The tick the leading song's likes are deleted; the lesson's scenario runs 70. */
const AT = 10;

export const wasItLuck: Lesson = {
  id: "was-it-luck",
  title: "Was it luck?",
  scenario: "was-it-luck.json",
  question:
    "A song topped the chart. Was it the song, or its first few likes? Take its early likes away and run the market again from there.",
  prediction: {
    prompt:
      "At tick 10 the leading song (in most runs the eventual winner) loses every like it has. By the end it will…",
    choices: [
      "win anyway: a good song gets its likes back",
      "end near the top, but not first",
      "end somewhere in the middle of the chart",
    ],
    supported: 2,
  },
  arms: {
    a: { label: "the market as it ran", set: { interventions: [] } },
    b: {
      label: `the leader's likes deleted at tick ${AT}`,
      set: {
        interventions: [{ at: AT, do: "deleteEarlyLikes", video: "top", likes: "all" }],
      },
    },
  },
  metrics: ["giniVideos", "qualitySpearman", "top1Share", "likes"],
  lookAt:
    "Both runs are the same market up to tick 10. In the top-video trajectories, find the song that led at tick 10: with its likes deleted it drops to the bottom of the ranked list and climbs back only a little. Another song wins instead, and the market is about as unequal as before: Gini {giniVideos.a} against {giniVideos.b}, top song's share {top1Share.a:%} against {top1Share.b:%}. Quality predicted likes about as well either way (rank correlation {qualitySpearman.a} against {qualitySpearman.b}): the winner was a good song, and so is its replacement.",
  look: [
    { view: "trajectories", label: "the top-video trajectories" },
    { view: "lorenz", label: "the Lorenz curve", metrics: ["giniVideos"] },
    { view: "summary", label: "the summary", metrics: ["top1Share"] },
    { view: "scatter", label: "quality vs likes", metrics: ["qualitySpearman"] },
  ],
  why: "The list is ranked by likes and arrivals listen mostly near its top, so a song's early likes are what put it where it is heard. Deleted, they leave the song at the bottom of the list, where few arrivals reach it, while the songs that kept their likes stay in view; and the arrivals who already heard it and liked it never like it twice. Its quality is unchanged, but quality only acts on the listeners a song reaches.",
  evidence:
    "test/lessons/was-it-luck.test.ts: on 20 seeds, the exact counterfactual (the run saved at tick 10, the eventual winner's likes deleted, the market run again to the end) gives back the win in none (95% Wilson upper bound below 0.17; the test allows one, as over seeds 1–100 it happened once): the winner then ends 13th of 48 at the median, 3rd at best. The lesson's own arm deletes the likes of the song leading at tick 10, the eventual winner in 14 of the 20 seeds (63 of seeds 1–100); that song never ends on top (0 of 100), and the mean paired change in the Gini of likes over songs lies within ±0.04 (95% bootstrap interval; measured −0.004 here, −0.009 [−0.015, −0.003] over seeds 1–100): a winner emerges either way.",
  caveat:
    "The common story that great content wins anyway does not hold here: the winners are good songs, but without their early likes they do not win. The counterfactual is strict: the deleted song also loses the ticks it spent climbing, while the other songs keep their head start.",
};
