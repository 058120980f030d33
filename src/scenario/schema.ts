import { z } from "zod";
import { count, real, text } from "./fields.js";
import { behaviourSchema } from "./sections/behaviour.js";
import { contentSchema } from "./sections/content.js";
import { aboutSchema, botsSchema, creatorsSchema, metricsSchema } from "./sections/creators.js";
import { feedSchema } from "./sections/feed.js";
import { graphSchema } from "./sections/graph.js";
import { interventionsSchema } from "./sections/interventions.js";
import { populationSchema } from "./sections/population.js";

/** The one scenario schema: TypeScript types, validation, defaults and the editors' JSON Schema. */
export const scenarioSchema = z
  .strictObject({
    $schema: text({ max: 1000 }).optional().meta({
      description: "Path of the JSON Schema, for editors (one line, at most 1,000 characters).",
    }),
    name: text({ min: 1, max: 100 }).default("untitled").meta({
      description:
        "Name of the scenario, carried into every result: one line of 1 to 100 characters, without control characters or bidirectional overrides.",
    }),
    description: text({ max: 500 }).default("").meta({
      description:
        "One line saying what the scenario is for: at most 500 characters, without control characters or bidirectional overrides.",
    }),
    about: aboutSchema.prefault({}),
    seed: count(
      1,
      {
        description: "Seed of every random stream; the same seed gives the same run.",
        unit: "seed",
      },
      0,
      0xffffffff,
    ),
    ticks: count(240, { description: "Length of a run.", unit: "ticks" }, 1, 10_000_000),
    tickHours: real(1, { description: "Simulated hours per tick.", unit: "hours" }, 1 / 3600, 8760),
    worlds: count(
      1,
      {
        description:
          "Parallel worlds sharing the population, graph and video qualities but drawing behaviour apart (MusicLab); needed for unpredictability.",
        unit: "worlds",
      },
      1,
      64,
    ),
    population: populationSchema.prefault({}),
    graph: graphSchema.prefault({ kind: "barabasi-albert" }),
    content: contentSchema.prefault({}),
    feed: feedSchema.prefault({}),
    behaviour: behaviourSchema.prefault({}),
    creators: creatorsSchema.prefault({}),
    bots: botsSchema.prefault({}),
    metrics: metricsSchema.prefault({}),
    interventions: interventionsSchema,
  })
  .meta({
    title: "likesim scenario",
    description: "A likesim scenario: who, what graph, which feed, how people behave.",
  });

/** A scenario as written in a file: every field optional, defaults filled on parse. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A parsed scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
export type GraphSpec = Scenario["graph"];
