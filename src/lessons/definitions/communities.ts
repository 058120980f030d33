import type { Lesson } from "../lesson.js";

export const communities: Lesson = {
  id: "communities",
  title: "Birds of a feather",
  scenario: "communities.json",
  question:
    "Users follow creators whose videos they keep liking. Does that sort the follow graph into like-minded groups, and does the feed make a difference?",
  prediction: {
    prompt:
      "After ten days of follows, the homophily of the follow graph (0: ties ignore interests; higher: like follows like) will be…",
    choices: [
      "higher under the for-you feed than under the following feed",
      "higher under the following feed than under the for-you feed",
      "about zero under both: liking does not sort people",
    ],
    supported: 0,
  },
  arms: {
    a: { label: "following feed (chronological)", set: { "feed.ranker": "chronological" } },
    b: { label: "for-you feed", set: { "feed.ranker": "for-you" } },
  },
  metrics: ["homophily", "modularity", "feedDiversity"],
  lookAt:
    "The homophily chart: under the for-you feed it climbs as follows accumulate and ends at {homophily.b}; under the following feed it ends at {homophily.a}. Modularity ended at {modularity.b} with the for-you feed and {modularity.a} with the following feed: about the same. Feed diversity (how evenly each user's feed spread over topics) was {feedDiversity.a} for the following feed against {feedDiversity.b} for the for-you feed.",
  look: [
    { view: "homophily", label: "the homophily chart", metrics: ["homophily"] },
    { view: "summary", label: "the summary", metrics: ["modularity", "feedDiversity"] },
  ],
  why: "The for-you feed fills about half its slots with the best videos of a topic it has learned the user likes, so users meet, like and follow creators of their own topics: new ties are like-minded ties. The following feed only shows what the user's existing ties post and like, and those ties were made without regard to interests, so the follows it adds are as mixed as the graph it started from. It is also the narrower feed: a handful of followed creators fill it.",
  evidence:
    "test/lessons/communities.test.ts: on 12 seeds, homophily under the for-you feed rises from the first measurement to the last and ends above the following feed's, the following feed's feed diversity is lower, and modularity under the for-you feed falls from its start, each in every seed (two-sided sign test p < 0.001 each). Over seeds 1..20: homophily 0.040 against 0.007, modularity 0.30 under both feeds.",
  caveat:
    "It is often said that such feeds split people into tighter communities. In this model they do not: modularity falls under the for-you feed from where it started, and ends no higher than under the following feed, because new follows pile onto the most liked creators, who become hubs that join the graph's old clusters. The graph becomes sorted by interest without coming apart.",
};
