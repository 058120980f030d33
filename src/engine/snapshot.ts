import type { Snapshot } from "./types.js";
import type { World } from "./world.js";

/** Copies one world's state into fresh typed arrays that can be transferred to another thread. */
export function snapshotWorld(world: World, withGraph: boolean): Snapshot {
  const { pop, videos, creators, graph } = world;
  const n = videos.count;
  const followers = new Int32Array(pop.users);
  followers.set(graph.followers.length);
  const snapshot: Snapshot = {
    tick: world.tick,
    world: world.index,
    users: {
      count: pop.users,
      mainTopic: pop.mainTopic.slice(),
      activity: pop.activity.slice(),
      conformity: pop.conformity.slice(),
      followers,
      likesGiven: world.likesGiven.slice(),
      creator: pop.creatorOf.slice(),
    },
    creators: {
      count: pop.creators,
      user: pop.creatorUser.slice(),
      skill: pop.skill.slice(),
      motivation: creators.motivation.slice(),
      active: creators.active.slice(),
      joinedAt: pop.creatorJoinsAt.slice(),
      likes: creators.likes.slice(),
      posts: creators.posts.slice(),
    },
    videos: {
      count: n,
      creator: videos.creator.slice(0, n),
      topic: videos.topic.slice(0, n),
      quality: videos.quality.slice(0, n),
      postedAt: videos.postedAt.slice(0, n),
      impressions: videos.impressions.slice(0, n),
      likes: videos.likes.slice(0, n),
      botLikes: videos.botLikes.slice(0, n),
      shares: videos.shares.slice(0, n),
      socialLikes: videos.socialLikes.slice(0, n),
      viralAt: videos.viralAt.slice(0, n),
    },
    trace: world.trace.copy(),
    likeEvents: world.likeEvents.copy(),
  };
  if (withGraph) {
    const following = graph.following;
    const offsets = new Int32Array(pop.users + 1);
    for (let u = 0; u < pop.users; u++) offsets[u + 1] = offsets[u] + following.length[u];
    const targets = new Int32Array(offsets[pop.users]);
    for (let u = 0; u < pop.users; u++) {
      targets.set(
        following.targets.subarray(following.start[u], following.start[u] + following.length[u]),
        offsets[u],
      );
    }
    snapshot.graph = { offsets, targets };
  }
  return snapshot;
}
