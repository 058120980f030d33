/**
 * The dashboard: every view a lesson or a first look needs, on one screen at 1400×900, as
 * tiles in a CSS grid (dashboard-styles.ts places them; on a phone they stack). A template,
 * not an element: the runs' controllers change in place, so the app re-renders it once per
 * frame, and Lit keeps every element (and the network's painting worker) in place.
 */
import { html, nothing } from "lit";
import type { NetworkInfo } from "../../engine-host/engine-api.js";
import "../charts/lorenz-chart.js";
import type { ChartInputs } from "../chart-feed.js";
import { seriesColour } from "../palette.js";
import type { SimulationController } from "../simulation-controller.js";
import "../views/feed-view.js";
import "../views/loop-diagram.js";
import "../views/network-view.js";
import "../views/spotlight-panel.js";
import "../views/video-race.js";
import "../views/world-grid.js";

export interface DashboardRun {
  run: SimulationController;
  label: string;
}

export interface DashboardHandlers {
  pickVideo(run: number, video: number | null): void;
  pickUser(run: number, user: number): void;
  play(): void;
  startTour(): void;
  pickFeedUser(value: string): void;
}

export interface DashboardContext {
  runs: readonly DashboardRun[];
  charts: ChartInputs;
  /** The run whose spotlight the spotlight tile shows. */
  spotlightRun: number;
  /** The first screen before anything ran: the start card is on. */
  fresh: boolean;
  /** What the scenario is, one or two sentences, for the start card. */
  intro: string;
  /** Why the last choice of feed user was refused, if it was. */
  feedProblem: string | undefined;
  /** The knob tile's content (single mode), built by the app. */
  knobs: unknown;
  /** The side column (the lesson), or `nothing`. */
  side: unknown;
  on: DashboardHandlers;
}

/** Where a file network came from and whether it was cut down to the population. */
function networkNote(network: NetworkInfo): string {
  const size = `${network.nodes.toLocaleString("en")} people, ${network.edges.toLocaleString("en")} ties`;
  const sampled = network.sampledTo
    ? `; the scenario's ${network.sampledTo.toLocaleString("en")} users are a breadth-first sample from its best-connected person`
    : "";
  return `Network read from ${network.fileName} (${size}${sampled}).`;
}

/** A world's name and colour, in each of its tiles when two worlds are on the page. */
function heading(label: string, i: number, pair: boolean, size = "") {
  if (!pair) return nothing;
  return html`<h2 class="world-name ${size}"><span class="swatch" style="--swatch:${seriesColour(i)}"></span>${label}</h2>`;
}

function startCard(ctx: DashboardContext) {
  return html`<div class="start" role="group" aria-label="Start here">
    <p>${ctx.intro}</p>
    <div class="start-actions">
      <button class="primary big" @click=${() => ctx.on.play()}>▶ Start</button>
      <button @click=${() => ctx.on.startTour()}>Take the 60-second tour</button>
    </div>
  </div>`;
}

/** A world: its network (or, with several worlds, its worlds side by side). */
function worldTile(ctx: DashboardContext, entry: DashboardRun, i: number, pair: boolean) {
  const { run } = entry;
  const worlds = (run.scenario?.worlds ?? 1) > 1;
  return html`<section class="tile world" id="tile-world-${i}" style="grid-area:world${i}" aria-label="World ${entry.label}">
    ${heading(entry.label, i, pair)}
    ${run.network ? html`<p class="note">${networkNote(run.network)}</p>` : nothing}
    ${
      worlds
        ? html`<ls-world-grid .data=${run.charts?.worlds} .spotlight=${run.spotlight?.video} .workers=${run.workers}
            @video-pick=${(e: CustomEvent<{ video: number }>) => ctx.on.pickVideo(i, e.detail.video)}></ls-world-grid>`
        : html`<ls-network-view .frame=${run.networkFrame} layout-seed=${run.seed} height=${pair ? 200 : 420}
            @network-watch=${(e: CustomEvent<{ nodes: number; fresh: boolean }>) => run.watchNetwork(e.detail.nodes, e.detail.fresh)}
            @user-pick=${(e: CustomEvent<{ user: number }>) => ctx.on.pickUser(i, e.detail.user)}></ls-network-view>`
    }
    ${i === 0 && ctx.fresh ? startCard(ctx) : nothing}
  </section>`;
}

function raceTile(ctx: DashboardContext, entry: DashboardRun, i: number, pair: boolean) {
  return html`<section class="tile" id="tile-race-${i}" style="grid-area:race${i}">
    ${heading(entry.label, i, pair, "small")}
    <ls-video-race .race=${entry.run.race} .spotlight=${entry.run.spotlight?.video}
      @video-pick=${(e: CustomEvent<{ video: number }>) => ctx.on.pickVideo(i, e.detail.video)}></ls-video-race>
  </section>`;
}

function loopTile(entry: DashboardRun, i: number, pair: boolean) {
  const { run } = entry;
  return html`<section class="tile" id="tile-loop-${i}" style="grid-area:loop${i}">
    ${heading(entry.label, i, pair, "small")}
    <ls-loop-diagram fill .series=${run.series} tick=${run.tick}
      ranker=${run.scenario?.feed.ranker ?? ""}></ls-loop-diagram>
  </section>`;
}

function feedTile(ctx: DashboardContext, run: SimulationController) {
  const problem = ctx.feedProblem;
  const users = run.scenario?.population.users ?? 1;
  return html`<section class="tile feed" id="tile-feed" style="grid-area:feed">
    <div class="feed-user">
      <label for="feed-user-0">Feed of user</label>
      <input id="feed-user-0" type="number" min="0" max=${users - 1} step="1"
        .value=${run.feed ? String(run.feed.user) : ""}
        aria-describedby="feed-user-help${problem ? " feed-user-error" : ""}" aria-invalid=${problem !== undefined}
        @change=${(e: Event) => ctx.on.pickFeedUser((e.target as HTMLInputElement).value)} />
      <span class="note" id="feed-user-help">0 to ${(users - 1).toLocaleString("en")}; another user restarts the run (a feed is recorded as it goes).</span>
      ${problem ? html`<p class="note error" id="feed-user-error">${problem}</p>` : nothing}
    </div>
    <ls-feed-view .feed=${run.feed}
      @video-pick=${(e: CustomEvent<{ video: number }>) => ctx.on.pickVideo(0, e.detail.video)}></ls-feed-view>
  </section>`;
}

function sharedTiles(ctx: DashboardContext, pair: boolean) {
  const spot = ctx.runs[ctx.spotlightRun];
  return html`<section class="tile" id="tile-lorenz" style="grid-area:lorenz">
      <ls-lorenz-chart id="chart-lorenz" fill .data=${ctx.charts.lorenz}></ls-lorenz-chart>
    </section>
    <section class="tile" id="tile-spotlight" style="grid-area:spotlight">
      ${pair && spot?.run.spotlight ? html`<p class="note">In ${spot.label}</p>` : nothing}
      <ls-spotlight .spotlight=${spot?.run.spotlight}
        @video-pick=${(e: CustomEvent<{ video: number | null }>) => ctx.on.pickVideo(ctx.spotlightRun, e.detail.video)}></ls-spotlight>
    </section>`;
}

/** The dashboard for one world (with knobs and a feed) or two (side by side). */
export function dashboard(ctx: DashboardContext) {
  const pair = ctx.runs.length > 1;
  const withSide = ctx.side !== nothing;
  return html`<div class="dash ${pair ? "pair" : "single"} ${withSide ? "with-side" : ""}">
    ${ctx.side}
    ${ctx.runs.map((entry, i) => worldTile(ctx, entry, i, pair))}
    ${ctx.runs.map((entry, i) => raceTile(ctx, entry, i, pair))}
    ${ctx.runs.map((entry, i) => loopTile(entry, i, pair))}
    ${sharedTiles(ctx, pair)}
    ${
      pair || !ctx.runs[0]
        ? nothing
        : html`<section class="tile" id="tile-knobs" style="grid-area:knobs">${ctx.knobs}</section>
            ${feedTile(ctx, ctx.runs[0].run)}`
    }
  </div>`;
}
