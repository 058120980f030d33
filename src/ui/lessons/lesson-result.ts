import { html, nothing } from "lit";
import type { Lesson, LessonView } from "../../lessons/lesson.js";
import { fillLessonText, formatValue } from "../../lessons/lesson-text.js";
import { metricLabel } from "../summary-table.js";
import type { LessonNumbers } from "./lesson-run.js";

/**
 * The learner's guess against the answer the model supports, said for what it is: the answer
 * holds over many seeds (test/lessons checks it), and beside it the headline numbers of the
 * learner's own run, which is one seed.
 */
function verdict(lesson: Lesson, numbers: LessonNumbers, predicted: number | undefined) {
  const { choices, supported } = lesson.prediction;
  if (predicted === undefined) return nothing;
  const headline = lesson.metrics[0];
  const own = html`<p class="own">In your run (one seed): ${metricLabel(headline)}
    ${formatValue(numbers.a[headline] ?? Number.NaN, "")} with the ${lesson.arms.a.label},
    ${formatValue(numbers.b[headline] ?? Number.NaN, "")} with the ${lesson.arms.b.label}.</p>`;
  return predicted === supported
    ? html`<div class="verdict matched"><p><strong>Your prediction matches what the model shows</strong>
        over many seeds: ${choices[supported]}.</p>${own}</div>`
    : html`<div class="verdict missed"><p><strong>The model shows something other than what you predicted.</strong>
        You said “${choices[predicted]}”; over many seeds the model shows ${choices[supported]}.</p>${own}</div>`;
}

/** What the run showed: the verdict, the numbers, links to what to look at, and why. */
export function lessonResult(
  lesson: Lesson,
  numbers: LessonNumbers,
  predicted: number | undefined,
  lookAt: (view: LessonView) => void,
) {
  return html`<section class="result" aria-label="What your run showed">
    ${verdict(lesson, numbers, predicted)}
    <h4>What to look at</h4>
    <p class="look-at">${fillLessonText(lesson.lookAt, numbers)}</p>
    <p class="look-links">Show me:
      ${lesson.look.map(
        (look) =>
          html`<button class="link" data-view=${look.view} @click=${() => lookAt(look.view)}>${look.label}</button>`,
      )}</p>
    <h4>Why it happens</h4>
    <p class="why">${lesson.why}</p>
    <details>
      <summary>How we know it is not this run's luck</summary>
      <p>${lesson.evidence}</p>
      ${lesson.caveat ? html`<p>${lesson.caveat}</p>` : nothing}
    </details>
  </section>`;
}
