import { REASONS } from "../types.js";
import { INBOX_POST } from "../user-memory.js";
import { type FeedContext, type Pick, TRIES } from "./feed-context.js";

const FOLLOWING = REASONS.indexOf("following");
const FRIEND = REASONS.indexOf("friend");

export function unseen(ctx: FeedContext, user: number, video: number): boolean {
  return !ctx.memory.hasSeen(user, video);
}

/**
 * The newest unread inbox entry that is live and unseen: a followed creator's post
 * ("following") or a video a friend liked or shared ("friend").
 */
export function pickFromInbox(ctx: FeedContext, user: number, out: Pick): void {
  const memory = ctx.memory;
  const at = memory.serve(user, ctx.liveStart);
  if (at < 0) {
    out.video = -1;
    return;
  }
  const meta = memory.entryMeta(at);
  out.video = memory.entryVideo(at);
  out.reason = (meta & 3) === INBOX_POST ? FOLLOWING : FRIEND;
  out.via = meta >> 3;
}

/** A uniformly random eligible video the user has not seen, given `reason`, or none. */
export function pickUniform(ctx: FeedContext, user: number, reason: number, out: Pick): void {
  const live = ctx.videos.count - ctx.liveStart;
  for (let i = 0; live > 0 && i < TRIES; i++) {
    const video = ctx.liveStart + Math.floor(ctx.ranking() * live);
    if (unseen(ctx, user, video)) {
      out.set(video, reason);
      return;
    }
  }
  out.video = -1;
}

/** A video drawn uniformly from ids[0, count) that the user has not seen, given `reason`, or none. */
export function pickAmong(
  ctx: FeedContext,
  user: number,
  ids: Int32Array,
  count: number,
  reason: number,
  out: Pick,
): void {
  for (let i = 0; count > 0 && i < TRIES; i++) {
    const video = ids[Math.floor(ctx.ranking() * count)];
    if (unseen(ctx, user, video)) {
      out.set(video, reason);
      return;
    }
  }
  out.video = -1;
}
