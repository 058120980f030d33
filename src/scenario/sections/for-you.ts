import { z } from "zod";
import { probability, real } from "../fields.js";

const sourceWeight = (def: number, description: string) =>
  real(def, { description, unit: "weight" }, 0, 1e6);

export const forYouSchema = z
  .strictObject({
    interest: sourceWeight(
      0.5,
      "Share of slots filled by the best videos of a topic the feed believes the user likes.",
    ),
    trending: sourceWeight(0.2, "Share of slots filled by what is gaining likes fastest now."),
    friends: sourceWeight(
      0.2,
      "Share of slots filled from the inbox: followed creators' posts and friends' likes.",
    ),
    fresh: sourceWeight(
      0.1,
      "Share of slots given to fresh videos that still need a first audience (fewer impressions than freshAudience of the users).",
    ),
    exploration: sourceWeight(0.1, "Share of slots filled by a random eligible video."),
    trendingDecay: probability(0.7, {
      description: "Per-tick decay of the like velocity that 'trending' ranks by.",
    }),
    freshAudience: probability(0.005, {
      description:
        "A video is fresh until its impressions reach this share of all users (its first audience).",
    }),
    interests: z.enum(["learned", "oracle"]).default("learned").meta({
      description:
        "learned: the feed draws a topic from what it has learned of the user (its likes, skips and 'not interested'); oracle: from the user's true interests, for contrast.",
    }),
    prior: real(
      8,
      {
        description:
          "Pseudo-likes spread evenly over the topics before the feed knows the user: a Dirichlet prior, and the floor of every topic's weight.",
        unit: "likes",
      },
      0,
      1e6,
    ),
    skipPenalty: real(
      0.02,
      {
        description:
          "What an impression without a like takes from its topic's learned weight, in likes.",
        unit: "likes",
      },
      0,
      1e6,
    ),
    notInterestedPenalty: real(
      1,
      {
        description: "What a 'not interested' takes from its topic's learned weight, in likes.",
        unit: "likes",
      },
      0,
      1e6,
    ),
  })
  .meta({ description: "The for-you feed's sources and what it learns of each user." });
