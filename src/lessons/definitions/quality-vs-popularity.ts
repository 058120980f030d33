import type { Lesson } from "../lesson.js";

export const qualityVsPopularity: Lesson = {
  id: "quality-vs-popularity",
  title: "Beyond the numbers: quality vs popularity",
  scenario: "quality-vs-popularity.json",
  question:
    "When viewers lean on the visible like count, do likes still tell the good videos from the bad?",
  prediction: {
    prompt:
      "If viewers follow the like count strongly, at the same overall like rate, the rank correlation between a video's quality and its likes will…",
    choices: [
      "stay about the same",
      "fall: likes track quality less closely",
      "rise: the crowd finds the good videos faster",
    ],
    supported: 1,
  },
  arms: {
    a: {
      label: "no social proof",
      set: { "behaviour.socialProof": 0, "behaviour.baseline": -6.2 },
    },
    b: {
      label: "strong social proof",
      set: { "behaviour.socialProof": 8, "behaviour.baseline": -8.65 },
    },
  },
  metrics: ["qualitySpearman", "qualityKendall", "giniVideos", "likeRate"],
  lookAt:
    "In the quality-vs-likes scatter the points spread out: the Spearman correlation between quality and likes was {qualitySpearman.a} without social proof and {qualitySpearman.b} with strong social proof (Kendall {qualityKendall.a} against {qualityKendall.b}), while the like rate stayed close ({likeRate.a:%} against {likeRate.b:%}). Likes became more unequal: Gini {giniVideos.a} against {giniVideos.b}.",
  look: [
    { view: "scatter", label: "the quality-vs-likes scatter", metrics: ["qualitySpearman"] },
    {
      view: "summary",
      label: "the summary",
      metrics: ["qualityKendall", "likeRate", "giniVideos"],
    },
  ],
  why: "With strong social proof a like makes the next like more likely, whatever the video's quality. Videos that happen to collect likes early climb the ranked feed and gather more, so the final count records early luck as much as quality. The baseline is lowered with each level of social proof so that the overall like rate stays the same and only the reason people like changes.",
  evidence:
    "test/lessons/quality-vs-popularity.test.ts: over 12 seeds and four levels of social proof (0, 2, 4, 8, each with its calibrated baseline; like rates within 2.8%–4.2%), Spearman's and Kendall's correlations between quality and likes fall with the level and the Gini of likes rises (Page's trend test p < 0.001 each), and the strongest level is below no social proof in every seed. Over seeds 1..20: Spearman 0.90 against 0.70.",
  caveat:
    "Social proof only ever adds to the chance of a like in this model, and more likes measure quality more precisely. Raised on its own (without lowering the baseline), moderate social proof leaves the correlation where it was or raises it slightly (at socialProof 4 the like rate quadruples and the test finds no fall: the 99.9% lower bound of the mean change is above −0.01); only strong social proof lowers it.",
};
