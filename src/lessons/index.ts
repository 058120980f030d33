export { armOverrides, armScenario } from "./arm-overrides.js";
export { findLesson, LESSONS } from "./catalog.js";
export type { ArmValue, Lesson, LessonArm, LessonView, LookAt, Prediction } from "./lesson.js";
export {
  type ArmNumbers,
  FORMATS,
  fillLessonText,
  formatValue,
  type Placeholder,
  placeholders,
  SIDES,
  type Side,
} from "./lesson-text.js";
