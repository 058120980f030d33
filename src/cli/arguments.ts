import { printable, type TextRule, textProblem } from "../scenario/safe-text.js";

/**
 * Arguments end up in messages, result lines, report titles and the labels of compared arms,
 * so each is one line of at most 4,096 characters without control characters or
 * bidirectional overrides. Checked before anything else runs; this module imports nothing
 * heavy, so `likesim --help` stays quick.
 */
export const ARGUMENT_RULE: TextRule = { max: 4096 };

/** The first argument that breaks ARGUMENT_RULE, said the usual way; undefined if none. */
export function argumentProblem(args: readonly string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    const problem = textProblem(arg, ARGUMENT_RULE);
    if (problem) return `argument ${i + 1}: got ${printable(arg)}; allowed: ${problem}`;
  }
  return undefined;
}
