/**
 * What the address bar holds: the scenario's file name, overrides as dotted paths and, in
 * compare mode, the one setting the two worlds differ in. Reading it validates nothing: every
 * value here is untrusted text until `planPageRuns` has put it through the scenario schema.
 *
 *   ?scenario=default&seed=7&population.users=500&compare=feed.ranker&a=chronological&b=for-you
 *   &feed=25   (the user whose feed the feed view shows)
 *   &video=812   (the video in the spotlight)
 *   ?lesson=rich-get-richer   (the guided lesson open in the lesson panel)
 *   &fork=48&do=hideLikeCounts   (two futures from tick 48: the original and the changed)
 *   &live=48:behaviour.socialProof=2   (a knob turned mid-run, at tick 48; repeatable)
 */
export interface CompareSpec {
  /** Dotted path of the setting the worlds differ in. */
  path: string;
  a: string;
  b: string;
}

export interface PageState {
  scenario: string;
  /** [dotted path, value as typed], in the order they were set. */
  overrides: [string, string][];
  compare?: CompareSpec;
  /** The user whose feed is shown, as typed; the engine's most active user when absent. */
  feedUser?: string;
  /** The guided lesson open in the lesson panel, as typed: the panel names an unknown one. */
  lesson?: string;
  /** The video in the spotlight, as typed. */
  video?: string;
  /** The tick two futures branch at, as typed (with `change`, the `do=` of the link). */
  fork?: string;
  /** What the changed future does at the fork tick, as typed (an id of FORK_CHANGES). */
  change?: string;
  /** Knobs turned mid-run, as typed: `TICK:PATH=VALUE` (live-change.ts), in the order turned. */
  live?: string[];
}

const RESERVED = new Set([
  "scenario",
  "compare",
  "a",
  "b",
  "feed",
  "lesson",
  "video",
  "fork",
  "do",
  "live",
]);

export const DEFAULT_COMPARE: CompareSpec = {
  path: "feed.ranker",
  a: "chronological",
  b: "for-you",
};

export function readPageState(search: string, fallbackScenario: string): PageState {
  const params = new URLSearchParams(search);
  const overrides: [string, string][] = [];
  for (const [key, value] of params) if (!RESERVED.has(key)) overrides.push([key, value]);
  const state: PageState = { scenario: params.get("scenario") ?? fallbackScenario, overrides };
  const feedUser = params.get("feed");
  if (feedUser !== null) state.feedUser = feedUser;
  const lesson = params.get("lesson");
  if (lesson !== null) state.lesson = lesson;
  const video = params.get("video");
  if (video !== null) state.video = video;
  const fork = params.get("fork");
  if (fork !== null) state.fork = fork;
  const change = params.get("do");
  if (change !== null) state.change = change;
  const live = params.getAll("live");
  if (live.length > 0) state.live = live;
  const path = params.get("compare");
  if (path !== null) {
    state.compare = {
      path,
      a: params.get("a") ?? DEFAULT_COMPARE.a,
      b: params.get("b") ?? DEFAULT_COMPARE.b,
    };
  }
  return state;
}

export function writePageState(state: PageState): string {
  const params = new URLSearchParams({ scenario: state.scenario });
  for (const [path, value] of state.overrides) params.append(path, value);
  if (state.compare) {
    params.set("compare", state.compare.path);
    params.set("a", state.compare.a);
    params.set("b", state.compare.b);
  }
  if (state.feedUser !== undefined) params.set("feed", state.feedUser);
  if (state.lesson !== undefined) params.set("lesson", state.lesson);
  if (state.video !== undefined) params.set("video", state.video);
  if (state.fork !== undefined) params.set("fork", state.fork);
  if (state.change !== undefined) params.set("do", state.change);
  for (const edit of state.live ?? []) params.append("live", edit);
  return `?${params}`;
}

/** The state with `path` set to `value`, replacing an earlier value in place. */
export function withOverride(state: PageState, path: string, value: string): PageState {
  const overrides = state.overrides.filter(([key]) => key !== path);
  const at = state.overrides.findIndex(([key]) => key === path);
  overrides.splice(at < 0 ? overrides.length : at, 0, [path, value]);
  return { ...state, overrides };
}
