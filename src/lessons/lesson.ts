import type { SummaryName } from "../engine/types.js";
import type { InterventionInput } from "../scenario/sections/interventions.js";

/**
 * A value a lesson arm gives a scenario field: what `--set path=value` would parse to. A
 * list of interventions is one: an arm that changes the platform at a tick is the fork of
 * the other arm at that tick (the runs agree draw for draw until then).
 */
export type ArmValue = string | number | boolean | readonly InterventionInput[];

/** One side of a lesson's comparison: the lesson's scenario with these fields set. */
export interface LessonArm {
  /** What the learner sees as the arm's name, e.g. "popularity feed". */
  label: string;
  /** Dotted scenario paths and their values, e.g. {"feed.ranker": "random"}. */
  set: Readonly<Record<string, ArmValue>>;
}

/** Asked before the run: the learner picks one of 2–4 answers. */
export interface Prediction {
  prompt: string;
  choices: readonly string[];
  /** Index into `choices` of the answer the model supports (test/lessons shows it). */
  supported: number;
}

/** A view of the app that a lesson's "what to look at" points to. */
export type LessonView =
  | "world"
  | "worlds"
  | "race"
  | "loop"
  | "lorenz"
  | "spotlight"
  | "engagement"
  | "creators"
  | "homophily"
  | "ccdf"
  | "trajectories"
  | "scatter"
  | "summary";

/** A link from the lesson's text to a view, which the app highlights and scrolls to. */
export interface LookAt {
  view: LessonView;
  /** The link's words, as the text names the view. */
  label: string;
  /** Summary metrics the text quotes that this view shows, for each arm. */
  metrics?: readonly SummaryName[];
}

/**
 * A guided lesson as plain data: the question, the prediction, the two arms run on the same
 * seed (common random numbers), the summary metrics that answer it, and the texts shown
 * after the run. `lookAt` holds placeholders filled from the learner's own run: {metric.a},
 * {metric.b} or {metric.diff} (b − a), optionally with a format: {top1Share.b:%}.
 */
export interface Lesson {
  /** URL and CLI name, e.g. "rich-get-richer". */
  id: string;
  title: string;
  /** File name under scenarios/, e.g. "rich-get-richer.json". */
  scenario: string;
  question: string;
  prediction: Prediction;
  /** Arm a is the baseline, arm b the change; differences are b − a. */
  arms: { readonly a: LessonArm; readonly b: LessonArm };
  /** Summary metrics to compare, the headline first. */
  metrics: readonly SummaryName[];
  /** What to look at in the charts, with the run's numbers filled in. */
  lookAt: string;
  /** The views `lookAt` names, in its order. */
  look: readonly LookAt[];
  /** Why it happens: the mechanism in the model. */
  why: string;
  /** What the statistical test over many seeds establishes, and where. */
  evidence: string;
  /** Where a claim often made about this phenomenon does not hold in the model. */
  caveat?: string;
}
