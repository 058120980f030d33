/**
 * Which points of a long series to draw: at most `maxPoints`, keeping in each of maxPoints / 2
 * runs of consecutive points the lowest and the highest (in their order), so that a line of
 * 100,000 ticks drawn on 600 px keeps every peak and dip and costs what 600 points cost. Points
 * whose y is not finite (not measured that tick) are skipped. Depends on the data only, so the
 * same series always gives the same picture.
 */
export function decimate(ys: ArrayLike<number>, maxPoints: number): number[] {
  const n = ys.length;
  const finite: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(ys[i])) finite.push(i);
  if (finite.length <= maxPoints) return finite;
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const kept: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * finite.length) / buckets);
    const to = Math.floor(((b + 1) * finite.length) / buckets);
    let low = finite[from];
    let high = finite[from];
    for (let k = from + 1; k < to; k++) {
      const i = finite[k];
      if (ys[i] < ys[low]) low = i;
      if (ys[i] > ys[high]) high = i;
    }
    kept.push(Math.min(low, high));
    if (high !== low) kept.push(Math.max(low, high));
  }
  return kept;
}
