import type { CreatorLikeCount, Impression, InboxEntry, NaiveUser } from "./types.js";
import type { NaiveWorld } from "./world.js";

/** Creators a user keeps like counts for (the engine's CREATOR_SLOTS). */
const CREATOR_SLOTS = 4;

/** Adds an id to a Set-and-queue memory of the last `window` ids. */
function remember(set: Set<number>, order: number[], window: number, id: number): void {
  if (window === 0) return;
  set.add(id);
  order.push(id);
  if (order.length > window) set.delete(order.shift()!);
}

export function pushInbox(world: NaiveWorld, user: NaiveUser, entry: InboxEntry): void {
  user.inbox.push(entry);
  if (user.inbox.length > world.scenario.feed.inboxSize) user.inbox.shift();
}

/** The sessions of src/engine/sessions.ts: who opens the app, how long they scroll, each slot. */
export function runNaiveSessions(world: NaiveWorld): void {
  const meanLength = world.scenario.population.sessionLength;
  const logContinue = meanLength > 1 ? Math.log(1 - 1 / meanLength) : 0;
  for (const user of world.users) {
    if (world.sessions() >= user.activity) continue;
    const length =
      logContinue === 0 ? 1 : 1 + Math.floor(Math.log(1 - world.sessions()) / logContinue);
    for (let slot = 0; slot < length; slot++) {
      const pick = world.ranker.pick(user);
      if (pick === null) break;
      impression(world, { ...pick, user, tick: world.tick, liked: false });
    }
  }
}

function likeProbability(world: NaiveWorld, { user, video, viaKind }: Impression): number {
  const b = world.scenario.behaviour;
  switch (b.likeModel) {
    case "constant":
      return b.likeProbability;
    case "quality":
      return video.quality;
    case "logistic": {
      const friend = viaKind === "like" ? 1 : viaKind === "share" ? b.shareWeight : 0;
      const x =
        b.baseline +
        b.quality * video.quality +
        b.affinity * user.interests[video.topic] +
        (b.socialProof * user.conformity * Math.log1p(video.likes + video.botLikes)) /
          Math.log1p(b.referenceLikes) +
        b.friendLiked * friend;
      return 1 / (1 + Math.exp(-x));
    }
  }
}

function impression(world: NaiveWorld, event: Impression): void {
  const { user, video } = event;
  const b = world.scenario.behaviour;
  video.impressions++;
  world.row.impressions++;
  world.reasons.set(event.reason, (world.reasons.get(event.reason) ?? 0) + 1);
  user.topicCounts[video.topic]++;
  remember(user.seen, user.seenOrder, world.scenario.feed.seenWindow, video.id);
  // A like the user's memory blocks is neither a like nor a "not interested".
  const wouldLike = world.behaviour() < likeProbability(world, event);
  event.liked = wouldLike && !user.liked.has(video.id);
  if (event.liked) {
    like(world, event);
  } else if (!wouldLike && b.negativeRate > 0) {
    if (world.behaviour() < b.negativeRate * (1 - user.interests[video.topic])) video.negatives++;
  }
}

function like(world: NaiveWorld, { user, video, via }: Impression): void {
  const b = world.scenario.behaviour;
  video.likes++;
  video.trend++;
  if (via >= 0) video.socialLikes++;
  world.row.likes++;
  user.likesGiven++;
  remember(user.liked, user.likedOrder, b.likeMemory, video.id);
  const creator = video.creator;
  creator.likes++;
  creator.likesThisTick++;
  let kind: "like" | "share" = "like";
  if (world.behaviour() < b.shareRate) {
    video.shares++;
    world.row.shares++;
    kind = "share";
  }
  if (b.commentRate > 0 && world.behaviour() < b.commentRate) video.comments++;
  for (const follower of user.followers) {
    pushInbox(world, world.users[follower], { video, via: user.id, kind });
  }
  if (video.viralAt < 0 && video.likes >= world.viralBar) {
    video.viralAt = world.tick;
    world.viralCount++;
  }
  if (b.followAfterLikes > 0 && countCreatorLike(user, creator.id) === b.followAfterLikes) {
    follow(world, user, creator.user);
  }
}

/** Counts a like of `creator`; a user tracks a few creators, a new one replaces the least liked. */
function countCreatorLike(user: NaiveUser, creator: number): number {
  const known = user.creatorLikes.find((entry) => entry.creator === creator);
  if (known) return ++known.count;
  if (user.creatorLikes.length < CREATOR_SLOTS) {
    user.creatorLikes.push({ creator, count: 1 });
    return 1;
  }
  const weakest = user.creatorLikes.reduce((a: CreatorLikeCount, e) => (e.count < a.count ? e : a));
  weakest.creator = creator;
  weakest.count = 1;
  return 1;
}

function follow(world: NaiveWorld, user: NaiveUser, creatorUser: number): void {
  if (creatorUser === user.id || user.following.has(creatorUser)) return;
  user.following.add(creatorUser);
  world.users[creatorUser].followers.push(user.id);
  world.row.newFollows++;
}
