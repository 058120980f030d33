/** Plain-text tables for the terminal, and numbers as people read them. */

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** Whole numbers with separators, others to 4 significant digits; missing values as "–". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  if (Number.isInteger(value)) return whole.format(value);
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}

/** `[low, high]`, or "–" when the interval is undefined (a single run). */
export function formatInterval(low: number, high: number): string {
  return Number.isFinite(low) && Number.isFinite(high)
    ? `[${formatNumber(low)}, ${formatNumber(high)}]`
    : "–";
}

/** Columns padded to their widest cell; numeric-looking cells right-aligned. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, c) =>
    Math.max(title.length, ...rows.map((row) => row[c].length)),
  );
  const numeric = header.map(
    (_, c) => rows.length > 0 && rows.every((row) => /^[-–+\d.,e[\] ]+$/.test(row[c])),
  );
  const render = (row: readonly string[]) =>
    row
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd();
  return [render(header), render(widths.map((w) => "─".repeat(w))), ...rows.map(render)]
    .map((line) => `${line}\n`)
    .join("");
}
