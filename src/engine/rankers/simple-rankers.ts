import { REASONS } from "../types.js";
import type { FeedContext, Ranker } from "./feed-context.js";
import { pickFromInbox, pickUniform } from "./sources.js";

const RANDOM = REASONS.indexOf("random");

/** Every eligible video equally likely: the independent world, no feedback from likes. */
export class RandomRanker implements Ranker {
  constructor(private readonly ctx: FeedContext) {}
  prepare(): void {}
  pick(user: number): number {
    return pickUniform(this.ctx, user, RANDOM);
  }
}

/** The following feed: followed creators' posts and friends' likes, newest first; it can run dry. */
export class ChronologicalRanker implements Ranker {
  constructor(private readonly ctx: FeedContext) {}
  prepare(): void {}
  pick(user: number): number {
    return pickFromInbox(this.ctx, user);
  }
}
