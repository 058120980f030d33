import { boughtLikes } from "./definitions/bought-likes.js";
import { communities } from "./definitions/communities.js";
import { goingViral } from "./definitions/going-viral.js";
import { hideTheLikes } from "./definitions/hide-the-likes.js";
import { musiclab } from "./definitions/musiclab.js";
import { qualityVsPopularity } from "./definitions/quality-vs-popularity.js";
import { richGetRicher } from "./definitions/rich-get-richer.js";
import { testAudience } from "./definitions/test-audience.js";
import { validation } from "./definitions/validation.js";
import { wasItLuck } from "./definitions/was-it-luck.js";
import type { Lesson } from "./lesson.js";

/** Every lesson, in the order a learner steps through them. */
export const LESSONS: readonly Lesson[] = [
  richGetRicher,
  musiclab,
  testAudience,
  validation,
  communities,
  qualityVsPopularity,
  boughtLikes,
  goingViral,
  hideTheLikes,
  wasItLuck,
];

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
