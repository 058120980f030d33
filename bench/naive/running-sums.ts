/** [a, a + b, a + b + c, …]: cumulative weights to draw from with one uniform number. */
export function runningSums(values: number[]): number[] {
  const sums: number[] = [];
  let sum = 0;
  for (const value of values) {
    sum += value;
    sums.push(sum);
  }
  return sums;
}
