import { REASONS } from "../types.js";
import { INBOX_POST } from "../user-memory.js";
import { type FeedContext, TRIES } from "./feed-context.js";

const FOLLOWING = REASONS.indexOf("following");
const FRIEND = REASONS.indexOf("friend");

export function unseen(ctx: FeedContext, user: number, video: number): boolean {
  return ctx.memory.seenWindow === 0 || !ctx.memory.hasSeen(user, video);
}

/** Records that the ranker itself chose `video` (not the inbox) and returns it. */
export function chosen(ctx: FeedContext, video: number, reason: number): number {
  ctx.reason = reason;
  ctx.via = -1;
  ctx.viaKind = -1;
  return video;
}

/**
 * The newest inbox entry that is still eligible and unseen: a followed creator's post
 * ("following") or a video a friend liked or shared ("friend"). Entries passed over are gone.
 */
export function pickFromInbox(ctx: FeedContext, user: number): number {
  const memory = ctx.memory;
  for (;;) {
    const at = memory.popInbox(user);
    if (at < 0) return -1;
    const video = memory.inbox[at];
    if (video < ctx.liveStart || !unseen(ctx, user, video)) continue;
    const meta = memory.inbox[at + 1];
    const kind = meta & 3;
    ctx.reason = kind === INBOX_POST ? FOLLOWING : FRIEND;
    ctx.via = meta >> 2;
    ctx.viaKind = kind;
    return video;
  }
}

/** A uniformly random eligible video the user has not seen. */
export function pickUniform(ctx: FeedContext, user: number, reason: number): number {
  const live = ctx.videos.count - ctx.liveStart;
  if (live <= 0) return -1;
  for (let i = 0; i < TRIES; i++) {
    const video = ctx.liveStart + Math.floor(ctx.random() * live);
    if (unseen(ctx, user, video)) return chosen(ctx, video, reason);
  }
  return -1;
}
