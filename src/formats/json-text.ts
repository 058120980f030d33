/**
 * A value as indented JSON with a final newline, as the CLI prints it and the app downloads
 * it. JSON has no NaN or infinities: `JSON.stringify` writes them as null, which is how a
 * metric undefined for a run (unpredictability with one world) appears in every JSON output.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
