import { z } from "zod";
import { count, probability, real, text } from "../fields.js";

const directedFlag = z
  .boolean()
  .default(false)
  .meta({ description: "Whether ties are one-way follows (true) or mutual friendships (false)." });

export const graphSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z
        .literal("barabasi-albert")
        .meta({ description: "Preferential attachment: a few hubs, many small accounts." }),
      m: count(4, { description: "Ties each newcomer makes.", unit: "ties" }, 1, 1000),
    }),
    z.strictObject({
      kind: z
        .literal("watts-strogatz")
        .meta({ description: "Small world: a ring lattice with some ties rewired at random." }),
      k: z.int().min(2).max(1000).multipleOf(2).default(10).meta({
        description: "Neighbours on the ring: an even number, half on each side.",
        unit: "ties",
      }),
      beta: probability(0.1, { description: "Chance each tie is rewired to a random user." }),
    }),
    z.strictObject({
      kind: z
        .literal("erdos-renyi")
        .meta({ description: "Random graph: every pair tied with the same chance." }),
      meanDegree: real(
        8,
        { description: "Mean number of ties per user.", unit: "ties" },
        0,
        10_000,
      ),
      directed: directedFlag,
    }),
    z.strictObject({
      kind: z.literal("communities").meta({
        description:
          "Stochastic block model over interest groups: like-minded users tie more often.",
      }),
      meanDegree: real(
        10,
        { description: "Mean number of ties per user.", unit: "ties" },
        0,
        10_000,
      ),
      homophily: probability(0.8, {
        description: "Share of a user's ties that stay inside its own interest group.",
      }),
    }),
    z.strictObject({
      kind: z.literal("creator-centred").meta({
        description:
          "Users follow creators, picked by preferential attachment on follower counts, and have a few mutual friends.",
      }),
      follows: real(
        10,
        { description: "Mean number of creators each user follows.", unit: "creators" },
        0,
        10_000,
      ),
      attractiveness: real(
        0.3,
        {
          description:
            "A creator's pull on followers before it has any, as a multiple of the mean follower count; follower counts then fall off as k^−(2 + attractiveness).",
          unit: "× mean followers",
        },
        0.01,
        1000,
      ),
      friends: real(
        4,
        { description: "Mean number of mutual friend ties per user.", unit: "ties" },
        0,
        10_000,
      ),
    }),
    z.strictObject({
      kind: z.literal("file").meta({ description: "A real network read from a file." }),
      path: text({ min: 1, max: 1000 }).meta({
        description:
          "Path of the network file, relative to the scenario file (or under public/ in the browser): one line, at most 1,000 characters.",
      }),
      format: z
        .enum(["auto", "edgelist", "csv", "gexf", "graphml"])
        .default("auto")
        .meta({ description: "File format; auto picks it from the extension and the content." }),
      directed: z.boolean().optional().meta({
        description:
          "Whether an edge `u v` is a one-way follow (u follows v). Edge lists are mutual unless this is true; GEXF and GraphML say it themselves.",
      }),
      reverse: z
        .boolean()
        .default(false)
        .meta({ description: "Read a directed edge `u v` as v follows u." }),
    }),
  ])
  .meta({ description: "The social graph users follow each other on." });
