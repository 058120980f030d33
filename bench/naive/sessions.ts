import type { CreatorLikeCount, Impression, InboxEntry, NaiveUser } from "./types.js";
import type { NaiveWorld } from "./world.js";

/** Creators a user keeps like counts for (the engine's CREATOR_SLOTS). */
const CREATOR_SLOTS = 4;

export function pushInbox(world: NaiveWorld, user: NaiveUser, entry: InboxEntry): void {
  user.inbox.push(entry);
  if (user.inbox.length > world.scenario.feed.inboxSize) user.inbox.shift();
}

/**
 * The sessions of src/engine/sessions.ts: who opens the app, their turns in shuffled
 * blocks, how long they scroll, each slot.
 */
export function runNaiveSessions(world: NaiveWorld): void {
  const meanLength = world.scenario.population.sessionLength;
  const logContinue = meanLength > 1 ? Math.log(1 - 1 / meanLength) : 0;
  const opened = world.users.filter((user) => world.sessions() < user.activity && !user.away);
  for (const user of takeTurns(world, opened)) {
    const length =
      logContinue === 0 ? 1 : 1 + Math.floor(Math.log(1 - world.sessions()) / logContinue);
    const session: Impression[] = [];
    for (let slot = 0; slot < length; slot++) {
      const pick = world.ranker.pick(user);
      if (pick === null) break;
      const event = { ...pick, user, tick: world.tick, liked: false };
      impression(world, event);
      session.push(event);
    }
    const leaveRate = world.scenario.population.leaveRate;
    if (!session.some((event) => event.liked) && leaveRate > 0 && world.behaviour() < leaveRate)
      user.away = true;
  }
}

/** src/engine/turn-order.ts: blocks of neighbouring ids in a random order, each shuffled. */
function takeTurns(world: NaiveWorld, opened: NaiveUser[]): NaiveUser[] {
  const size = Math.max(1, Math.floor(opened.length / world.scenario.population.turnBlocks));
  const blocks: NaiveUser[][] = [];
  for (let from = 0; from < opened.length; from += size)
    blocks.push(opened.slice(from, from + size));
  const turns = blocks.map((_, i) => i);
  shuffle(world, turns);
  for (const block of blocks) shuffle(world, block);
  return turns.flatMap((i) => blocks[i]);
}

function shuffle<T>(world: NaiveWorld, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(world.sessions() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

function likeProbability(world: NaiveWorld, { user, video }: Impression): number {
  const b = world.scenario.behaviour;
  switch (b.likeModel) {
    case "constant":
      return b.likeProbability;
    case "quality":
      return video.quality;
    case "logistic": {
      const fromFriends = user.inbox.filter((entry) => entry.video === video);
      const friends =
        fromFriends.filter((entry) => entry.kind === "like").length +
        b.shareWeight * fromFriends.filter((entry) => entry.kind === "share").length;
      const x =
        b.baseline +
        b.quality * video.quality +
        b.affinity * user.interests[video.topic] +
        (b.socialProof * user.conformity * Math.log1p(video.likes + video.botLikes)) /
          Math.log1p(b.referenceLikes) +
        b.friendLiked * Math.log2(1 + friends);
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
  user.seen.add(video.id);
  event.liked = world.behaviour() < likeProbability(world, event);
  let notInterested = false;
  if (event.liked) {
    like(world, event);
  } else if (b.negativeRate > 0) {
    notInterested = world.behaviour() < b.negativeRate * (1 - user.interests[video.topic]);
    if (notInterested) video.negatives++;
  }
  world.ranker.learn(user, video.topic, event.liked, notInterested);
}

function like(world: NaiveWorld, { user, video, via }: Impression): void {
  const b = world.scenario.behaviour;
  video.likes++;
  video.trend++;
  if (via >= 0) video.socialLikes++;
  world.row.likes++;
  user.likesGiven++;
  const creator = video.creator;
  creator.likes++;
  let kind: "like" | "share" = "like";
  if (world.behaviour() < b.shareRate) {
    video.shares++;
    world.row.shares++;
    kind = "share";
  }
  if (b.commentRate > 0 && world.behaviour() < b.commentRate) video.comments++;
  for (const follower of user.followers) {
    pushInbox(world, world.users[follower], { video, via: user.id, kind, read: false });
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
