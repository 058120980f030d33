/**
 * "Change something here": under the top bar, the choice of a change and the button that
 * forks the run at its current tick; once forked, what each future did to the followed video
 * and the way back to one world.
 */
import { html } from "lit";
import { FORK_CHANGES, forkCaption } from "../fork-changes.js";
import type { RunGroup } from "../run-group.js";

export interface ForkBarContext {
  group: RunGroup;
  /** The `do=` of the fork on the page, if there is one. */
  change: string | undefined;
  on: {
    fork(tick: number, change: string): void;
    unfork(): void;
  };
}

/** The change picked in the menu next to the button that was clicked. */
function chosen(click: Event): string {
  const bar = (click.currentTarget as HTMLElement).parentElement;
  return bar?.querySelector<HTMLSelectElement>("#fork-change")?.value ?? FORK_CHANGES[0].id;
}

export function forkBar(ctx: ForkBarContext) {
  const [original, changed] = ctx.group.runs;
  const branch = changed?.branch;
  if (branch && original) {
    const label = FORK_CHANGES.find((c) => c.id === ctx.change)?.label ?? "";
    const caption = forkCaption(
      { tick: branch.tick, video: branch.video, label },
      { original: original.spotlight?.likes, changed: changed.spotlight?.likes },
    );
    return html`<div class="fork-bar" role="group" aria-label="Fork">
      <output id="fork-caption">${caption}</output>
      <button @click=${() => ctx.on.unfork()}>Back to one world</button>
    </div>`;
  }
  if (ctx.group.runs.length !== 1 || !original?.scenario) return html``;
  const playing = ctx.group.status === "playing";
  const tick = original.tick;
  return html`<div class="fork-bar" role="group" aria-label="Fork">
    <label for="fork-change">At tick ${tick}:</label>
    <select id="fork-change">
      ${FORK_CHANGES.map((c) => html`<option value=${c.id}>${c.label}</option>`)}
    </select>
    <button id="fork-here" ?disabled=${playing} title=${playing ? "Pause first" : ""}
      @click=${(e: Event) => ctx.on.fork(tick, chosen(e))}>Change something here</button>
    <span class="hint">${playing ? "Pause to fork the run here." : "The original and the changed future run side by side from this tick."}</span>
  </div>`;
}
