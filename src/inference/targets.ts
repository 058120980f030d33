import { z } from "zod";
import { SUMMARY_NAMES } from "../engine/types.js";
import { describeIssues } from "../scenario/validate.js";

/**
 * The targets file of `likesim fit`: observed figures, each with the scale of difference
 * that counts as one unit of distance, optionally under named conditions (arms of an
 * experiment, each a set of dotted overrides). One schema gives the types, the validation
 * with path-precise messages and the editors' JSON Schema (targets/schema.json).
 */

export const FIGURE_ITEMS = ["videos", "creators"] as const;
/** What can be measured per item: per video, and per creator. */
export const ITEM_MEASURES = {
  videos: ["likes", "impressions", "shares", "likeRate"],
  creators: ["likes", "posts"],
} as const;
export const TOTALS = ["likes", "impressions", "shares"] as const;

const items = z
  .enum(FIGURE_ITEMS)
  .default("videos")
  .meta({ description: "Over which items: every video posted, or every creator." });
const measure = z
  .enum(["likes", "impressions", "shares", "likeRate", "posts"])
  .default("likes")
  .meta({
    description:
      "The amount per item. videos: likes, impressions, shares, likeRate (likes / impressions of each video); creators: likes, posts.",
  });
const minImpressions = z.int().min(0).default(0).meta({
  description:
    "Only videos with at least this many impressions count (videos only). A likeRate needs at least 1.",
  unit: "impressions",
});

/** What every per-item figure reads: which items, which amount, which videos count. */
const perItem = { of: items, measure, minImpressions };

const giniFigure = z.strictObject({
  kind: z.literal("gini").meta({ description: "Gini coefficient of the amounts." }),
  ...perItem,
});
const topShareFigure = z.strictObject({
  kind: z.literal("topShare").meta({
    description: "Share of the total held by the top items: a fraction of them, or a count.",
  }),
  ...perItem,
  fraction: z
    .number()
    .gt(0)
    .max(1)
    .optional()
    .meta({ description: "The top fraction of items (0.1: the top 10%)." }),
  count: z.int().min(1).optional().meta({ description: "The top this many items (5: top 5)." }),
});
const quantileFigure = z.strictObject({
  kind: z.literal("quantile").meta({ description: "A quantile of the amounts per item." }),
  ...perItem,
  q: z.number().min(0).max(1).meta({ description: "Which quantile: 0.5 is the median." }),
});
const meanFigure = z.strictObject({
  kind: z.literal("mean").meta({ description: "The mean amount per item." }),
  ...perItem,
});
const ratioFigure = z.strictObject({
  kind: z.literal("ratio").meta({
    description: "Total of one amount over all videos divided by the total of another.",
  }),
  numerator: z.enum(TOTALS).meta({ description: "The total on top, e.g. shares." }),
  denominator: z.enum(TOTALS).meta({ description: "The total below, e.g. likes." }),
});

export const figureSchema = z
  .discriminatedUnion("kind", [giniFigure, topShareFigure, quantileFigure, meanFigure, ratioFigure])
  .meta({
    description:
      "A distribution figure measured at the end of a run from each world's videos or creators, then averaged over worlds.",
  });

export type FigureSpec = z.output<typeof figureSchema>;

const targetSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "Name in tables and reports (default: condition and measure)." }),
    condition: z
      .string()
      .optional()
      .meta({ description: "The condition (a key of conditions) the figure was observed in." }),
    metric: z
      .enum(SUMMARY_NAMES)
      .optional()
      .meta({ description: "A summary metric of the run, by its name (docs/model.md)." }),
    figure: figureSchema.optional(),
    observed: z.number().meta({ description: "The observed value." }),
    scale: z.number().gt(0).meta({
      description:
        "The difference from the observed value that counts as one unit of distance: half a band's width, or the observed figure's standard error.",
    }),
    source: z
      .string()
      .optional()
      .meta({ description: "Where the observed value comes from, and how the scale was set." }),
  })
  .meta({ description: "One observed figure: a summary metric or a distribution figure." });

export const targetsSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: "Path of the JSON Schema, for editors." }),
    name: z.string().min(1).meta({ description: "Name of the set of targets." }),
    description: z.string().default("").meta({ description: "What was observed, and where." }),
    sources: z
      .array(z.string())
      .default([])
      .meta({ description: "Full references of the sources the figures come from." }),
    conditions: z
      .record(z.string().min(1), z.record(z.string().min(1), z.unknown()))
      .optional()
      .meta({
        description:
          "Named conditions, each a set of overrides (dotted scenario path → value) applied on top of the scenario and the fitted parameters; every particle is run once per condition, on the same seed.",
      }),
    targets: z.array(targetSchema).min(1).meta({ description: "The observed figures." }),
  })
  .superRefine((file, context) => {
    const conditions = Object.keys(file.conditions ?? {});
    const names = new Map<string, number>();
    file.targets.forEach((target, i) => {
      const at = (key: string) => ["targets", i, key];
      if ((target.metric === undefined) === (target.figure === undefined)) {
        context.addIssue({
          code: "custom",
          path: ["targets", i],
          message: "exactly one of metric or figure",
        });
      }
      if (conditions.length > 0 && target.condition === undefined) {
        context.addIssue({
          code: "custom",
          path: at("condition"),
          message: `a condition: one of ${conditions.map((c) => JSON.stringify(c)).join(", ")}`,
        });
      }
      if (target.condition !== undefined && !conditions.includes(target.condition)) {
        context.addIssue({
          code: "custom",
          path: at("condition"),
          message:
            conditions.length === 0
              ? "no condition (the file declares no conditions)"
              : `one of ${conditions.map((c) => JSON.stringify(c)).join(", ")}`,
        });
      }
      if (target.figure) checkFigure(target.figure, [...at("figure")], context);
      const name = targetName(target);
      if (names.has(name)) {
        context.addIssue({
          code: "custom",
          path: at("name"),
          message: `a name not already used by targets[${names.get(name)}] ("${name}")`,
        });
      }
      names.set(name, i);
    });
  })
  .meta({
    title: "likesim targets",
    description: "Observed figures for likesim fit, with their sources.",
  });

export type TargetsFile = z.output<typeof targetsSchema>;
export type Target = TargetsFile["targets"][number];

function checkFigure(
  figure: FigureSpec,
  path: (string | number)[],
  context: z.core.$RefinementCtx,
): void {
  if (figure.kind === "ratio") return;
  const allowed: readonly string[] = ITEM_MEASURES[figure.of];
  if (!allowed.includes(figure.measure)) {
    context.addIssue({
      code: "custom",
      path: [...path, "measure"],
      message: `for ${figure.of}: one of ${allowed.map((m) => JSON.stringify(m)).join(", ")}`,
    });
  }
  if (figure.of === "creators" && figure.minImpressions > 0) {
    context.addIssue({
      code: "custom",
      path: [...path, "minImpressions"],
      message: "0 for creators (impressions are counted per video)",
    });
  }
  if (
    figure.kind === "topShare" &&
    (figure.fraction === undefined) === (figure.count === undefined)
  ) {
    context.addIssue({ code: "custom", path, message: "exactly one of fraction or count" });
  }
}

/** A short, unique label of a figure, used as its key in result lines. */
export function figureKey(figure: FigureSpec): string {
  if (figure.kind === "ratio") return `ratio(${figure.numerator}/${figure.denominator})`;
  const filter = figure.minImpressions > 0 ? `, ≥${figure.minImpressions} impressions` : "";
  const detail =
    figure.kind === "topShare"
      ? figure.count !== undefined
        ? `, top ${figure.count}`
        : `, top ${figure.fraction}`
      : figure.kind === "quantile"
        ? `, q ${figure.q}`
        : "";
  return `${figure.kind}(${figure.of}.${figure.measure}${detail}${filter})`;
}

/** The target's name: its own, else condition and metric or figure. */
export function targetName(target: Pick<Target, "name" | "condition" | "metric" | "figure">) {
  if (target.name) return target.name;
  const what = target.metric ?? (target.figure ? figureKey(target.figure) : "?");
  return target.condition ? `${target.condition}: ${what}` : what;
}

/** A targets file that failed validation; each problem names the field, the value and what is allowed. */
export class TargetsError extends Error {
  override name = "TargetsError";
}

/** Parses a targets file's JSON, or throws a TargetsError naming every bad field. */
export function parseTargets(input: unknown, source = "targets file"): TargetsFile {
  const result = targetsSchema.safeParse(input);
  if (!result.success) {
    const problems = describeIssues(result.error.issues, input);
    throw new TargetsError(
      `${source} is not a valid likesim targets file:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
  return result.data;
}

/** The editors' JSON Schema (targets/schema.json): what a file may hold, with each field's description. */
export function targetsJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(targetsSchema, { io: "input" }), null, 2)}\n`;
}
