/**
 * How long the videos that went viral took to get there: ticks from posting to crossing the
 * viral bar, summarised by median and mean over the viral videos.
 */

/**
 * Over videos 0..count−1 with viralAt ≥ 0 (−1 marks "never viral"): the median and mean of
 * viralAt − postedAt, in ticks, and how many were viral. Median and mean are NaN when none
 * went viral. Allocates one array of the viral videos' delays, for the median.
 */
export function timeToViral(
  postedAt: Int32Array,
  viralAt: Int32Array,
  count: number,
): { median: number; mean: number; viral: number } {
  if (!(Number.isInteger(count) && count >= 0)) {
    throw new RangeError(`timeToViral: count is ${count}; allowed: a whole number ≥ 0`);
  }
  if (count > postedAt.length || count > viralAt.length) {
    throw new RangeError(
      `timeToViral: count is ${count} but postedAt has ${postedAt.length} entries and ` +
        `viralAt ${viralAt.length}; allowed: count ≤ both lengths`,
    );
  }
  let viral = 0;
  for (let i = 0; i < count; i++) {
    if (viralAt[i] < 0) continue;
    if (viralAt[i] < postedAt[i]) {
      throw new RangeError(
        `timeToViral: video ${i} went viral at tick ${viralAt[i]}, before it was posted at ` +
          `tick ${postedAt[i]}; allowed: viralAt ≥ postedAt, or −1 for never`,
      );
    }
    viral++;
  }
  if (viral === 0) return { median: Number.NaN, mean: Number.NaN, viral: 0 };
  const delays = new Float64Array(viral);
  let sum = 0;
  for (let i = 0, j = 0; i < count; i++) {
    if (viralAt[i] < 0) continue;
    delays[j++] = viralAt[i] - postedAt[i];
    sum += viralAt[i] - postedAt[i];
  }
  delays.sort();
  const middle = viral >> 1;
  const median = viral % 2 === 1 ? delays[middle] : (delays[middle - 1] + delays[middle]) / 2;
  return { median, mean: sum / viral, viral };
}
