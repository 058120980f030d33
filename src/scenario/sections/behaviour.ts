import { z } from "zod";
import { count, probability, real, weight } from "../fields.js";

export const behaviourSchema = z
  .strictObject({
    likeModel: z.enum(["logistic", "quality", "constant"]).default("logistic").meta({
      description:
        "logistic: p = σ(baseline + quality·q + affinity·a + socialProof·conformity·log(1+likes)/log(1+referenceLikes) + friendLiked·log2(1 + friends who liked it)); quality: p = the video's quality; constant: p = likeProbability.",
    }),
    likeProbability: probability(0.1, {
      description: "Like probability when likeModel is constant.",
    }),
    baseline: weight(-5.8, "Baseline log-odds of a like (sets the overall like rate)."),
    quality: weight(3, "Weight of the video's quality (0–1) in the like decision."),
    affinity: weight(2, "Weight of the user's interest in the video's topic (0–1)."),
    socialProof: weight(
      1,
      "Weight of the visible like count, scaled by the user's conformity. 0 makes users independent.",
    ),
    referenceLikes: real(
      100,
      { description: "Like count at which social proof reaches its full weight.", unit: "likes" },
      1,
      1e9,
    ),
    friendLiked: weight(
      1,
      "Weight of 'people I follow liked this': friendLiked × log2(1 + friends' likes + shareWeight × friends' shares), counted among the user's last feed.inboxSize inbox arrivals, whatever feed shows the video.",
    ),
    shareWeight: real(
      2,
      { description: "A share counts this many times a like in the friend term.", unit: "×" },
      0,
      100,
    ),
    shareRate: probability(0.01, {
      description: "Chance that a like is also a share (about 1% of likes).",
    }),
    commentRate: probability(0.01, {
      description: "Chance that a like also comes with a comment (about 1% of likes).",
    }),
    negativeRate: probability(0.02, {
      description:
        "Chance that a viewer who does not like a video marks it 'not interested', scaled by its lack of interest in the topic.",
    }),
    followAfterLikes: count(
      3,
      {
        description: "Likes of one creator after which a user follows it (0: never).",
        unit: "likes",
      },
      0,
      1000,
    ),
  })
  .meta({ description: "How users decide to like, share and follow." });
