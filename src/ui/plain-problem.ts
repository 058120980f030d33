/**
 * A refused value in plain words. The engine says "population.users: got -3; allowed: ≥ 2"
 * (the CLI's wording, exact and greppable); a learner reads "Users: -3 is not allowed; it must
 * be at least 2", with the engine's sentence kept as the detail.
 */
export interface PlainProblem {
  text: string;
  /** The engine's own message, with the field's path. */
  detail: string;
}

/** An optional "live T: " first: a knob turned mid-run at tick T, as a link keeps it. */
const PATTERN = /^(?:live (\d+): )?([\w.[\]-]+): got (.*?); allowed: (.*)$/s;

/** "≥ 2" → "at least 2", "one of "a", "b"" → "one of "a", "b"", and so on. */
function allowedInWords(allowed: string): string {
  return allowed
    .replace(/^≥ /, "at least ")
    .replace(/^≤ /, "at most ")
    .replace(/^> /, "more than ")
    .replace(/^< /, "less than ")
    .replace(/^an integer/, "a whole number");
}

/** Words for a value as the engine quoted it: numbers bare, text without its JSON quotes. */
function gotInWords(got: string): string {
  return /^".*"$/.test(got) ? `“${got.slice(1, -1)}”` : got;
}

/**
 * `labelOf` names a field in plain words (the control's label), or undefined when there is
 * none: then the last part of the path stands in.
 */
export function plainProblem(
  problem: string,
  labelOf: (path: string) => string | undefined,
): PlainProblem {
  const match = PATTERN.exec(problem);
  if (!match) return { text: problem, detail: problem };
  const [, when, path, got, allowed] = match;
  const label = labelOf(path) ?? path.split(".").pop() ?? path;
  return {
    text: `${when ? `From tick ${when} on, ` : ""}${label}: ${gotInWords(got)} is not allowed; it must be ${allowedInWords(allowed)}.`,
    detail: problem,
  };
}
