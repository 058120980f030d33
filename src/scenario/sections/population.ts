import { z } from "zod";
import { count, probability, real } from "../fields.js";

export const populationSchema = z
  .strictObject({
    users: count(
      3000,
      { description: "Number of users on the platform.", unit: "users" },
      2,
      50_000_000,
    ),
    topics: count(
      8,
      { description: "Number of content topics (interest groups).", unit: "topics" },
      1,
      64,
    ),
    interestFocus: real(
      0.3,
      {
        description:
          "Dirichlet concentration of each user's interests over topics: small values give users one or two strong interests, large values spread them evenly.",
        unit: "concentration",
      },
      0.01,
      100,
    ),
    activity: probability(0.3, {
      description:
        "Mean chance that a user opens the app in a tick. Individual activity is heavy-tailed around this mean.",
    }),
    activityTail: real(
      2.5,
      {
        description:
          "Pareto shape of activity across users: smaller means a few very active users and many occasional ones.",
        unit: "shape",
      },
      1.05,
      100,
    ),
    sessionLength: real(
      8,
      {
        description: "Mean number of videos a user scrolls through per session.",
        unit: "impressions",
      },
      1,
      1000,
    ),
    conformity: probability(0.5, {
      description:
        "Mean conformity: how strongly a user's like decision follows the visible like count.",
    }),
    conformitySpread: real(
      0.2,
      { description: "Standard deviation of conformity across users.", unit: "probability" },
      0,
      1,
    ),
    turnBlocks: count(
      1000,
      {
        description:
          "The users who opened the app take their turns in this many blocks of neighbouring ids (blocks of one user when fewer opened): the blocks in a random order, the users of each block in a random order. Every user is as likely to go early as late, whatever its id, and every pair of users is equally likely either way round; a block is at most about 1/turnBlocks of the tick's turns. A value at least population.users is a plain shuffle. Blocks keep one session's memory next to the last one's (about 12–19% faster at 100,000 users).",
        unit: "blocks",
      },
      1,
      50_000_000,
    ),
    creatorShare: probability(0.05, {
      description: "Share of users who post videos from the start (more join: creators.joinRate).",
    }),
    leaveRate: probability(0.02, {
      description:
        "Chance that a user leaves the platform for a while after a session in which it liked nothing.",
    }),
    returnRate: probability(0.05, {
      description: "Chance per tick that a user who left comes back.",
    }),
  })
  .meta({ description: "Who is on the platform and how they use it." });
