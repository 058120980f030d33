import { css } from "lit";
import { controlStyles } from "./controls/control-styles.js";

/** The page's layout: one column on a phone, parameters beside the run from 1,000 px up. */
export const appStyles = [
  controlStyles,
  css`
  :host {
    display: block;
    max-width: 1600px;
    margin: 0 auto;
    padding: 0.5rem 0.75rem 2rem;
    color: #1a1a1a;
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    line-height: 1.4;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: baseline;
    justify-content: space-between;
  }
  h1 {
    font-size: 1.5rem;
    margin: 0.2rem 0;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.4rem;
  }
  .tagline {
    margin: 0;
    color: #4d4d4d;
    flex: 1 1 16rem;
  }
  .bar {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6rem;
    padding: 0.6rem 0;
    border-bottom: 1px solid #e3e3e3;
    margin-bottom: 0.6rem;
  }
  .banner {
    border-radius: 8px;
    padding: 0.5rem 0.75rem;
    margin: 0 0 0.6rem;
  }
  .banner p,
  .banner ul {
    margin: 0.2rem 0;
  }
  .problems {
    background: #fff4e5;
    border: 2px solid #d55e00;
  }
  .fault {
    background: #fde8e8;
    border: 2px solid #a33a00;
  }
  .notice {
    background: #e8f4fb;
    border: 1px solid #56b4e9;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  @media (min-width: 1000px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) 22rem;
    }
  }
  .worlds {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: 1rem;
  }
  .world {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
    container-type: inline-size;
  }
  .world-parts {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  /* A world as wide as a desktop's main column: the network large, the loop and feed beside. */
  @container (min-width: 48rem) {
    .world-parts {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .world-parts > :first-child {
      grid-row: span 2;
    }
  }
  #scenario {
    width: 100%;
    max-width: 42rem;
    text-overflow: ellipsis;
  }
  .world > h2 {
    grid-column: 1 / -1;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: 1rem;
    margin-top: 1rem;
  }
  aside details {
    border: 1px solid #d0d0d0;
    border-radius: 8px;
    padding: 0.4rem 0.75rem;
    margin-bottom: 0.75rem;
  }
  summary {
    font-weight: 700;
    cursor: pointer;
    min-height: 2rem;
    display: flex;
    align-items: center;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    font-size: 0.9rem;
  }
  .field label {
    font-weight: 600;
  }
  .share {
    display: flex;
    gap: 0.4rem;
  }
  .share input {
    flex: 1;
    min-width: 0;
  }
  .about dt {
    font-weight: 700;
    margin-top: 0.4rem;
  }
  .about dd {
    margin: 0;
  }
  .note {
    font-size: 0.85rem;
    color: #4d4d4d;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`,
];
