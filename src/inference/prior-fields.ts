import { numberFieldAt } from "../scenario/overrides.js";
import { type Prior, PriorError } from "./priors.js";

/**
 * Checks priors against the scenario's schema: each path must name a number field, and the
 * whole range must lie within what the field allows. Returns the priors with `whole` set for
 * fields that take whole numbers. `input` is the scenario as written (with --set applied),
 * so a union's fields are those of its chosen kind.
 */
export function checkPriorFields(priors: readonly Prior[], input: unknown): Prior[] {
  return priors.map((prior) => {
    let field: ReturnType<typeof numberFieldAt>;
    try {
      field = numberFieldAt(prior.path.split("."), input, prior.label);
    } catch (error) {
      throw new PriorError((error as Error).message);
    }
    if (!field) {
      throw new PriorError(
        `${prior.label}: ${prior.path} is not a number field; allowed: a numeric scenario field such as behaviour.socialProof`,
      );
    }
    if (prior.low < field.min || prior.high > field.max) {
      throw new PriorError(
        `${prior.label}: the range ${prior.low}..${prior.high} leaves what ${prior.path} allows; allowed: within ${field.min}..${field.max}`,
      );
    }
    if (field.whole && Math.round(prior.high) - Math.round(prior.low) < 1) {
      throw new PriorError(
        `${prior.label}: ${prior.path} takes whole numbers and the range holds only one; allowed: a range spanning at least two whole numbers`,
      );
    }
    return { ...prior, whole: field.whole };
  });
}

/** Refuses a prior on a field the user also sets (--set): it must be given once. */
export function checkNotSet(priors: readonly Prior[], setPaths: Iterable<string>): void {
  const set = new Set(setPaths);
  const clash = priors.find((prior) => set.has(prior.path));
  if (clash) throw new PriorError(`${clash.label}: the field is also given by --set; give it once`);
}
