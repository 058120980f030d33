/**
 * Which scenario fields the parameter panel shows, in which groups, with which step sizes.
 * Meaning, units and ranges are not here: they come from the scenario schema, so they are
 * written once. A unit test checks that every path names a real scenario field.
 */
export interface WidgetSpec {
  path: string;
  label: string;
  /** Step of the number input (default: 1 for whole numbers, 0.01 otherwise). */
  step?: number;
  /** Options of a choice the panel does not offer (a file graph needs a path: scenario files set it). */
  exclude?: string[];
  /** Only shown while another setting has one of these values (a ranker's own weights). */
  when?: { path: string; values: string[] };
}

const FOR_YOU = { path: "feed.ranker", values: ["for-you"] };
const STAGED = { path: "feed.ranker", values: ["staged-exposure"] };

export interface WidgetGroup {
  title: string;
  widgets: WidgetSpec[];
}

export const WIDGET_GROUPS: readonly WidgetGroup[] = [
  {
    title: "Run",
    widgets: [
      { path: "ticks", label: "Ticks", step: 10 },
      { path: "worlds", label: "Worlds" },
    ],
  },
  {
    title: "Population",
    widgets: [
      { path: "population.users", label: "Users", step: 100 },
      { path: "population.topics", label: "Topics" },
      { path: "population.activity", label: "Activity" },
      { path: "population.sessionLength", label: "Session length", step: 1 },
      { path: "population.conformity", label: "Conformity" },
      { path: "population.creatorShare", label: "Creator share" },
    ],
  },
  {
    title: "Graph",
    widgets: [
      { path: "graph.kind", label: "Graph", exclude: ["file"] },
      { path: "graph.m", label: "Ties per newcomer" },
      { path: "graph.k", label: "Ring neighbours", step: 2 },
      { path: "graph.beta", label: "Rewiring" },
      { path: "graph.meanDegree", label: "Mean degree", step: 0.5 },
      { path: "graph.homophily", label: "Homophily" },
      { path: "graph.follows", label: "Creators followed", step: 1 },
      { path: "graph.attractiveness", label: "New creators' pull", step: 0.1 },
      { path: "graph.friends", label: "Friends", step: 1 },
    ],
  },
  {
    title: "Feed",
    widgets: [
      { path: "feed.ranker", label: "Ranker" },
      { path: "feed.positionBias", label: "Position bias", step: 0.1 },
      { path: "feed.forYou.interest", label: "For-you: interest", step: 0.05, when: FOR_YOU },
      { path: "feed.forYou.trending", label: "For-you: trending", step: 0.05, when: FOR_YOU },
      { path: "feed.forYou.friends", label: "For-you: friends", step: 0.05, when: FOR_YOU },
      { path: "feed.forYou.exploration", label: "For-you: exploration", step: 0.05, when: FOR_YOU },
      { path: "feed.staged.testPool", label: "Staged: test audience", step: 0.005, when: STAGED },
      { path: "feed.staged.likeRateBar", label: "Staged: like-rate bar", when: STAGED },
    ],
  },
  {
    title: "Liking",
    widgets: [
      { path: "behaviour.baseline", label: "Baseline", step: 0.1 },
      { path: "behaviour.quality", label: "Quality weight", step: 0.1 },
      { path: "behaviour.affinity", label: "Interest weight", step: 0.1 },
      { path: "behaviour.socialProof", label: "Social proof weight", step: 0.1 },
      { path: "behaviour.friendLiked", label: "Friend-liked weight", step: 0.1 },
      { path: "behaviour.shareRate", label: "Share rate", step: 0.005 },
      { path: "behaviour.followAfterLikes", label: "Follow after likes" },
    ],
  },
  {
    title: "Creators and bots",
    widgets: [
      { path: "creators.postRate", label: "Post rate" },
      { path: "creators.expectedLikes", label: "Expected likes", step: 0.5 },
      { path: "creators.churnBelow", label: "Quit below motivation" },
      { path: "bots.count", label: "Bots", step: 10 },
      { path: "bots.likesPerVideo", label: "Bot likes per video", step: 10 },
    ],
  },
];

/**
 * Settings two worlds can be compared in: every panel widget but the graph's kind and the
 * fields of one kind (`kindFields`: whether a path belongs to one kind of a union).
 */
export function comparablePaths(kindFields: (path: string) => boolean): string[] {
  return WIDGET_GROUPS.flatMap((group) => group.widgets)
    .map((widget) => widget.path)
    .filter((path) => path !== "graph.kind" && !kindFields(path));
}

/** Widget paths that name no scenario field the panel can edit (a unit test keeps this empty). */
export function unknownWidgetPaths(
  groups: readonly WidgetGroup[],
  fields: ReadonlyMap<string, { kind: string }>,
): string[] {
  return groups
    .flatMap((group) => group.widgets)
    .map((widget) => widget.path)
    .filter((path) => {
      const field = fields.get(path);
      return !field || field.kind === "text";
    });
}
