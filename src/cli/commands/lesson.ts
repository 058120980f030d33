import { fileURLToPath } from "node:url";
import type { SummaryName } from "../../engine/types.js";
import { jsonText } from "../../formats/json-text.js";
import { armOverrides } from "../../lessons/arm-overrides.js";
import { findLesson, LESSONS } from "../../lessons/catalog.js";
import type { Lesson, LessonArm } from "../../lessons/lesson.js";
import { fillLessonText } from "../../lessons/lesson-text.js";
import { parseSeeds } from "../../scenario/sweep.js";
import { checkOutputTargets } from "../batch/output-targets.js";
import { checkShardHasOut, runSharded } from "../batch/sharded-runs.js";
import { comparePairs, type MetricComparison } from "../compare/paired-comparison.js";
import { pairedPlans, pairLines } from "../compare/paired-runs.js";
import type { Io } from "../io.js";
import { parseCommandLine } from "../options.js";
import { readScenarioFile } from "../scenario-file.js";
import { resolveShard } from "../shard.js";
import { type MeanInterval, meanInterval } from "../stats/mean-interval.js";
import { formatInterval, formatNumber } from "../text-table.js";
import { UsageError } from "../usage-error.js";

const OPTIONS = {
  seeds: { type: "string" },
  jobs: { type: "string" },
  out: { type: "string" },
  shard: { type: "string" },
  "shard-count": { type: "string" },
  json: { type: "boolean" },
  list: { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const DEFAULT_LESSON_SEEDS = "1..20";

/** The package's root: lesson scenarios are read from its scenarios/, whatever the cwd. */
const PACKAGE_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** One lesson metric: each arm's mean with its 95% CI, and the paired comparison. */
interface LessonRow {
  metric: SummaryName;
  a: MeanInterval;
  b: MeanInterval;
  paired: MetricComparison;
}

function lessonList(): string {
  const width = Math.max(...LESSONS.map((lesson) => lesson.id.length));
  return LESSONS.map((lesson) => `${lesson.id.padEnd(width)}  ${lesson.title}\n`).join("");
}

function armText(arm: LessonArm): string {
  const sets = Object.entries(arm.set).map(
    ([path, value]) => `${path}=${typeof value === "string" ? value : JSON.stringify(value)}`,
  );
  return `${arm.label}: ${sets.join(", ")}`;
}

function pValue(p: number): string {
  return p < 0.001 ? "< 0.001" : p.toFixed(3);
}

function withInterval(m: MeanInterval): string {
  return `${formatNumber(m.mean)} ${formatInterval(m.low, m.high)}`;
}

/** The lesson's table as Markdown, with the answer the model supports and what to look at. */
function lessonMarkdown(lesson: Lesson, seedsText: string, rows: readonly LessonRow[]): string {
  const means = (arm: "a" | "b") =>
    Object.fromEntries(rows.map((row) => [row.metric, row[arm].mean]));
  const table = rows.map(
    ({ metric, a, b, paired: d }) =>
      `| ${metric} | ${withInterval(a)} | ${withInterval(b)} | ${formatNumber(d.difference)} ${formatInterval(d.low, d.high)} | ${d.higher} / ${d.lower} | ${pValue(d.p)} |`,
  );
  const { prediction } = lesson;
  return [
    `## ${lesson.title}: \`${lesson.id}\``,
    "",
    lesson.question,
    "",
    `Scenario scenarios/${lesson.scenario}, seeds ${seedsText}, both arms on each seed (common random numbers).  `,
    `A: ${armText(lesson.arms.a)}  `,
    `B: ${armText(lesson.arms.b)}`,
    "",
    "| metric | A mean [95% CI] | B mean [95% CI] | B − A [95% CI, bootstrap] | B > A / B < A | sign test p |",
    "|---|---:|---:|---:|---:|---:|",
    ...table,
    "",
    `Prediction: ${prediction.prompt} The model supports: "${prediction.choices[prediction.supported]}".`,
    "",
    `What to look at (means over the seeds): ${fillLessonText(lesson.lookAt, { a: means("a"), b: means("b") })}`,
    "",
  ].join("\n");
}

/**
 * `likesim lesson <name>`: runs the lesson's two arms on the same seeds through the batch
 * runner and prints, per lesson metric, each arm's mean and 95% CI, the mean paired
 * difference with its bootstrap CI, and the sign test. `--list` names the lessons.
 */
export async function lessonCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine("lesson", args, OPTIONS);
  if (values.list) {
    if (positionals.length > 0 || values.seeds !== undefined) {
      throw new UsageError("--list takes no lesson name and no --seeds; see likesim lesson --help");
    }
    io.out(values.json ? jsonText(LESSONS.map(({ id, title }) => ({ id, title }))) : lessonList());
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      `likesim lesson takes one lesson name; got ${positionals.length === 0 ? "none" : positionals.map((p) => JSON.stringify(p)).join(" ")}; allowed: ${LESSONS.map((l) => l.id).join(", ")}`,
    );
  }
  const lesson = findLesson(positionals[0]);
  if (!lesson) {
    throw new UsageError(
      `unknown lesson ${JSON.stringify(positionals[0])}; allowed: ${LESSONS.map((l) => l.id).join(", ")} (likesim lesson --list)`,
    );
  }
  const seedsText = values.seeds ?? DEFAULT_LESSON_SEEDS;
  const seeds = parseSeeds(seedsText, "--seeds");
  const shard = resolveShard(values.shard, values["shard-count"], io.env);
  checkShardHasOut(shard, values.out);
  const file = await readScenarioFile(`scenarios/${lesson.scenario}`, PACKAGE_ROOT);
  const arm = (spec: LessonArm) => ({ file, overrides: armOverrides(spec) });
  const plans = await pairedPlans([arm(lesson.arms.a), arm(lesson.arms.b)], seeds);
  const lines = await runSharded(plans, {
    command: "lesson",
    shard,
    results: checkOutputTargets({ out: values.out }, io.cwd).results,
    jobs: values.jobs,
    io,
    quiet: values.quiet ?? false,
  });
  if (!lines) return 0;
  const { pairs } = pairLines(plans, lines, seeds);
  const paired = comparePairs(pairs);
  const rows: LessonRow[] = lesson.metrics.map((metric) => ({
    metric,
    a: meanInterval(pairs.map((pair) => pair.a[metric])),
    b: meanInterval(pairs.map((pair) => pair.b[metric])),
    paired: paired.find((row) => row.metric === metric)!,
  }));
  io.out(
    values.json
      ? jsonText({
          lesson: lesson.id,
          title: lesson.title,
          scenario: `scenarios/${lesson.scenario}`,
          seeds,
          arms: lesson.arms,
          supported: lesson.prediction.choices[lesson.prediction.supported],
          metrics: rows.map(({ metric, a, b, paired: d }) => ({
            metric,
            a,
            b,
            difference: { mean: d.difference, low: d.low, high: d.high },
            higher: d.higher,
            lower: d.lower,
            p: d.p,
          })),
        })
      : lessonMarkdown(lesson, seedsText, rows),
  );
  return 0;
}
