/**
 * Pointing at a view: what a lesson's "look at" links and the tour do. The view's tiles get a
 * highlight for a few seconds, and the page scrolls so that the first one is in sight.
 */
import type { LessonView } from "../lessons/lesson.js";

/** How long a highlight stays, ms. */
export const FOCUS_MS = 4000;

/** The ids of the tiles that show a view: one per world for the views each world has. */
export function tilesOf(view: LessonView | "knobs" | "feed", worlds: number): string[] {
  const each = (kind: string) =>
    Array.from({ length: Math.max(1, worlds) }, (_, i) => `tile-${kind}-${i}`);
  if (view === "world" || view === "worlds") return each("world");
  if (view === "race" || view === "loop") return each(view);
  return [`tile-${view}`];
}

export class TileFocus {
  private timer = 0;
  private lit: Element[] = [];

  constructor(private readonly root: () => ParentNode) {}

  show(ids: readonly string[]): void {
    this.clear();
    const root = this.root();
    this.lit = ids.flatMap((id) => {
      const tile = root.querySelector(`#${id}`);
      return tile ? [tile] : [];
    });
    for (const tile of this.lit) tile.classList.add("focus");
    const first = this.lit[0];
    if (first) {
      const box = first.getBoundingClientRect();
      const inSight = box.top >= 0 && box.bottom <= window.innerHeight;
      if (!inSight) first.scrollIntoView({ behavior: "smooth", block: "center" });
    }
    this.timer = window.setTimeout(() => this.clear(), FOCUS_MS);
  }

  clear(): void {
    clearTimeout(this.timer);
    for (const tile of this.lit) tile.classList.remove("focus");
    this.lit = [];
  }
}
