import { describe, expect, it } from "vitest";
import { LESSONS } from "../../../src/lessons/catalog.js";
import { placeholders } from "../../../src/lessons/lesson-text.js";

describe("each lesson's links to what to look at", () => {
  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    "%s: every number the text quotes is shown by a view it links to",
    (_, lesson) => {
      const quoted = new Set(placeholders(lesson.lookAt).map((p) => p.metric));
      const shown = new Set(lesson.look.flatMap((look) => look.metrics ?? []));
      expect([...quoted].filter((metric) => !shown.has(metric as never))).toEqual([]);
      expect(lesson.look.length).toBeGreaterThan(0);
      expect(new Set(lesson.look.map((look) => look.view)).size).toBe(lesson.look.length);
    },
  );
});
