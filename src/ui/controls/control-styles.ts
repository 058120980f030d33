import { css } from "lit";

/** The look every control shares: large enough targets for touch, visible keyboard focus. */
export const controlStyles = css`
  :host {
    display: block;
    font: inherit;
    color: #1a1a1a;
  }
  button,
  select,
  input {
    font: inherit;
    min-height: 2.25rem;
    border: 1px solid #767676;
    border-radius: 6px;
    background: #fff;
    color: inherit;
    padding: 0.2rem 0.6rem;
  }
  button {
    cursor: pointer;
    background: #f2f2f2;
  }
  button:hover:not(:disabled) {
    background: #e6e6e6;
  }
  button:disabled,
  select:disabled,
  input:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.primary {
    background: #0072b2;
    border-color: #0072b2;
    color: #fff;
  }
  button.primary:hover:not(:disabled) {
    background: #005a8c;
  }
  :focus-visible {
    outline: 3px solid #e69f00;
    outline-offset: 2px;
  }
  label {
    font-weight: 600;
  }
  .help {
    margin: 0.15rem 0 0;
    font-size: 0.8rem;
    color: #4d4d4d;
  }
  .error {
    margin: 0.15rem 0 0;
    font-size: 0.85rem;
    color: #a33a00;
    font-weight: 600;
  }
`;

/** Dispatches a bubbling, composed event that the app listens for. */
export function emit<T>(from: HTMLElement, type: string, detail: T): void {
  from.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
