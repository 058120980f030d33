import { z } from "zod";
import { count, probability, real } from "../fields.js";
import { behaviourSchema } from "./behaviour.js";
import { RANKERS } from "./feed.js";
import type { forYouSchema } from "./for-you.js";

/** The behaviour settings an intervention may change: every number of `behaviour`. */
export const BEHAVIOUR_WEIGHTS = [
  "likeProbability",
  "baseline",
  "quality",
  "affinity",
  "socialProof",
  "referenceLikes",
  "friendLiked",
  "shareWeight",
  "shareRate",
  "commentRate",
  "negativeRate",
  "followAfterLikes",
] as const satisfies readonly (keyof typeof behaviourSchema.shape)[];

/** The for-you feed's sources, whose weights an intervention may change. */
export const FOR_YOU_SOURCES = [
  "interest",
  "trending",
  "friends",
  "fresh",
  "exploration",
] as const satisfies readonly (keyof typeof forYouSchema.shape)[];

const at = z.int().min(0).max(10_000_000).meta({
  description:
    "Tick at whose start the intervention takes effect (before posting and sessions); it lasts to the end of the run.",
  unit: "tick",
});

/** A video: its id, or "top", the most liked video in the world at the intervention's tick. */
const video = z.union([z.int().min(0).max(1_000_000_000), z.literal("top")]).meta({
  description:
    'The video: its id (ids follow posting order from 0), or "top" for the most liked video in each world at the intervention\'s tick (the lowest id among ties).',
  unit: "video id",
});

const creator = z.union([z.int().min(0).max(1_000_000_000), z.literal("top")]).meta({
  description:
    'The creator: its id, or "top" for the creator with the most likes in each world at the intervention\'s tick (the lowest id among ties).',
  unit: "creator id",
});

const factor = probability(0.1, {
  description:
    "Chance that the feed still shows the target when it comes up; otherwise the slot is filled again (0 removes it, 1 changes nothing).",
});

/**
 * One timed change to a running platform (docs/model.md, "Interventions"): the same events a
 * fork can apply at its current tick. Draws come only from the world's `interventions` stream.
 */
export const interventionSchema = z.discriminatedUnion("do", [
  z.strictObject({ at, do: z.literal("hideLikeCounts") }),
  z.strictObject({
    at,
    do: z.literal("capImpressions"),
    per: z.enum(["video", "creator"]).default("video").meta({
      description: "Whether the cap counts each video's impressions or each creator's.",
    }),
    max: count(
      100,
      { description: "Most impressions a video (or creator) gets per tick.", unit: "impressions" },
      0,
      1_000_000_000,
    ),
  }),
  z.strictObject({ at, do: z.literal("downrankVideo"), video, factor }),
  z.strictObject({ at, do: z.literal("downrankCreator"), creator, factor }),
  z.strictObject({ at, do: z.literal("removeVideo"), video }),
  z.strictObject({ at, do: z.literal("removeCreator"), creator }),
  z.strictObject({ at, do: z.literal("removeBots") }),
  z.strictObject({
    at,
    do: z.literal("boostNewCreators"),
    audience: probability(0.01, {
      description:
        "Share of users each boosted video is guaranteed to reach: it takes the first slot of sessions until it has that many impressions.",
    }),
    posts: count(
      3,
      {
        description: "A creator's first posts that are boosted (posted after `at`).",
        unit: "posts",
      },
      1,
      1_000_000,
    ),
  }),
  z.strictObject({
    at,
    do: z.literal("switchRanker"),
    ranker: z.enum(RANKERS).meta({
      description:
        "The ranker from then on; it starts with none of the old ranker's state (trend, stages, learned interests).",
    }),
  }),
  z.strictObject({
    at,
    do: z.literal("setBehaviour"),
    weight: z.enum(BEHAVIOUR_WEIGHTS).meta({
      description: "The behaviour setting to change (any number of the behaviour section).",
    }),
    value: real(0, {
      description: "Its new value, within that setting's own range.",
      unit: "as the setting",
    }),
  }),
  z.strictObject({
    at,
    do: z.literal("setForYouMix"),
    source: z.enum(FOR_YOU_SOURCES).meta({
      description: "The for-you source whose weight changes (feed.forYou).",
    }),
    value: z.number().min(0).max(1e6).meta({
      description:
        "Its new weight, as in feed.forYou (the weights are shares of their sum); the for-you feed uses it at once, any other ranker once the feed switches to for-you.",
      unit: "weight",
    }),
  }),
  z.strictObject({
    at,
    do: z.literal("deleteEarlyLikes"),
    video,
    likes: z
      .union([z.int().min(1).max(1_000_000_000), z.literal("all")])
      .default("all")
      .meta({
        description:
          'How many of the likes the video has received by then to take away ("all": every one).',
        unit: "likes",
      }),
  }),
]);

export type Intervention = z.output<typeof interventionSchema>;
export type InterventionInput = z.input<typeof interventionSchema>;
export type InterventionName = Intervention["do"];
export type ForYouSource = (typeof FOR_YOU_SOURCES)[number];
/** An intervention to apply now, to a running simulation or a fork: no tick. */
export type InterventionChange = InterventionInput extends infer I
  ? I extends InterventionInput
    ? Omit<I, "at">
    : never
  : never;

export const interventionsSchema = z
  .array(interventionSchema)
  .max(1000)
  .default([])
  .superRefine((list, context) => {
    list.forEach((intervention, i) => {
      if (i > 0 && intervention.at < list[i - 1].at) {
        context.addIssue({
          code: "custom",
          path: [i, "at"],
          message: `is ${intervention.at}, before the ${list[i - 1].at} of the intervention above; list interventions in order of at`,
        });
      }
      if (intervention.do !== "setBehaviour") return;
      const field = behaviourSchema.shape[intervention.weight];
      const parsed = field.safeParse(intervention.value);
      if (!parsed.success) {
        context.addIssue({
          code: "custom",
          path: [i, "value"],
          message: `is ${intervention.value}; not allowed for behaviour.${intervention.weight}: ${parsed.error.issues[0]?.message}`,
        });
      }
    });
  })
  .meta({
    description:
      "Timed changes to the platform (hide like counts, caps, downranking, removals, boosts, a new ranker, a behaviour setting, deleted likes), in order of their tick.",
  });
