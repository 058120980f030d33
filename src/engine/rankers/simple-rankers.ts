import { NO_STATE } from "../state/layout.js";
import { REASONS } from "../types.js";
import type { FeedContext, Pick, Ranker } from "./feed-context.js";
import { pickFromInbox, pickUniform } from "./sources.js";

const RANDOM = REASONS.indexOf("random");

/** Every eligible video equally likely: the independent world, no feedback from likes. */
export class RandomRanker implements Ranker {
  readonly layout = NO_STATE;
  constructor(private readonly ctx: FeedContext) {}
  prepare(): void {}
  pick(user: number, out: Pick): void {
    pickUniform(this.ctx, user, RANDOM, out);
  }
}

/** The following feed: followed creators' posts and friends' likes, newest first; it can run dry. */
export class ChronologicalRanker implements Ranker {
  readonly layout = NO_STATE;
  constructor(private readonly ctx: FeedContext) {}
  prepare(): void {}
  pick(user: number, out: Pick): void {
    pickFromInbox(this.ctx, user, out);
  }
}
