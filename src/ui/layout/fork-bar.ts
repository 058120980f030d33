/**
 * "Change something here": under the top bar, the choice of a change and the button that
 * forks the run at its current tick; once forked, what each future did to the followed video
 * and the way back to one world.
 */
import { html } from "lit";
import type { SnapshotFigures } from "../../engine-host/run-snapshots.js";
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

/** The tick and the change picked in the bar of the button that was clicked. */
function chosen(click: Event, now: number): { tick: number; change: string } {
  const bar = (click.currentTarget as HTMLElement).parentElement;
  const tick = Number(bar?.querySelector<HTMLInputElement>("#fork-tick")?.value ?? now);
  const change = bar?.querySelector<HTMLSelectElement>("#fork-change")?.value;
  return { tick: Math.min(tick, now), change: change ?? FORK_CHANGES[0].id };
}

/** Shows the slider's tick next to it as it moves (no page render needed). */
function showTick(input: Event): void {
  const slider = input.currentTarget as HTMLInputElement;
  const shown = slider.parentElement?.querySelector("#fork-tick-shown");
  if (shown) shown.textContent = slider.value;
}

function megabytes(bytes: number): string {
  const mb = bytes / 2 ** 20;
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1);
}

/** What the worker keeps for forks, in words: how many snapshots, how often, their memory. */
export function snapshotWords(figures: SnapshotFigures): string {
  const count = figures.ticks.length;
  return `${count} snapshot${count === 1 ? "" : "s"} of this run kept (at ticks ${figures.ticks.join(", ")}; about ${megabytes(figures.bytes)} MB; a new one every ${figures.every} ticks, older ones thinned): a fork restores the nearest and plays on from there.`;
}

/** The same, short enough for the bar's one line. */
export function snapshotsShort(figures: SnapshotFigures): string {
  const count = figures.ticks.length;
  return `Snapshots kept: ${count}, about ${megabytes(figures.bytes)} MB.`;
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
    <label for="fork-tick">At tick</label>
    <input id="fork-tick" type="range" min="0" max=${tick} value=${tick} ?disabled=${playing}
      aria-describedby="fork-hint" @input=${showTick}>
    <output id="fork-tick-shown" for="fork-tick">${tick}</output>
    <select id="fork-change" aria-label="Change">
      ${FORK_CHANGES.map((c) => html`<option value=${c.id}>${c.label}</option>`)}
    </select>
    <button id="fork-here" ?disabled=${playing} title=${playing ? "Pause first" : ""}
      @click=${(e: Event) => {
        const picked = chosen(e, tick);
        ctx.on.fork(picked.tick, picked.change);
      }}>Change something here</button>
    <span class="hint" id="fork-hint">${
      playing
        ? "Pause to fork the run."
        : "Slide back to any tick played; both futures then run side by side."
    }
      ${original.snapshots ? html`<span id="fork-snapshots" title=${snapshotWords(original.snapshots)}>${snapshotsShort(original.snapshots)}</span>` : ""}</span>
  </div>`;
}
