import { html } from "lit";
import type { Prediction } from "../../lessons/lesson.js";

/**
 * The prediction asked before the run, as a group of radio buttons (arrow keys move between
 * them). `locked` while the run plays: the guess that is judged is the one made before it.
 */
export function predictionChoices(
  prediction: Prediction,
  chosen: number | undefined,
  locked: boolean,
  choose: (index: number) => void,
) {
  return html`<fieldset class="prediction" ?disabled=${locked}>
    <legend>Predict first: ${prediction.prompt}</legend>
    ${prediction.choices.map(
      (choice, i) => html`<label class="choice">
        <input type="radio" name="prediction" .value=${String(i)} .checked=${chosen === i}
          @change=${() => choose(i)} />
        <span>${choice}</span>
      </label>`,
    )}
  </fieldset>`;
}
