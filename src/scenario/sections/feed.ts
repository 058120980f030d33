import { z } from "zod";
import { pow } from "../../deterministic/exact-math.js";
import { count, probability, real } from "../fields.js";
import { forYouSchema } from "./for-you.js";

export const RANKERS = [
  "random",
  "chronological",
  "popularity",
  "engagement-rate",
  "weighted-engagement",
  "for-you",
  "staged-exposure",
] as const;

export type RankerName = (typeof RANKERS)[number];

export const feedSchema = z
  .strictObject({
    ranker: z.enum(RANKERS).default("for-you").meta({
      description:
        "The feed-ranking algorithm: random (independent world), chronological (following feed, newest first), popularity (most liked), engagement-rate (like rate with time decay), weighted-engagement (weighted sum of predicted engagement), for-you (personalised mix) or staged-exposure (test pools with promotion).",
    }),
    listShare: probability(0.5, {
      description:
        "Share of the videos a ranked list ranks (the live videos, or those of one topic) that it keeps, at least one: a share, so the list grows with the platform. 1 ranks them all and leaves attention to position bias.",
    }),
    positionBias: real(
      -0.8,
      {
        description:
          "Exponent α of attention by position: a slot shows the video ranked r with weight r^α (T-RECS, Chaney et al. 2018). 0 shows the whole list evenly.",
        unit: "exponent",
      },
      -10,
      0,
    ),
    inboxSize: count(
      32,
      {
        description:
          "Arrivals a user's inbox keeps (followed creators' posts, friends' likes and shares); the oldest fall out. The friend term of the like decision counts friends' likes among them.",
        unit: "videos",
      },
      1,
      4096,
    ),
    popularity: z
      .strictObject({
        mode: z.enum(["ranked", "proportional"]).default("ranked").meta({
          description:
            "ranked: most liked first, by position; proportional: pick a video with chance ∝ likes + 1 (a Pólya urn).",
        }),
      })
      .prefault({}),
    engagementRate: z
      .strictObject({
        formula: z.enum(["rate", "hacker-news", "reddit-hot"]).default("rate").meta({
          description:
            "rate: smoothed like rate × (age + 2)^−gravity; hacker-news: likes^likeExponent / (age + 2)^gravity; reddit-hot: log10(max(likes, 1)) + age in seconds / 45,000.",
        }),
        gravity: real(
          1.8,
          { description: "How fast age pulls a video down.", unit: "exponent" },
          0,
          10,
        ),
        likeExponent: real(
          0.8,
          { description: "Exponent on likes in the hacker-news formula.", unit: "exponent" },
          0,
          10,
        ),
        priorLikes: real(
          1,
          { description: "Pseudo-likes added before a rate is computed.", unit: "likes" },
          0,
          1e6,
        ),
        priorImpressions: real(
          20,
          {
            description: "Pseudo-impressions added before a rate is computed.",
            unit: "impressions",
          },
          0,
          1e6,
        ),
      })
      .prefault({}),
    weighted: z
      .strictObject({
        like: real(0.5, {
          description: "Weight of the predicted like rate (X heavy ranker: 0.5).",
          unit: "weight",
        }),
        share: real(1, {
          description: "Weight of the predicted share rate (X: repost 1.0).",
          unit: "weight",
        }),
        comment: real(13.5, {
          description: "Weight of the predicted comment rate (X: reply 13.5).",
          unit: "weight",
        }),
        negative: real(-74, {
          description: "Weight of the predicted 'not interested' rate (X: −74).",
          unit: "weight",
        }),
        normalise: z.boolean().default(false).meta({
          description:
            "Divide each weight by its signal's base rate on the platform, so a weight is what its term adds for a video at the base rates (false: X's published weights multiply the predicted rates as they are).",
        }),
      })
      .prefault({}),
    forYou: forYouSchema.prefault({}),
    staged: z
      .strictObject({
        testPool: probability(0.01, {
          description: "First pool size, as a share of all users (each sees the video once).",
        }),
        growth: real(
          5,
          { description: "Each promotion multiplies the pool by this.", unit: "×" },
          1,
          1000,
        ),
        likeRateBar: probability(0.1, {
          description: "Like rate a video must reach in its pool to be promoted.",
        }),
        maxStage: count(
          2,
          {
            description:
              "Promotions a video can get. Under staged-exposure the last pool, testPool × growth^maxStage of the users, must not exceed them all.",
            unit: "stages",
          },
          0,
          20,
        ),
      })
      .prefault({}),
  })
  .superRefine((feed, context) => {
    if (feed.ranker !== "staged-exposure") return;
    const { testPool, growth, maxStage } = feed.staged;
    const largest = testPool * pow(growth, maxStage);
    if (largest <= 1) return;
    // A user sees a video once, so a pool larger than the population can never fill.
    context.addIssue({
      code: "custom",
      path: ["staged"],
      message: `a last pool of at most all users, but testPool × growth^maxStage = ${Number(largest.toPrecision(4))} of them; lower feed.staged.testPool, growth or maxStage`,
    });
  })
  .meta({ description: "How the feed ranker turns engagement into visibility." });
