import { createSimulation } from "../src/engine/index.js";
import { TRIES } from "../src/engine/rankers/feed-context.js";
import { shuffleTurns, turnBlockSize } from "../src/engine/turn-order.js";
import { expectedViews, INBOX_LIKE, UserMemory } from "../src/engine/user-memory.js";
import { parseScenario } from "../src/scenario/validate.js";
import { defaultScenarioWith } from "./default-scenario.js";
import { median } from "./median.js";

/** The default world's rates, read from an engine run, that the floor replays. */
export interface FloorRates {
  sessionsPerTick: number;
  impressionsPerSession: number;
  likesPerImpression: number;
  postsPerTick: number;
  /** Videos live at the end of the engine run (posted less than `content.maxAge` ticks before). */
  liveVideos: number;
}

export interface MemoryFloorFigures {
  users: number;
  ticks: number;
  rates: FloorRates;
  /** Impressions per tick the floor made (a session ends early when TRIES draws find only videos it has seen). */
  impressionsPerTick: number;
  /** Median over the timed ticks of the floor's CPU milliseconds. */
  medianTickCpuMs: number;
  /** Impressions per tick over the median tick's CPU time: what the engine cannot exceed. */
  ceilingImpressionsPerCpuSecond: number;
  /** What the reads saw, OR-ed together (meaningless: kept so the reads are not optimised away). */
  checksum: number;
}

/**
 * The default world's memory traffic at `users`, with none of the model's decisions: the
 * engine's own per-user memory (`UserMemory`: seen filter rows, inbox rows and heads, tracked
 * creators) and the world's topic counts, and the run's own follow graph, exercised at the
 * rates an engine run measured past the first videos' lifetime (`content.maxAge` + 8 ticks),
 * after as many untimed ticks of its own to fill the rows. Each tick, users open the app with
 * their own activity and take their turns in the engine's blocks (`shuffleTurns`); each session
 * warms the user's rows (as `warmUser` does), and each impression asks the seen filter about
 * random live videos until one is unseen (at most TRIES, as a ranker's pick does), marks it
 * seen, counts the friends' likes among the inbox entries and counts its topic; a share
 * `likesPerImpression` of impressions are likes, each pushed to every follower of the user at
 * once. The draws are a xorshift, a few instructions each.
 *
 * Every one of these reads and writes is one the engine makes (the engine makes more: video
 * columns, ranked lists, the learned interests), so the floor's time per tick is a lower bound
 * on the engine's: `ceilingImpressionsPerCpuSecond` is the fastest that code making these
 * reads and writes, in this order, can go on this machine, whatever else it does.
 */
export function measureMemoryFloor(users: number, ticks: number): MemoryFloorFigures {
  const scenario = parseScenario(defaultScenarioWith(users));
  // Past the first videos' lifetime, when the live videos and the users' rows are as full as they get.
  const rateTicks = scenario.content.maxAge + 8;
  const sim = createSimulation(scenario, { seed: 1 });
  sim.step(rateTicks);
  const snapshot = sim.snapshot({ graph: true });
  const series = sim.metrics({ costly: false }).series[0];
  const last = rateTicks - 1;
  const activity = snapshot.users.activity;
  let expectedOpeners = 0;
  for (let u = 0; u < users; u++) expectedOpeners += activity[u];
  const sessionsPerTick = (expectedOpeners * series.presentUsers[last]) / users;
  const impressions = series.impressions[last];
  const rates: FloorRates = {
    sessionsPerTick,
    impressionsPerSession: impressions / sessionsPerTick,
    likesPerImpression: series.likes[last] / impressions,
    postsPerTick: series.posts[last],
    liveVideos: liveVideos(
      snapshot.videos.postedAt,
      snapshot.videos.count,
      last - scenario.content.maxAge,
    ),
  };
  // The graph of the default scenario is undirected: whom a user follows are its followers.
  const followers = snapshot.graph!;
  const memory = new UserMemory(
    Float64Array.from(activity, (a) => expectedViews(scenario, a)),
    scenario.feed.inboxSize,
  );
  const topics = scenario.population.topics;
  const topicCounts = new Uint32Array(users * topics);
  const order = new Int32Array(users);
  const blocks = new Int32Array(Math.min(users, 2 * scenario.population.turnBlocks));
  let state = 0x9e3779b9;
  const draw = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const logContinue = Math.log(1 - 1 / rates.impressionsPerSession);
  const openChance = series.presentUsers[last] / users;
  // Each tick posts first: the first brings the count back to the engine run's.
  let videos = snapshot.videos.count - rates.postsPerTick;
  let made = 0;
  let kept = 0;
  const tickCpuMs: number[] = [];
  for (let tick = 0; tick < rateTicks + ticks; tick++) {
    const cpu = process.cpuUsage();
    videos += rates.postsPerTick;
    const liveStart = Math.max(0, Math.floor(videos) - rates.liveVideos);
    const live = Math.floor(videos) - liveStart;
    memory.seen.rotate(liveStart, Math.floor(videos));
    let opened = 0;
    for (let u = 0; u < users; u++) if (draw() < activity[u] * openChance) order[opened++] = u;
    const block = turnBlockSize(opened, scenario.population.turnBlocks);
    const count = shuffleTurns(order, opened, block, blocks, draw);
    for (let b = 0; b < count; b++) {
      const from = blocks[b] * block;
      for (let turn = from; turn < Math.min(opened, from + block); turn++) {
        const user = order[turn];
        kept |= memory.warm(user) | topicCounts[user * topics];
        const length = 1 + Math.floor(Math.log(1 - draw()) / logContinue);
        for (let slot = 0; slot < length; slot++) {
          // As a ranker's pick does, up to TRIES draws for a video the user has not seen.
          let video = -1;
          for (let i = 0; video < 0 && i < TRIES; i++) {
            const drawn = liveStart + Math.floor(draw() * live);
            if (!memory.hasSeen(user, drawn)) video = drawn;
          }
          if (video < 0) break;
          memory.view(user, video, true);
          if (tick >= rateTicks) made++;
          kept |= memory.friendLikes;
          topicCounts[user * topics + (video % topics)]++;
          if (draw() >= rates.likesPerImpression) continue;
          for (let i = followers.offsets[user]; i < followers.offsets[user + 1]; i++)
            memory.pushInbox(followers.targets[i], video, user, INBOX_LIKE);
        }
      }
    }
    const used = process.cpuUsage(cpu);
    if (tick >= rateTicks) tickCpuMs.push((used.user + used.system) / 1000);
  }
  const medianTickCpuMs = median(tickCpuMs);
  return {
    users,
    ticks,
    rates,
    impressionsPerTick: made / ticks,
    medianTickCpuMs,
    ceilingImpressionsPerCpuSecond: (made / ticks / medianTickCpuMs) * 1000,
    checksum: kept,
  };
}

/** Videos posted after tick `oldest` (ids are in posting order). */
function liveVideos(postedAt: ArrayLike<number>, count: number, oldest: number): number {
  let first = 0;
  while (first < count && postedAt[first] <= oldest) first++;
  return count - first;
}
