import { html, LitElement, nothing, type PropertyValues } from "lit";
import { findLesson, LESSONS } from "../../lessons/catalog.js";
import type { Lesson, LessonView } from "../../lessons/lesson.js";
import { predictionChoices } from "./lesson-prediction.js";
import { lessonResult } from "./lesson-result.js";
import type { LessonNumbers, LessonPhase } from "./lesson-run.js";
import { lessonStyles } from "./lesson-styles.js";

/** What the panel says of a `lesson=` value that names no lesson. */
export function unknownLessonMessage(id: string): string {
  const ids = LESSONS.map((lesson) => JSON.stringify(lesson.id)).join(", ");
  return `lesson: got ${JSON.stringify(id)}; allowed: one of ${ids}`;
}

/**
 * `<ls-lesson-panel>`: a guided lesson. It steps through the lessons in order, asks for a
 * prediction before the run, and once the page reports the run's numbers, judges the guess and
 * fills them into the lesson's texts. It owns no run: "lesson-change" asks the page to open a
 * lesson and "lesson-run" to play its two worlds; the page sets `phase` and `numbers`.
 */
export class LsLessonPanel extends LitElement {
  static override styles = lessonStyles;
  static override properties = {
    lesson: { type: String },
    phase: { type: String },
    numbers: { attribute: false },
    tick: { type: Number },
    ticks: { type: Number },
    chosen: { state: true },
    predicted: { state: true },
  };
  /** The lesson's id from the address, as typed ("" when none is open). */
  declare lesson: string;
  declare phase: LessonPhase;
  declare numbers: LessonNumbers | undefined;
  declare tick: number;
  declare ticks: number;
  declare private chosen: number | undefined;
  /** The choice made when Run was pressed: the one the result judges. */
  declare private predicted: number | undefined;

  constructor() {
    super();
    this.lesson = "";
    this.phase = "ready";
    this.tick = 0;
    this.ticks = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("lesson") && changed.get("lesson") !== undefined) {
      this.chosen = undefined;
      this.predicted = undefined;
    }
  }

  private open(id: string): void {
    this.dispatchEvent(
      new CustomEvent("lesson-change", { detail: id, bubbles: true, composed: true }),
    );
  }

  /** Asks the page to highlight and scroll to a view the lesson's text names. */
  private lookAt(view: LessonView): void {
    this.dispatchEvent(new CustomEvent("look-at", { detail: view, bubbles: true, composed: true }));
  }

  private run(lesson: Lesson): void {
    if (this.chosen === undefined) return;
    this.predicted = this.chosen;
    this.dispatchEvent(
      new CustomEvent("lesson-run", { detail: lesson.id, bubbles: true, composed: true }),
    );
  }

  private steps(at: number) {
    const previous = LESSONS[at - 1];
    const next = at < 0 ? LESSONS[0] : LESSONS[at + 1];
    return html`<div class="steps">
      <div class="field">
        <label for="lesson-pick">Lesson</label>
        <select id="lesson-pick" @change=${(e: Event) => this.open((e.target as HTMLSelectElement).value)}>
          ${at < 0 ? html`<option value="" selected>Choose a lesson…</option>` : nothing}
          ${LESSONS.map(
            (lesson, i) =>
              html`<option value=${lesson.id} ?selected=${i === at}>${i + 1}. ${lesson.title}</option>`,
          )}
        </select>
      </div>
      <div class="stepper">
        <button ?disabled=${!previous} @click=${() => previous && this.open(previous.id)}
          aria-label=${previous ? `Previous lesson: ${previous.title}` : "Previous lesson"}>← Previous</button>
        <button ?disabled=${!next} @click=${() => next && this.open(next.id)}
          aria-label=${next ? `Next lesson: ${next.title}` : "Next lesson"}>Next →</button>
      </div>
    </div>`;
  }

  private status(lesson: Lesson): string {
    // The tick goes to the progress bar: a live region would read every tick out loud.
    if (this.phase === "running") return `Running both worlds to tick ${this.ticks}…`;
    if (this.phase === "done") return "The run has finished: see what it showed below.";
    return this.chosen === undefined
      ? "Pick an answer to run the lesson."
      : `Run plays the ${lesson.arms.a.label} and the ${lesson.arms.b.label} on the same world, to the end.`;
  }

  private body(lesson: Lesson) {
    const running = this.phase === "running";
    return html`<h3>${lesson.title}</h3>
      <p class="question">${lesson.question}</p>
      ${predictionChoices(lesson.prediction, this.chosen, running, (i) => (this.chosen = i))}
      <div class="run">
        <button class="primary" ?disabled=${this.chosen === undefined || running}
          aria-describedby="lesson-status" @click=${() => this.run(lesson)}>
          ${this.phase === "done" ? "Run again" : "Run"}</button>
        <p id="lesson-status" class="hint" role="status">${this.status(lesson)}</p>
        ${
          running
            ? html`<progress aria-label="Ticks run" max=${this.ticks} .value=${this.tick}></progress>`
            : nothing
        }
      </div>
      ${
        this.phase === "done" && this.numbers
          ? lessonResult(lesson, this.numbers, this.predicted, (view) => this.lookAt(view))
          : nothing
      }`;
  }

  override render() {
    const lesson = this.lesson ? findLesson(this.lesson) : undefined;
    const at = lesson ? LESSONS.indexOf(lesson) : -1;
    return html`<section aria-label="Lesson">
      ${this.steps(at)}
      ${
        this.lesson && !lesson
          ? html`<p class="unknown" role="alert">${unknownLessonMessage(this.lesson)}</p>`
          : nothing
      }
      ${lesson ? this.body(lesson) : nothing}
    </section>`;
  }
}

customElements.define("ls-lesson-panel", LsLessonPanel);
