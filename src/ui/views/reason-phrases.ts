/**
 * Why a video was in a feed, as the feed view says it to a learner (one per ranker source).
 * Reasons the engine adds later read as their own name until they get a phrase here.
 */
const PHRASES: Readonly<Record<string, string>> = {
  random: "picked at random",
  following: "from a creator you follow",
  friend: "a friend liked this",
  popular: "popular: many likes",
  engaging: "liked by many who saw it",
  interest: "matches your interests",
  trending: "trending right now",
  fresh: "new, looking for its first viewers",
  exploration: "something new to explore",
  fallback: "the feed ran out of picks: a random video",
  "no-pool": "no test audience open: a random video",
  "test-pool": "a new video tried on a small audience",
};

export function reasonPhrase(reason: string): string {
  return PHRASES[reason] ?? reason.replaceAll("-", " ");
}
