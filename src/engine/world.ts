import { type Random, stream } from "../deterministic/random.js";
import type { Scenario } from "../scenario/schema.js";
import { ContentSource } from "./content.js";
import { CreatorState } from "./creators-state.js";
import { FeedTraceRecorder, LikeEventRecorder } from "./feed-trace.js";
import { SOCIAL_GRAPH_LAYOUT, type SocialGraph } from "./graph/csr.js";
import { applyIntervention } from "./interventions/apply-intervention.js";
import { FeedGate } from "./interventions/feed-gate.js";
import { LikeDecision } from "./like-decision.js";
import type { Population } from "./population.js";
import { createRanker, type FeedContext, Pick, type Ranker } from "./rankers/index.js";
import { SeriesRecorder } from "./series-recorder.js";
import { runSessions } from "./sessions.js";
import { declareState, NO_STATE } from "./state/layout.js";
import { REASONS } from "./types.js";
import { expectedViews, INBOX_POST, UserMemory } from "./user-memory.js";
import { VideoStore } from "./videos.js";

/** Per-tick counters, reset at the start of each tick. */
export interface TickCounters {
  impressions: number;
  likes: number;
  shares: number;
  posts: number;
  newFollows: number;
}

/**
 * One world: its own follows, videos, memories and creators' moods over the shared
 * population. Worlds of a run differ only in the streams they draw behaviour from.
 */
export class World implements FeedContext {
  /** Everything a world keeps from tick to tick, for save and restore and the byte count. */
  static readonly layout = declareState<World>({
    arrays: ["likesGiven", "away", "topicCounts", "reasonCounts"],
    numbers: [
      "awayCount",
      "judgeNext",
      "tick",
      "liveStart",
      "totalImpressions",
      "totalLikes",
      "viralCount",
      "nextIntervention",
    ],
    streams: ["ranking", "behaviour", "sessions", "interventionDraws"],
    scratch: ["order", "turnBlocks"],
    parts: {
      graph: SOCIAL_GRAPH_LAYOUT,
      videos: VideoStore.layout,
      memory: UserMemory.layout,
      creators: CreatorState.layout,
      content: ContentSource.layout,
      ranker: NO_STATE,
      likeDecision: LikeDecision.layout,
      trace: FeedTraceRecorder.layout,
      likeEvents: LikeEventRecorder.layout,
      series: SeriesRecorder.layout,
      gate: FeedGate.layout,
      counters: declareState<TickCounters>({
        numbers: ["impressions", "likes", "shares", "posts", "newFollows"],
      }),
    },
  });

  /** The scenario in effect: the run's, as interventions have changed it. */
  scenario: Scenario;
  readonly pop: Population;
  readonly graph: SocialGraph;
  readonly videos = new VideoStore();
  readonly memory: UserMemory;
  readonly creators: CreatorState;
  readonly content: ContentSource;
  ranker: Ranker;
  likeDecision: LikeDecision;
  readonly ranking: Random;
  readonly behaviour: Random;
  readonly sessions: Random;
  /** What interventions in force do to the feed, and the stream they alone draw from. */
  readonly gate: FeedGate;
  readonly interventionDraws: Random;
  /** The next of the scenario's interventions to apply. */
  nextIntervention = 0;
  readonly likesGiven: Uint32Array;
  /** 1 for a user who has left the platform for now (viewer churn). */
  readonly away: Uint8Array;
  awayCount = 0;
  /** The next video a creator has yet to judge (videos are judged in posting order). */
  judgeNext = 0;
  /** Impressions per user and topic, for feed diversity. */
  readonly topicCounts: Uint32Array;
  readonly trace: FeedTraceRecorder;
  readonly likeEvents = new LikeEventRecorder();
  readonly series = new SeriesRecorder();
  readonly counters: TickCounters = {
    impressions: 0,
    likes: 0,
    shares: 0,
    posts: 0,
    newFollows: 0,
  };
  readonly reasonCounts = new Float64Array(REASONS.length);
  /** The users who opened the app this tick, in the order they take their turns. */
  readonly order: Int32Array;
  /** The blocks of `order` in the order they take their turns (see shuffleTurns): at most 2 × turnBlocks. */
  readonly turnBlocks: Int32Array;
  /** What the sessions loop read to warm a user's rows (meaningless; see warmUser). */
  warmed = 0;
  /** The current slot's choice, filled by the ranker and read by the sessions loop. */
  readonly pick = new Pick();
  readonly viralBar: number;
  tick = 0;
  liveStart = 0;
  totalImpressions = 0;
  totalLikes = 0;
  viralCount = 0;

  constructor(
    readonly index: number,
    scenario: Scenario,
    readonly seed: number,
    pop: Population,
    graph: SocialGraph,
    traceUser: number,
    /** False for a world a saved state is restored into: its catalog is in the state. */
    dealCatalog = true,
  ) {
    this.scenario = scenario;
    this.pop = pop;
    this.graph = graph;
    const { feed, behaviour } = scenario;
    this.memory = new UserMemory(
      Float64Array.from(pop.activity, (activity) => expectedViews(scenario, activity)),
      feed.inboxSize,
    );
    this.creators = new CreatorState(pop.creators, pop.creatorJoinsAt, scenario.creators);
    this.content = new ContentSource(pop, scenario, seed);
    this.ranking = stream(seed, "ranking", index);
    this.behaviour = stream(seed, "behaviour", index);
    this.sessions = stream(seed, "sessions", index);
    this.interventionDraws = stream(seed, "interventions", index);
    this.gate = new FeedGate(pop.creators);
    this.likesGiven = new Uint32Array(pop.users);
    this.order = new Int32Array(pop.users);
    this.turnBlocks = new Int32Array(Math.min(pop.users, 2 * scenario.population.turnBlocks));
    this.topicCounts = new Uint32Array(pop.users * pop.topics);
    this.trace = new FeedTraceRecorder(traceUser);
    this.viralBar = Math.max(1, Math.ceil(scenario.content.viralShare * pop.users));
    this.ranker = createRanker(this);
    this.likeDecision = new LikeDecision(behaviour, pop, this.videos);
    this.away = new Uint8Array(pop.users);
    if (!dealCatalog) return;
    // The catalog is dealt to the creators who are there from the start.
    let first = 0;
    while (first < pop.creators && pop.creatorJoinsAt[first] === 0) first++;
    for (let i = 0; i < scenario.content.catalog; i++) this.post(i % first);
  }

  /** Posts the creator's next video and puts it in its followers' inboxes. */
  private post(creator: number): void {
    const quality = this.content.next(creator);
    const video = this.videos.add(creator, this.content.topic, quality, this.tick);
    const posts = ++this.creators.posts[creator];
    if (this.gate.boostAudience > 0) this.gate.posted(video, posts);
    this.counters.posts++;
    const user = this.pop.creatorUser[creator];
    const { followers } = this.graph;
    const end = followers.start[user] + followers.length[user];
    for (let i = followers.start[user]; i < end; i++) {
      this.memory.pushInbox(followers.targets[i], video, user, INBOX_POST);
    }
    const bots = this.scenario.bots;
    if (bots.count > 0 && creator < bots.targetCreators) {
      this.videos.botLikes[video] = Math.min(bots.count, bots.likesPerVideo);
      this.videos.updateLogLikes(video);
    }
  }

  private postNewVideos(): void {
    const rate = this.scenario.creators.postRate;
    const creators = this.creators;
    for (let c = 0; c < creators.count; c++) {
      if (creators.active[c] === 1 && this.behaviour() < rate * creators.motivation[c])
        this.post(c);
    }
  }

  /** Retires videos past their age and notes where impressions stand. */
  private advanceLiveWindow(): void {
    const videos = this.videos;
    const oldest = this.tick - this.scenario.content.maxAge;
    while (this.liveStart < videos.count && videos.postedAt[this.liveStart] <= oldest)
      this.liveStart++;
    this.memory.seen.rotate(this.liveStart, videos.count);
    for (let v = this.liveStart; v < videos.count; v++) {
      videos.impressionsBefore[v] = videos.impressions[v];
    }
  }

  /** Users who left come back, each with chance `population.returnRate`. */
  private returnUsers(): void {
    const rate = this.scenario.population.returnRate;
    if (this.awayCount === 0 || rate === 0) return;
    for (let u = 0; u < this.pop.users; u++) {
      if (this.away[u] === 1 && this.behaviour() < rate) {
        this.away[u] = 0;
        this.awayCount--;
      }
    }
  }

  /** Creators judge the posts that are `creators.judgeAfter` ticks old or leave the feeds now. */
  private judgePosts(): void {
    const { videos, creators, scenario } = this;
    const age = Math.min(scenario.creators.judgeAfter, scenario.content.maxAge);
    const postedBy = this.tick - age + 1;
    while (this.judgeNext < videos.count && videos.postedAt[this.judgeNext] <= postedBy) {
      const v = this.judgeNext++;
      creators.judge(videos.creator[v], videos.likes[v]);
    }
  }

  /** The scenario's interventions whose tick has come, in their order. */
  private applyInterventions(): void {
    const list = this.scenario.interventions;
    while (this.nextIntervention < list.length && list[this.nextIntervention].at <= this.tick) {
      const i = this.nextIntervention++;
      applyIntervention(this, list[i], `interventions[${i}] (${list[i].do})`);
    }
    if (this.gate.active === 1) this.gate.startTick();
  }

  /** One tick: post, rank, scroll and like, then creators take stock and metrics are noted. */
  step(): void {
    const c = this.counters;
    c.impressions = 0;
    c.likes = 0;
    c.shares = 0;
    c.posts = 0;
    c.newFollows = 0;
    this.likeEvents.clear();
    this.advanceLiveWindow();
    this.applyInterventions();
    this.returnUsers();
    this.creators.join(this.tick);
    this.postNewVideos();
    this.ranker.prepare();
    runSessions(this);
    this.judgePosts();
    const active = this.creators.update();
    this.totalImpressions += c.impressions;
    this.totalLikes += c.likes;
    this.series.record(this, active);
    this.tick++;
  }
}
