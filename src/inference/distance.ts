/**
 * The distance of a simulation from the targets: the root mean square of each target's
 * difference in units of its scale, √(Σ ((s_k − o_k) / scale_k)² / K). 1 means the
 * simulation misses the targets by one scale each, on average over squares. A target the
 * run leaves undefined (NaN) puts the simulation infinitely far away.
 */
export interface Observed {
  observed: number;
  scale: number;
}

export function standardizedDistance(
  simulated: readonly number[],
  targets: readonly Observed[],
): number {
  let sum = 0;
  for (let k = 0; k < targets.length; k++) {
    const s = simulated[k];
    if (!Number.isFinite(s)) return Number.POSITIVE_INFINITY;
    const gap = (s - targets[k].observed) / targets[k].scale;
    sum += gap * gap;
  }
  return Math.sqrt(sum / targets.length);
}
