import { z } from "zod";
import { count, probability, real } from "../fields.js";

export const contentSchema = z
  .strictObject({
    skillMean: probability(0.5, {
      description: "Mean creator skill: the quality a creator's videos centre on.",
    }),
    skillSpread: real(
      0.15,
      { description: "Standard deviation of skill across creators.", unit: "quality" },
      0,
      1,
    ),
    qualityNoise: real(
      0.3,
      {
        description: "Standard deviation of a video's quality around its creator's skill.",
        unit: "quality",
      },
      0,
      1,
    ),
    topicsPerCreator: count(
      2,
      { description: "Topics a creator posts in (its strongest interests).", unit: "topics" },
      1,
      64,
    ),
    catalog: count(
      0,
      {
        description:
          "Videos already posted when the run starts, dealt to creators in turn (a fixed catalog, as in MusicLab's songs).",
        unit: "videos",
      },
      0,
      10_000_000,
    ),
    maxAge: count(
      72,
      { description: "Ticks a video stays eligible for feeds after it is posted.", unit: "ticks" },
      1,
      1_000_000,
    ),
    viralShare: probability(0.05, {
      description: "A video is viral once its likes reach this share of all users.",
    }),
  })
  .meta({ description: "The videos: their quality, topics and lifetime." });
