import { log } from "../deterministic/exact-math.js";
import type { Pick } from "./rankers/index.js";
import { shuffleTurns, turnBlockSize } from "./turn-order.js";
import { INBOX_LIKE, INBOX_SHARE } from "./user-memory.js";
import type { World } from "./world.js";

/**
 * The hot loop: every user who opens the app scrolls a session, the ranker fills each slot,
 * and the like decision, sharing, propagation and follows follow from each impression.
 * Users who open the app take their turns in a fresh random order each tick (shuffleTurns),
 * so no attribute tied to ids (the hubs of a Barabási–Albert graph have the lowest) decides
 * who sees the freshest counts. Nothing here allocates.
 */
export function runSessions(world: World): void {
  const { pop, sessions, scenario, order, away, ranker, pick, gate, turnBlocks } = world;
  const meanLength = scenario.population.sessionLength;
  const logContinue = meanLength > 1 ? log(1 - 1 / meanLength) : 0;
  const { activity } = pop;
  const leaveRate = scenario.population.leaveRate;
  let opened = 0;
  // One draw per user whether or not it is away, so who opens the app stays the same
  // under every ranker.
  for (let user = 0; user < pop.users; user++) {
    if (sessions() < activity[user] && away[user] === 0) order[opened++] = user;
  }
  const block = turnBlockSize(opened, scenario.population.turnBlocks);
  const blocks = shuffleTurns(order, opened, block, turnBlocks, sessions);
  for (let b = 0; b < blocks; b++) {
    const from = turnBlocks[b] * block;
    const to = Math.min(opened, from + block);
    for (let turn = from; turn < to; turn++) {
      const user = order[turn];
      warmUser(world, user);
      // Session lengths are geometric with the scenario's mean (at least one video).
      const length = logContinue === 0 ? 1 : 1 + Math.floor(log(1 - sessions()) / logContinue);
      let liked = false;
      for (let slot = 0; slot < length; slot++) {
        if (gate.active === 0) ranker.pick(user, pick);
        else gate.pick(world, user, slot, pick);
        if (pick.video < 0) break;
        if (impression(world, user, pick)) liked = true;
      }
      // A session that brought nothing worth a like may drive the user away for a while.
      if (!liked && leaveRate > 0 && world.behaviour() < leaveRate) {
        away[user] = 1;
        world.awayCount++;
      }
    }
  }
}

/**
 * Reads one word of every per-user row the session will touch (seen filter, inbox, liked
 * creators, interests, topic counts, what the ranker learns of the user) before it starts.
 * The user is a random one, so each row is usually a cache miss; read here together, the
 * misses overlap instead of arriving one at a time behind the session's branches. What was
 * read is kept in `warmed` (meaningless) so the reads are not optimised away.
 */
function warmUser(world: World, user: number): void {
  const { pop } = world;
  const row = user * pop.topics;
  const words = world.memory.warm(user) | world.topicCounts[row] | world.likesGiven[user];
  const values = pop.affinity[row] + pop.conformity[user] + (world.ranker.warm?.(user) ?? 0);
  world.warmed = words + values;
}

/** Shows the pick to the user and returns whether the user liked it. */
function impression(world: World, user: number, pick: Pick): boolean {
  const { videos, memory, pop, behaviour } = world;
  const b = world.scenario.behaviour;
  const video = pick.video;
  videos.impressions[video]++;
  world.counters.impressions++;
  world.reasonCounts[pick.reason]++;
  world.topicCounts[user * pop.topics + videos.topic[video]]++;
  const decision = world.likeDecision;
  // No friend can have liked a video nobody has liked: then the inbox need not be searched.
  memory.view(user, video, decision.readsFriends && videos.likes[video] > 0);
  const liked = decision.likes(user, video, memory.friendLikes, memory.friendShares, behaviour());
  let notInterested = false;
  if (liked) {
    like(world, user, video, pick.via);
  } else if (b.negativeRate > 0) {
    const interest = pop.affinity[user * pop.topics + videos.topic[video]];
    notInterested = behaviour() < b.negativeRate * (1 - interest);
    if (notInterested) videos.negatives[video]++;
  }
  world.ranker.onImpression?.(user, video, liked, notInterested);
  if (user === world.trace.user) world.trace.record(video, pick.reason, liked, world.tick);
  return liked;
}

function like(world: World, user: number, video: number, via: number): void {
  const { videos, memory, creators, behaviour, graph } = world;
  const b = world.scenario.behaviour;
  videos.likes[video]++;
  videos.updateLogLikes(video);
  if (via >= 0) videos.socialLikes[video]++;
  world.counters.likes++;
  world.likesGiven[user]++;
  const creator = videos.creator[video];
  creators.likes[creator]++;
  let kind = INBOX_LIKE;
  if (behaviour() < b.shareRate) {
    videos.shares[video]++;
    world.counters.shares++;
    kind = INBOX_SHARE;
  }
  if (b.commentRate > 0 && behaviour() < b.commentRate) videos.comments[video]++;
  const followers = graph.followers;
  const end = followers.start[user] + followers.length[user];
  for (let i = followers.start[user]; i < end; i++)
    memory.pushInbox(followers.targets[i], video, user, kind);
  if (videos.viralAt[video] < 0 && videos.likes[video] >= world.viralBar) {
    videos.viralAt[video] = world.tick;
    world.viralCount++;
  }
  if (b.followAfterLikes > 0 && memory.countCreatorLike(user, creator) === b.followAfterLikes) {
    follow(world, user, world.pop.creatorUser[creator]);
  }
  world.ranker.onLike?.(video);
  world.likeEvents.record(user, video, via);
}

function follow(world: World, user: number, creatorUser: number): void {
  const { following, followers } = world.graph;
  if (creatorUser === user || following.has(user, creatorUser)) return;
  following.add(user, creatorUser);
  followers.add(creatorUser, user);
  world.counters.newFollows++;
}
