import { css } from "lit";
import { controlStyles } from "../controls/control-styles.js";

/** The lesson panel: one column that reads on a phone, with the stepping buttons on one line. */
export const lessonStyles = [
  controlStyles,
  css`
    :host {
      display: block;
      border: 1px solid #c8c8c8;
      border-radius: 8px;
      padding: 0.6rem 0.75rem;
      background: #fbfbf8;
      min-width: 0;
    }
    h3 {
      font-size: 1.05rem;
      margin: 0.5rem 0 0.3rem;
    }
    h4 {
      font-size: 0.95rem;
      margin: 0.6rem 0 0.2rem;
    }
    p {
      margin: 0.3rem 0;
    }
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: end;
    }
    .steps .field {
      flex: 1 1 12rem;
      max-width: 32rem;
      display: grid;
      gap: 0.15rem;
    }
    .stepper {
      display: flex;
      gap: 0.4rem;
    }
    .steps select {
      width: 100%;
      min-width: 0;
    }
    .question {
      font-weight: 600;
    }
    fieldset.prediction {
      border: 1px solid #c8c8c8;
      border-radius: 6px;
      margin: 0.5rem 0;
      padding: 0.4rem 0.6rem 0.5rem;
    }
    /* A floated legend wraps inside the box instead of breaking its top border. */
    legend {
      float: left;
      width: 100%;
      padding: 0;
      margin-bottom: 0.3rem;
    }
    .choice {
      clear: both;
      font-weight: normal;
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      padding: 0.3rem 0;
    }
    .choice input {
      min-height: auto;
      margin-top: 0.2rem;
      flex: none;
    }
    .run {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .hint {
      color: #4d4d4d;
    }
    .verdict {
      padding: 0.4rem 0.6rem;
      border-radius: 6px;
    }
    .matched {
      background: #e3f4e6;
    }
    .missed {
      background: #fdf0dc;
    }
    .unknown {
      background: #fde7e7;
      padding: 0.4rem 0.6rem;
      border-radius: 6px;
    }
  `,
];
