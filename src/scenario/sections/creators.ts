import { z } from "zod";
import { count, probability, real, text } from "../fields.js";

export const creatorsSchema = z
  .strictObject({
    postRate: probability(0.05, {
      description: "Chance a creator posts in a tick when its motivation is 1.",
    }),
    expectedLikes: real(
      40,
      {
        description:
          "Likes a creator expects a post to earn by the time it is judged; more motivates, fewer discourages.",
        unit: "likes/post",
      },
      0,
      1e9,
    ),
    judgeAfter: count(
      24,
      {
        description:
          "Ticks after which a post is judged by its likes (or when it leaves the feeds, if sooner).",
        unit: "ticks",
      },
      1,
      1_000_000,
    ),
    decay: probability(0.7, {
      description:
        "Share of a creator's satisfaction kept when a new post is judged; the rest comes from that post's likes against expectedLikes.",
    }),
    motivationExponent: real(
      1,
      {
        description:
          "Motivation = satisfaction^exponent, satisfaction being the discounted mean of (1 + a post's likes) / (1 + expectedLikes). RecSim NG uses 2; above 1, early luck decides who stays.",
        unit: "exponent",
      },
      0,
      10,
    ),
    maxMotivation: real(
      4,
      { description: "Cap on motivation (posting rate multiplier).", unit: "×" },
      0,
      1000,
    ),
    gracePosts: count(
      3,
      {
        description:
          "Posts a creator must have had judged before it can be discouraged: a grace period (a creator who never posted never quits).",
        unit: "posts",
      },
      0,
      1_000_000,
    ),
    churnBelow: real(
      0.1,
      {
        description: "Motivation under which a creator is discouraged (0: never quits).",
        unit: "×",
      },
      0,
      1000,
    ),
    churnAfter: count(
      72,
      { description: "Consecutive discouraged ticks after which a creator quits.", unit: "ticks" },
      1,
      1_000_000,
    ),
    joinRate: probability(0.00002, {
      description:
        "Chance per tick that a user who does not post yet becomes a creator (within the run's ticks).",
    }),
  })
  .meta({ description: "How creators post, respond to the likes they get, quit and join." });

export const botsSchema = z
  .strictObject({
    count: count(
      0,
      { description: "Bot accounts that like promoted videos (0: no bots).", unit: "bots" },
      0,
      1_000_000,
    ),
    targetCreators: count(
      1,
      {
        description: "Creators whose videos the bots promote (the first ones by id).",
        unit: "creators",
      },
      0,
      1_000_000,
    ),
    likesPerVideo: count(
      50,
      {
        description: "Bot likes each promoted video gets when it is posted (at most one per bot).",
        unit: "likes",
      },
      0,
      1_000_000,
    ),
  })
  .meta({ description: "Bought likes: bots that like target videos as soon as they are posted." });

export const metricsSchema = z
  .strictObject({
    every: count(
      10,
      {
        description:
          "Ticks between the costlier distribution metrics (Gini, rank correlations, diversity).",
        unit: "ticks",
      },
      1,
      1_000_000,
    ),
    graphEvery: count(
      0,
      {
        description:
          "Ticks between measurements of the follow graph's homophily and Louvain modularity over time (0: only in the final summary).",
        unit: "ticks",
      },
      0,
      1_000_000,
    ),
  })
  .meta({ description: "How often metrics are measured." });

/** One paragraph of the about header: line feeds allowed, at most 4,000 characters. */
const paragraph = (description: string) =>
  text({ max: 4000, lines: true })
    .default("")
    .meta({
      description: `${description} At most 4,000 characters; no control characters but line feeds and tabs.`,
    });

export const aboutSchema = z
  .strictObject({
    what: paragraph("WHAT IS IT: the phenomenon this scenario shows."),
    how: paragraph("HOW IT WORKS: the rules that produce it."),
    notice: paragraph("THINGS TO NOTICE."),
    try: paragraph("THINGS TO TRY."),
    references: z
      .array(text({ max: 500 }))
      .max(50)
      .default([])
      .meta({ description: "REFERENCES: at most 50, each one line of at most 500 characters." }),
  })
  .meta({ description: "A NetLogo-style header for readers of the scenario." });
