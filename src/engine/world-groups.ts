/**
 * A run's worlds cut into at most `parts` contiguous groups, as even as they go: how a run is
 * split across threads (the CLI's worker pool, the app's Web Workers). World order is kept.
 */
export function worldGroups(worlds: number, parts: number): number[][] {
  const wanted = Number.isFinite(parts) ? Math.floor(parts) : 1;
  const count = Math.max(1, Math.min(worlds, wanted));
  return Array.from({ length: count }, (_, g) => {
    const from = Math.floor((g * worlds) / count);
    const to = Math.floor(((g + 1) * worlds) / count);
    return Array.from({ length: to - from }, (_, i) => from + i);
  });
}
