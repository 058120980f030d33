import { css } from "lit";

/**
 * Where the dashboard's tiles go. From 75rem (1200 px) wide, everything a first look or a
 * lesson needs is on one screen at 1400×900: the world, the race, the loop, the Lorenz curve,
 * the spotlight, and the knobs and feed (one world) or both worlds side by side (a lesson or
 * a comparison), with the lesson in a side column. Narrower, tiles stack in reading order:
 * the world first, then what explains it.
 */
export const dashboardStyles = css`
  .dash {
    display: grid;
    gap: 0.6rem;
    grid-template-columns: minmax(0, 1fr);
  }
  .dash.single {
    grid-template-areas: "side" "world0" "race0" "spotlight" "loop0" "knobs" "lorenz" "feed";
  }
  .dash.pair {
    grid-template-areas:
      "side" "world0" "world1" "race0" "race1" "lorenz" "loop0" "loop1" "spotlight";
  }
  .tile {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    border: 1px solid #e1e1e1;
    border-radius: 8px;
    padding: 0.45rem 0.55rem;
    background: #fff;
    contain: layout paint;
  }
  .tile.focus {
    outline: 3px solid #e69f00;
    outline-offset: 2px;
    animation: focus-pulse 1.2s ease-in-out 2;
  }
  @keyframes focus-pulse {
    50% { outline-color: #ffd27a; }
  }
  .side {
    grid-area: side;
    overflow: auto;
    padding: 0;
    border: none;
  }
  #tile-loop-0, #tile-loop-1 { height: 17rem; }
  #tile-lorenz { height: 17rem; }
  #tile-spotlight { min-height: 12rem; }
  .world-name {
    margin: 0 0 0.2rem;
    font-size: 1rem;
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .world-name.small {
    font-size: 0.78rem;
    font-weight: 600;
    color: #4d4d4d;
    margin: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    display: block;
  }
  .world-name.small .swatch {
    display: inline-block;
    vertical-align: -0.1rem;
    margin-right: 0.3rem;
  }
  .swatch {
    width: 0.9rem;
    height: 0.9rem;
    border-radius: 3px;
    background: var(--swatch);
  }
  .start {
    position: absolute;
    left: 50%;
    top: 40%;
    transform: translate(-50%, -50%);
    width: min(26rem, 90%);
    background: #ffffffee;
    border: 1px solid #c8c8c8;
    border-radius: 10px;
    padding: 0.8rem 1rem;
    box-shadow: 0 4px 18px #0002;
    text-align: center;
  }
  .start p {
    margin: 0 0 0.6rem;
  }
  .start-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: center;
  }
  button.big {
    font-size: 1.15rem;
    padding: 0.35rem 1.2rem;
  }
  .feed-user {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.4rem;
    align-items: center;
    font-size: 0.8rem;
    margin-bottom: 0.3rem;
  }
  .feed-user input {
    width: 5rem;
    min-height: 1.8rem;
  }
  .feed ls-feed-view {
    max-width: none;
    width: 100%;
  }
  @media (min-width: 48rem) {
    .dash.single {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas:
        "side side"
        "world0 world0"
        "race0 loop0"
        "knobs lorenz"
        "spotlight feed";
    }
    .dash.pair {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas:
        "side side"
        "world0 world1"
        "race0 race1"
        "loop0 loop1"
        "lorenz spotlight";
    }
  }
  @media (min-width: 75rem) {
    .dash.single {
      grid-template-columns: minmax(0, 1.45fr) minmax(0, 1fr) minmax(17rem, 0.85fr);
      grid-template-rows: 15rem 19rem 15.5rem;
      grid-template-areas:
        "world0 loop0 knobs"
        "world0 race0 knobs"
        "lorenz spotlight feed";
    }
    .dash.single.with-side {
      grid-template-columns: 19rem minmax(0, 1.3fr) minmax(0, 1fr) minmax(16rem, 0.8fr);
      grid-template-areas:
        "side world0 loop0 knobs"
        "side world0 race0 knobs"
        "side lorenz spotlight feed";
    }
    .dash.pair {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) 19rem;
      grid-template-rows: 18rem 16.5rem 15rem;
      grid-template-areas:
        "world0 world1 lorenz"
        "race0 race1 spotlight"
        "loop0 loop1 spotlight";
    }
    .dash.pair.with-side {
      grid-template-columns: 19rem minmax(0, 1fr) minmax(0, 1fr) 18rem;
      grid-template-areas:
        "side world0 world1 lorenz"
        "side race0 race1 spotlight"
        "side loop0 loop1 spotlight";
    }
    .dash .tile,
    #tile-loop-0,
    #tile-loop-1,
    #tile-lorenz,
    #tile-spotlight {
      height: auto;
      min-height: 0;
      overflow: hidden;
    }
    .dash .side {
      overflow: auto;
    }
    .dash .feed ls-feed-view {
      flex: 1 1 0;
      min-height: 0;
      height: auto;
    }
  }
`;
