import { type Random, randomInt, randomNormal, stream } from "../../src/deterministic/random.js";
import type { Scenario } from "../../src/scenario/schema.js";
import { parseScenario } from "../../src/scenario/validate.js";
import { NaiveForYou } from "./for-you.js";
import { naiveBarabasiAlbert } from "./graph.js";
import { naivePopulation } from "./population.js";
import { pushInbox, runNaiveSessions } from "./sessions.js";
import { recordNaiveTick } from "./tick-row.js";
import type { NaiveCreator, NaiveTickRow, NaiveUser, NaiveVideo } from "./types.js";

function refuse(field: string, value: unknown, allowed: string): never {
  throw new Error(`naive reference: ${field} is ${JSON.stringify(value)}; allowed: ${allowed}`);
}

/**
 * The deliberately naive reference of one world's tick: the phases of src/engine/world.ts
 * (retire and decay, post, rank, scroll and like, creators take stock, measure) over arrays
 * of objects. Population, graph and each creator's videos come from the engine's own
 * streams (common random numbers); ranking, sessions and behaviour from streams of its own.
 * It knows only the for-you feed on a Barabási–Albert graph, in one world.
 */
export class NaiveWorld {
  readonly scenario: Scenario;
  readonly users: NaiveUser[];
  readonly creators: NaiveCreator[];
  readonly videos: NaiveVideo[] = [];
  live: NaiveVideo[] = [];
  readonly ranker: NaiveForYou;
  readonly random: Random;
  readonly behaviour: Random;
  readonly sessions: Random;
  readonly viralBar: number;
  readonly rows: NaiveTickRow[] = [];
  readonly reasons = new Map<string, number>();
  row: NaiveTickRow;
  tick = 0;
  viralCount = 0;

  constructor(
    input: unknown,
    readonly seed: number,
  ) {
    const scenario = parseScenario(input);
    if (scenario.feed.ranker !== "for-you")
      refuse("feed.ranker", scenario.feed.ranker, '"for-you"');
    if (scenario.worlds !== 1) refuse("worlds", scenario.worlds, "1");
    this.scenario = scenario;
    const { users, creators } = naivePopulation(scenario, seed);
    naiveBarabasiAlbert(scenario, seed, users);
    this.users = users;
    this.creators = creators;
    this.random = stream(seed, "ranking", "naive");
    this.behaviour = stream(seed, "behaviour", "naive");
    this.sessions = stream(seed, "sessions", "naive");
    this.viralBar = Math.max(1, Math.ceil(scenario.content.viralShare * users.length));
    this.ranker = new NaiveForYou(this);
    this.row = this.newRow();
    const first = creators.filter((creator) => creator.joinsAt === 0);
    for (let i = 0; i < scenario.content.catalog; i++) this.post(first[i % first.length]);
  }

  private newRow(): NaiveTickRow {
    return {
      tick: this.tick,
      impressions: 0,
      likes: 0,
      likeRate: 0,
      shares: 0,
      posts: 0,
      newFollows: 0,
      activeCreators: 0,
      meanMotivation: 0,
      presentUsers: 0,
      viralCount: 0,
      topShareImpressions: Number.NaN,
    };
  }

  private post(creator: NaiveCreator): void {
    const { content, bots } = this.scenario;
    creator.content ??= stream(this.seed, "content", creator.id);
    const topic = creator.topics[randomInt(creator.content, creator.topics.length)];
    const noisy = creator.skill + content.qualityNoise * randomNormal(creator.content);
    const video: NaiveVideo = {
      id: this.videos.length,
      creator,
      topic,
      quality: Math.min(1, Math.max(0, noisy)),
      postedAt: this.tick,
      impressions: 0,
      impressionsBefore: 0,
      likes: 0,
      botLikes:
        bots.count > 0 && creator.id < bots.targetCreators
          ? Math.min(bots.count, bots.likesPerVideo)
          : 0,
      shares: 0,
      comments: 0,
      negatives: 0,
      socialLikes: 0,
      viralAt: -1,
      trend: 0,
      judged: false,
    };
    this.videos.push(video);
    this.live.push(video);
    creator.posts++;
    this.row.posts++;
    for (const follower of this.users[creator.user].followers) {
      pushInbox(this, this.users[follower], {
        video,
        via: creator.user,
        kind: "post",
        read: false,
      });
    }
  }

  step(): void {
    this.row = this.newRow();
    const oldest = this.tick - this.scenario.content.maxAge;
    this.live = this.videos.filter((video) => video.postedAt > oldest);
    for (const video of this.live) video.impressionsBefore = video.impressions;
    const returnRate = this.scenario.population.returnRate;
    for (const user of this.users) {
      if (user.away && returnRate > 0 && this.behaviour() < returnRate) user.away = false;
    }
    for (const creator of this.creators) {
      if (creator.joinsAt === this.tick && !creator.quit) creator.active = true;
    }
    const postRate = this.scenario.creators.postRate;
    for (const creator of this.creators) {
      if (creator.active && this.behaviour() < postRate * creator.motivation) this.post(creator);
    }
    this.ranker.prepare();
    runNaiveSessions(this);
    this.updateCreators();
    recordNaiveTick(this);
    this.rows.push(this.row);
    this.tick++;
  }

  private updateCreators(): void {
    const s = this.scenario.creators;
    const postedBy = this.tick - Math.min(s.judgeAfter, this.scenario.content.maxAge) + 1;
    for (const video of this.videos.filter((v) => !v.judged && v.postedAt <= postedBy)) {
      video.judged = true;
      const creator = video.creator;
      const ratio = (1 + video.likes) / (1 + s.expectedLikes);
      creator.satisfaction = s.decay * creator.satisfaction + (1 - s.decay) * ratio;
      creator.motivation = Math.min(creator.satisfaction ** s.motivationExponent, s.maxMotivation);
      creator.judged++;
    }
    for (const creator of this.creators.filter((c) => c.active)) {
      if (creator.judged >= s.gracePosts && creator.motivation < s.churnBelow) {
        creator.lowTicks++;
        if (creator.lowTicks >= s.churnAfter) {
          creator.active = false;
          creator.quit = true;
        }
      } else {
        creator.lowTicks = 0;
      }
    }
  }
}
