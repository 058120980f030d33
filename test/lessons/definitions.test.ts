import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SUMMARY_NAMES, type SummaryName } from "../../src/engine/types.js";
import { armScenario } from "../../src/lessons/arm-overrides.js";
import { findLesson, LESSONS } from "../../src/lessons/catalog.js";
import { FORMATS, fillLessonText, placeholders, SIDES } from "../../src/lessons/lesson-text.js";
import { textProblem } from "../../src/scenario/safe-text.js";
import { scenarioInput } from "./helpers.js";

describe("the lesson definitions", () => {
  it("have distinct ids that find them", () => {
    const ids = LESSONS.map((lesson) => lesson.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lesson of LESSONS) expect(findLesson(lesson.id)).toBe(lesson);
    expect(findLesson("no-such-lesson")).toBeUndefined();
  });

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    "%s names an existing scenario file that both arms' fields apply to",
    (_id, lesson) => {
      expect(existsSync(new URL(`../../scenarios/${lesson.scenario}`, import.meta.url))).toBe(true);
      const input = scenarioInput(lesson);
      for (const arm of [lesson.arms.a, lesson.arms.b]) {
        expect(Object.keys(arm.set).length).toBeGreaterThan(0);
        const scenario = armScenario(input, arm, lesson.scenario);
        for (const [path, value] of Object.entries(arm.set)) {
          let here: unknown = scenario;
          for (const key of path.split(".")) here = (here as Record<string, unknown>)[key];
          expect(here, `${lesson.id}: ${path}`).toEqual(value);
        }
      }
      expect(lesson.arms.a.set).not.toEqual(lesson.arms.b.set);
    },
  );

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    "%s compares real summary metrics and fills only real placeholders",
    (_id, lesson) => {
      expect(lesson.metrics.length).toBeGreaterThan(0);
      for (const metric of lesson.metrics) expect(SUMMARY_NAMES).toContain(metric);
      const found = placeholders(lesson.lookAt);
      expect(found.length).toBeGreaterThan(0);
      for (const p of found) {
        expect(SUMMARY_NAMES, p.text).toContain(p.metric);
        expect(SIDES, p.text).toContain(p.side);
        expect(FORMATS, p.text).toContain(p.format);
      }
      for (const text of [lesson.question, lesson.why, lesson.evidence, lesson.caveat ?? ""])
        expect(placeholders(text)).toEqual([]);
    },
  );

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    "%s asks for a prediction among 2 to 4 choices, one of them supported",
    (_id, lesson) => {
      const { choices, supported } = lesson.prediction;
      expect(choices.length).toBeGreaterThanOrEqual(2);
      expect(choices.length).toBeLessThanOrEqual(4);
      expect(new Set(choices).size).toBe(choices.length);
      expect(Number.isInteger(supported) && supported >= 0 && supported < choices.length).toBe(
        true,
      );
    },
  );
});

describe("fillLessonText", () => {
  const run = {
    a: { giniVideos: 0.5123, top1Share: 0.0634, likes: 12345 } as Record<SummaryName, number>,
    b: { giniVideos: 0.7866, top1Share: 0.158, likes: 20000 } as Record<SummaryName, number>,
  };

  it("fills each arm, the difference b − a, and shares as percents", () => {
    expect(fillLessonText("{giniVideos.a} vs {giniVideos.b} ({giniVideos.diff})", run)).toBe(
      "0.512 vs 0.787 (0.274)",
    );
    expect(fillLessonText("{top1Share.b:%} of likes", run)).toBe("15.8% of likes");
    expect(fillLessonText("{likes.a} and {likes.diff}", run)).toBe("12,345 and 7,655");
  });

  it("reads a metric the run did not report as a dash", () => {
    expect(fillLessonText("U = {unpredictability.b}", run)).toBe("U = –");
  });

  it("leaves a placeholder with an unknown side or format as written", () => {
    expect(fillLessonText("{giniVideos.c} {giniVideos.a:x}", run)).toBe(
      "{giniVideos.c} {giniVideos.a:x}",
    );
  });

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    "%s prints only safe text: labels and titles on one line, no control or bidirectional characters",
    (_id, lesson) => {
      const line = { max: 200 };
      for (const text of [lesson.id, lesson.title, lesson.arms.a.label, lesson.arms.b.label])
        expect(textProblem(text, line), text).toBeUndefined();
      const prose = { max: 4000, lines: true };
      for (const text of [
        lesson.question,
        lesson.prediction.prompt,
        ...lesson.prediction.choices,
        lesson.lookAt,
      ])
        expect(textProblem(text, prose), text).toBeUndefined();
    },
  );
});
