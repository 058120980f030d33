/** Bad input on the command line or in a file the user named: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Errors that mean the user's input is wrong rather than the program: each names the
 * field or argument, the value and what is allowed. Matched by name because a worker
 * thread sends errors back as plain data.
 */
const BAD_INPUT = new Set([
  "UsageError",
  "OverrideError",
  "SweepError",
  "ScenarioError",
  "NetworkFormatError",
  "MemoryBudgetError",
  "RunInputError",
  "PriorError",
  "TargetsError",
  "AbcSettingsError",
]);

export function isBadInput(error: unknown): error is Error {
  return error instanceof Error && BAD_INPUT.has(error.name);
}
