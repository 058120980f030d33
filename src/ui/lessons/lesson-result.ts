import { html, nothing } from "lit";
import type { Lesson } from "../../lessons/lesson.js";
import { fillLessonText } from "../../lessons/lesson-text.js";
import type { LessonNumbers } from "./lesson-run.js";

/** The learner's guess against the answer the model supports (test/lessons checks it holds). */
function verdict(lesson: Lesson, predicted: number | undefined) {
  const { choices, supported } = lesson.prediction;
  if (predicted === undefined) return nothing;
  return predicted === supported
    ? html`<p class="verdict matched"><strong>Your prediction matched what the model showed:</strong>
        ${choices[supported]}.</p>`
    : html`<p class="verdict missed"><strong>The model showed something other than what you predicted.</strong>
        You said “${choices[predicted]}”; the model shows ${choices[supported]}.</p>`;
}

/** What the run showed: the verdict, the numbers, what to look at and why it happens. */
export function lessonResult(
  lesson: Lesson,
  numbers: LessonNumbers,
  predicted: number | undefined,
) {
  return html`<section class="result" aria-label="What your run showed">
    ${verdict(lesson, predicted)}
    <h4>What to look at</h4>
    <p class="look-at">${fillLessonText(lesson.lookAt, numbers)}</p>
    <h4>Why it happens</h4>
    <p class="why">${lesson.why}</p>
    <details>
      <summary>How we know it is not this run's luck</summary>
      <p>${lesson.evidence}</p>
      ${lesson.caveat ? html`<p>${lesson.caveat}</p>` : nothing}
    </details>
  </section>`;
}
