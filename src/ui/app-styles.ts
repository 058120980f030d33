import { css } from "lit";
import { controlStyles } from "./controls/control-styles.js";

/** The page around the dashboard: the top bar, banners, the drawer and the charts below. */
export const appStyles = [
  controlStyles,
  css`
  :host {
    display: block;
    max-width: 1800px;
    margin: 0 auto;
    padding: 0.35rem 0.6rem 2rem;
    color: #1a1a1a;
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    line-height: 1.35;
    background: #f6f6f4;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.7rem;
    align-items: center;
    padding: 0.15rem 0 0.4rem;
  }
  .top ls-run-controls {
    flex: 1 1 auto;
  }
  h1 {
    font-size: 1.25rem;
    margin: 0;
    white-space: nowrap;
    line-height: 1.1;
  }
  .tagline {
    font-size: 0.72rem;
    font-weight: 400;
    color: #4d4d4d;
    display: block;
  }
  .top .scenario {
    flex-direction: row;
    align-items: center;
    gap: 0.3rem;
  }
  .top .scenario select {
    max-width: 12rem;
  }
  @media (max-width: 95rem) {
    .tagline,
    .top .scenario label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .top .panels {
    display: flex;
    gap: 0.35rem;
  }
  .panels button[aria-pressed="true"] {
    background: #dbe9f3;
    border-color: #0072b2;
  }
  h2 {
    font-size: 1.05rem;
    margin: 0.6rem 0 0.4rem;
  }
  .banner {
    border-radius: 8px;
    padding: 0.4rem 0.75rem;
    margin: 0 0 0.5rem;
  }
  .banner p,
  .banner ul {
    margin: 0.2rem 0;
  }
  .banner details {
    display: inline;
    font-size: 0.8rem;
    margin-left: 0.4rem;
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
  .fork-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem 0.6rem;
    margin: 0 0 0.5rem;
    font-size: 0.9rem;
  }
  .fork-bar output {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .fork-bar select {
    max-width: 15rem;
  }
  .fork-bar .hint {
    color: #555;
    font-size: 0.8rem;
  }
  .more-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: 0.6rem;
    margin-bottom: 0.6rem;
  }
  .drawer {
    position: fixed;
    z-index: 10;
    top: 0;
    right: 0;
    bottom: 0;
    width: min(27rem, 100vw);
    overflow-y: auto;
    background: #fff;
    border-left: 1px solid #c8c8c8;
    box-shadow: -6px 0 24px #0002;
    padding: 0.6rem 0.9rem 2rem;
    box-sizing: border-box;
  }
  .drawer[hidden] {
    display: none;
  }
  .drawer-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  .drawer details {
    border: 1px solid #d0d0d0;
    border-radius: 8px;
    padding: 0.3rem 0.7rem;
    margin: 0.6rem 0;
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
    margin: 0.1rem 0;
    font-size: 0.8rem;
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
