import { html, nothing } from "lit";
import "./controls/follow-control.js";
import type { NetworkInfo } from "../engine-host/engine-api.js";
import type { SimulationController } from "./simulation-controller.js";
import "./views/feed-view.js";
import "./views/loop-diagram.js";
import "./views/network-view.js";

/** Where a file network came from and whether it was cut down to the population. */
function networkNote(network: NetworkInfo): string {
  const size = `${network.nodes.toLocaleString("en")} people, ${network.edges.toLocaleString("en")} ties`;
  const sampled = network.sampledTo
    ? `; the scenario's ${network.sampledTo.toLocaleString("en")} users are a breadth-first sample from its best-connected person`
    : "";
  return `Network read from ${network.fileName} (${size}${sampled}).`;
}

export interface WorldOptions {
  label: string;
  /** Position among the worlds, to keep element ids apart. */
  index: number;
  /** Whether several worlds are on the page (then each is titled). */
  compared: boolean;
  /** Why the last choice of feed user was refused, if it was. */
  feedProblem: string | undefined;
  pickFeedUser(value: string): void;
}

/** The network view asks for data for `nodes` users (fresh: it has drawn nothing yet). */
function watchNetwork(run: SimulationController) {
  return (e: CustomEvent<{ nodes: number; fresh: boolean }>) =>
    run.watchNetwork(e.detail.nodes, e.detail.fresh);
}

function feedUserField(run: SimulationController, options: WorldOptions) {
  const id = `feed-user-${options.index}`;
  const problem = options.feedProblem;
  const users = run.scenario?.population.users ?? 1;
  return html`<div class="field">
    <label for=${id}>Feed of user</label>
    <input id=${id} type="number" min="0" max=${users - 1} step="1"
      .value=${run.feed ? String(run.feed.user) : ""}
      aria-describedby="${id}-help${problem ? ` ${id}-error` : ""}" aria-invalid=${problem !== undefined}
      @change=${(e: Event) => options.pickFeedUser((e.target as HTMLInputElement).value)} />
    <p class="note" id="${id}-help">Users 0 to ${(users - 1).toLocaleString("en")}; another user restarts the run, since a feed is recorded as the run goes.</p>
    ${problem ? html`<p class="note error" id="${id}-error">${problem}</p>` : nothing}
  </div>`;
}

/**
 * One world on the page: its network (with the spotlight video's likers lit up), the feedback
 * loop and one user's feed. A template, not an element: the run's controller changes in
 * place, so the app re-renders it with the rest of the page once per frame.
 */
export function worldSection(run: SimulationController, options: WorldOptions) {
  const spotlight = run.spotlight;
  return html`<section class="world" aria-label="World ${options.label}">
    ${options.compared ? html`<h2>${options.label}</h2>` : nothing}
    ${run.network ? html`<p class="note">${networkNote(run.network)}</p>` : nothing}
    <div class="world-parts">
      <div>
        <ls-network-view .frame=${run.networkFrame} layout-seed=${run.seed}
          @network-watch=${watchNetwork(run)}
          @user-pick=${(e: CustomEvent<{ user: number }>) => void run.pick({ user: e.detail.user })}>
        </ls-network-view>
        <ls-follow-control .video=${spotlight?.video} .top=${run.race?.entries[0]?.video}
          @follow-change=${(e: CustomEvent<number | null>) => void run.pick(e.detail === null ? null : { video: e.detail })}>
        </ls-follow-control>
      </div>
      <ls-loop-diagram .series=${run.series} ranker=${run.scenario?.feed.ranker ?? ""}></ls-loop-diagram>
      <div>
        ${feedUserField(run, options)}
        <ls-feed-view .feed=${run.feed}></ls-feed-view>
      </div>
    </div>
  </section>`;
}
