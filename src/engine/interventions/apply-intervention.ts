import type { ForYouSource, Intervention } from "../../scenario/sections/interventions.js";
import { LikeDecision } from "../like-decision.js";
import { ForYouRanker } from "../rankers/for-you.js";
import { createRanker } from "../rankers/index.js";
import type { World } from "../world.js";

/** The index of the largest value of `values[0, n)`, the lowest index among ties, or -1. */
function argmax(values: ArrayLike<number>, n: number): number {
  let best = -1;
  for (let i = 0; i < n; i++) if (best < 0 || values[i] > values[best]) best = i;
  return best;
}

/** A video named by id or as "top" (the most liked now), checked against the videos posted. */
export function videoOf(world: World, video: number | "top", what: string): number {
  const { videos } = world;
  const id = video === "top" ? argmax(videos.likes, videos.count) : video;
  if (id < 0 || id >= videos.count) {
    throw new RangeError(
      `${what}: video is ${video}; at tick ${world.tick} world ${world.index} has ${videos.count} videos (ids 0 to ${videos.count - 1})`,
    );
  }
  return id;
}

function creatorOf(world: World, creator: number | "top", what: string): number {
  const { creators } = world;
  const id = creator === "top" ? argmax(creators.likes, creators.count) : creator;
  if (id < 0 || id >= creators.count) {
    throw new RangeError(
      `${what}: creator is ${creator}; allowed: a creator id from 0 to ${creators.count - 1}, or "top"`,
    );
  }
  return id;
}

/** Changes a number of the behaviour section in the world's scenario in effect. */
function setBehaviour(world: World, weight: string, value: number): void {
  const behaviour = { ...world.scenario.behaviour, [weight]: value };
  world.scenario = { ...world.scenario, behaviour };
  world.likeDecision = new LikeDecision(behaviour, world.pop, world.videos);
}

/** Changes one for-you source weight in the world's scenario in effect, and in its feed now. */
function setForYouMix(world: World, source: ForYouSource, value: number): void {
  const forYou = { ...world.scenario.feed.forYou, [source]: value };
  world.scenario = { ...world.scenario, feed: { ...world.scenario.feed, forYou } };
  if (world.ranker instanceof ForYouRanker) world.ranker.setMix(forYou);
}

/** Takes `likes` of a video's likes away (all of them for "all"), from its creator's too. */
function deleteLikes(world: World, video: number, likes: number | "all"): void {
  const { videos, creators } = world;
  const n = likes === "all" ? videos.likes[video] : Math.min(likes, videos.likes[video]);
  videos.likes[video] -= n;
  videos.socialLikes[video] = Math.min(videos.socialLikes[video], videos.likes[video]);
  videos.updateLogLikes(video);
  creators.likes[videos.creator[video]] -= n;
  if (videos.viralAt[video] >= 0 && videos.likes[video] < world.viralBar) {
    videos.viralAt[video] = -1;
    world.viralCount--;
  }
  world.ranker.onLikesRemoved?.(video, n);
}

/**
 * Applies one intervention to a world at its current tick (before the tick's posting and
 * sessions). What it changes is kept in the world's state (its feed gate, its scenario in
 * effect, its counts), so a saved run carries it.
 */
export function applyIntervention(world: World, change: Intervention, what: string): void {
  const gate = world.gate;
  switch (change.do) {
    case "hideLikeCounts":
      // Viewers read the count only through social proof; rankers still read it.
      setBehaviour(world, "socialProof", 0);
      return;
    case "setBehaviour":
      setBehaviour(world, change.weight, change.value);
      return;
    case "capImpressions":
      gate.cap(change.per, change.max);
      return;
    case "downrankVideo":
      gate.downrank(0, videoOf(world, change.video, what), change.factor);
      return;
    case "removeVideo":
      gate.downrank(0, videoOf(world, change.video, what), 0);
      return;
    case "downrankCreator":
      gate.downrank(1, creatorOf(world, change.creator, what), change.factor);
      return;
    case "removeCreator":
      gate.downrank(1, creatorOf(world, change.creator, what), 0);
      return;
    case "removeBots": {
      world.scenario = { ...world.scenario, bots: { ...world.scenario.bots, count: 0 } };
      const { videos } = world;
      for (let v = 0; v < videos.count; v++) {
        if (videos.botLikes[v] === 0) continue;
        videos.botLikes[v] = 0;
        videos.updateLogLikes(v);
      }
      return;
    }
    case "boostNewCreators":
      gate.boost(Math.round(change.audience * world.pop.users), change.posts);
      return;
    case "switchRanker":
      world.scenario = {
        ...world.scenario,
        feed: { ...world.scenario.feed, ranker: change.ranker },
      };
      world.ranker = createRanker(world);
      return;
    case "setForYouMix":
      setForYouMix(world, change.source, change.value);
      return;
    case "deleteEarlyLikes":
      deleteLikes(world, videoOf(world, change.video, what), change.likes);
      return;
  }
}
